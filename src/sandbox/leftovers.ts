/**
 * What a sandbox leaves on the host when its owner dies without cleaning up (a shim killed
 * with SIGKILL): its QEMU, found through the pid file in <dir>/vm, and the rootfs mounts in
 * its shared directory. Used when the same sandbox is created again and by `shim delete`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { liveQemuPid } from '../hypervisor/index.js';
import { releaseContainerShare } from './shared-mounts.js';

/** The pid of the QEMU still running for sandbox `id` in `dir`, if any. */
export function liveVmPid(dir: string, id: string): Promise<number | undefined> {
  return liveQemuPid(path.join(dir, 'vm'), id);
}

/** Unmounts the containers' rootfs and volume bind mounts, then removes the directory. */
export async function removeSandboxDir(dir: string): Promise<void> {
  const shared = path.join(dir, 'shared');
  for (const c of await fs.readdir(shared).catch(() => [] as string[])) await releaseContainerShare(shared, c).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
}
