/**
 * Host mounts: containerd's rootfs mounts on a bundle, and those the sandbox makes to expose a
 * container's rootfs inside its shared directory (the only host path the guest sees). Every
 * mount made here is undone by unmount().
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { failedPrecondition } from '../errors.js';

/**
 * Binds a directory onto a directory, or a file onto a file (created empty), under `target`.
 * Never recursive: see shareBindMounts for why submounts are bound one by one.
 */
export async function bindMount(source: string, target: string): Promise<void> {
  const isDir = (await fs.stat(source).catch(() => undefined))?.isDirectory() ?? true;
  if (isDir) {
    await fs.mkdir(target, { recursive: true, mode: 0o700 });
  } else {
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await fs.writeFile(target, '', { mode: 0o600 });
  }
  const r = await execa('mount', ['--bind', source, target], { reject: false });
  if (r.exitCode !== 0) throw failedPrecondition(`bind mount of ${source}: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
}

/** A mount as a snapshotter describes one (containerd's rootfs mounts), in plain form. */
export interface Mount {
  type: string;
  source: string;
  options: readonly string[];
}

/** Mounts each of `mounts` on `target` in turn (an overlay from the snapshotter, usually): undone by unmount(). */
export async function mountAll(mounts: readonly Mount[], target: string): Promise<void> {
  await fs.mkdir(target, { recursive: true });
  for (const m of mounts) {
    const args = ['-t', m.type || 'none', ...(m.options.length ? ['-o', m.options.join(',')] : []), m.source || 'none', target];
    const r = await execa('mount', args, { reject: false });
    if (r.exitCode !== 0) throw failedPrecondition(`mounting the rootfs (${m.type}): ${r.stderr.trim()}`);
  }
}

/** Unmounts if mounted; detaches lazily so a QEMU still holding files does not keep it. */
export async function unmount(target: string): Promise<void> {
  if (!(await isMountPoint(target))) return;
  const r = await execa('umount', ['-l', target], { reject: false });
  if (r.exitCode !== 0) throw failedPrecondition(`umount ${target}: ${r.stderr.trim() || `exit ${r.exitCode}`}`);
}

export async function isMountPoint(target: string): Promise<boolean> {
  return (await mountPoints()).includes(target);
}

/** Every mount point of this mount namespace, in mount order. */
export async function mountPoints(): Promise<string[]> {
  return parseMountInfo(await fs.readFile('/proc/self/mountinfo', 'utf8'));
}

/** The mount points in a /proc/<pid>/mountinfo text, in its order. */
export function parseMountInfo(text: string): string[] {
  // the kernel escapes spaces and the like as octal
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ')[4]!.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
}
