/**
 * A container's host bind mounts (kubelet volumes, CRI's /etc/hosts and resolv.conf, ...)
 * reach the guest only through the sandbox's shared directory: each source is bind-mounted
 * under <shared>/<container>/mounts/ and the spec's source is rewritten to the guest's view
 * of that path. No other host path is ever visible to the guest.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import type { Logger } from 'pino';
import { failedPrecondition } from '../errors.js';
import { bindMount, mountPoints, unmount } from './mounts.js';

export interface OciMount {
  destination: string;
  type?: string;
  source?: string;
  options?: string[];
}

function isBind(m: OciMount): boolean {
  return m.type === 'bind' || (m.options ?? []).some((o) => o === 'bind' || o === 'rbind');
}

/**
 * Shares the spec's bind mounts below `hostDir` (seen by the guest as `guestDir`) and returns
 * the mounts as the guest must see them. /dev/shm becomes a tmpfs of the guest's own: a host
 * tmpfs shared over 9p would not be shared memory.
 */
export async function shareBindMounts(mounts: OciMount[], hostDir: string, guestDir: string, log: Logger): Promise<OciMount[]> {
  const out: OciMount[] = [];
  let n = 0;
  try {
    for (const m of mounts) {
      if (!isBind(m)) {
        out.push(m);
        continue;
      }
      if (m.destination === '/dev/shm') {
        out.push({ destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] });
        continue;
      }
      if (!m.source || !path.isAbsolute(m.source)) throw failedPrecondition(`bind mount of ${m.destination}: source must be an absolute host path`);
      if (!(await fs.stat(m.source).catch(() => undefined))) throw failedPrecondition(`bind mount of ${m.destination}: ${m.source} does not exist`);
      const recursive = (m.options ?? []).includes('rbind');
      const readOnly = (m.options ?? []).some((o) => o === 'ro' || o === 'rro');
      // A plain `ro` is enforced here, on the host's top mount alone; in the guest the whole
      // share is one 9p mount, where `ro` would also cover the source's submounts. `rro`
      // (recursive) is left to runc in the guest, which covers everything, as asked.
      const rro = (m.options ?? []).includes('rro');
      const options = rro ? m.options : m.options?.filter((o) => o !== 'ro');
      // rbind is done as one plain bind per mount: a recursive copy would sit on the source's
      // own directories, and a directory that is a mount point in this mount namespace cannot
      // be removed (EBUSY), so the owner of a volume could not clean it up while the pod runs.
      const tree = [{ source: m.source, destination: m.destination }];
      if (recursive) {
        for (const sub of await submountsBelow(m.source, hostDir)) tree.push({ source: sub.path, destination: path.posix.join(m.destination, sub.relative) });
      }
      for (const [i, t] of tree.entries()) {
        const name = `${n++}-${path.basename(t.source) || 'root'}`;
        const target = path.join(hostDir, name);
        await bindMount(t.source, target);
        // The guest cannot write through to the host even if its side ignores `ro`. Only the
        // top mount for a plain `ro`: it is not recursive (submounts stay writable, as with runc).
        if (readOnly && (i === 0 || rro)) await remountReadOnly(target, log);
        out.push({ ...m, destination: t.destination, source: path.posix.join(guestDir, name), ...(options ? { options } : {}) });
      }
    }
  } catch (err) {
    await releaseBindMounts(hostDir);
    throw err;
  }
  return out;
}

async function remountReadOnly(target: string, log: Logger): Promise<void> {
  const r = await execa('mount', ['-o', 'remount,bind,ro', target], { reject: false });
  if (r.exitCode !== 0) log.warn({ target, stderr: r.stderr }, 'could not make a shared bind mount read-only');
}

/** Mount points strictly below `dir`, parents first, with their path relative to it; none below `exclude`. */
async function submountsBelow(dir: string, exclude: string): Promise<{ path: string; relative: string }[]> {
  const real = await fs.realpath(dir).catch(() => dir);
  if (!(await fs.stat(real).catch(() => undefined))?.isDirectory()) return [];
  const points = new Set((await mountPoints()).filter((p) => p.startsWith(`${real}/`) && p !== exclude && !p.startsWith(`${exclude}/`)));
  return [...points].sort().map((p) => ({ path: p, relative: path.relative(real, p) }));
}

/** Where a container's share lives under the sandbox's shared directory: its rootfs and its volumes. */
export function containerShare(sharedDir: string, id: string): { dir: string; rootfs: string; volumes: string } {
  const dir = path.join(sharedDir, id);
  return { dir, rootfs: path.join(dir, 'rootfs'), volumes: path.join(dir, 'mounts') };
}

/** Unmounts a container's volumes and rootfs from the share and removes its directory there. */
export async function releaseContainerShare(sharedDir: string, id: string): Promise<void> {
  const share = containerShare(sharedDir, id);
  await releaseBindMounts(share.volumes);
  await unmount(share.rootfs);
  await fs.rm(share.dir, { recursive: true, force: true });
}

/** Undoes shareBindMounts. */
export async function releaseBindMounts(hostDir: string): Promise<void> {
  for (const name of await fs.readdir(hostDir).catch(() => [] as string[])) await unmount(path.join(hostDir, name));
  await fs.rm(hostDir, { recursive: true, force: true });
}
