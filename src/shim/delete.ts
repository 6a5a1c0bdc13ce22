/**
 * `containerd-shim-husk-v2 delete`: containerd's clean-up after a shim that died (or never
 * started). If no shim answers on the pod's socket, whatever it left is removed: the QEMU
 * it ran (found by its pid file), rootfs mounts, the VM state, the socket. Prints the
 * DeleteResponse containerd expects, with 137 as runc reports for a killed task.
 */
import fs from 'node:fs';
import path from 'node:path';
import { containerd } from '../../api/gen/containerd.js';
import { toTimestamp } from '../api/well-known.js';
import { killQuietly } from '../host/proc.js';
import { liveVmPid, removeSandboxDir } from '../sandbox/leftovers.js';
import { unmount } from '../sandbox/mounts.js';
import type { ShimFlags } from './flags.js';
import { announcedSocket, groupId, removeIfEmpty, sandboxRoot, shimSocket } from './paths.js';
import { accepts } from './start.js';

export async function deleteShim(flags: ShimFlags): Promise<Uint8Array> {
  const bundle = flags.bundle || process.cwd();
  const group = groupId(bundle, flags.id);
  const socket = announcedSocket(bundle) ?? shimSocket(flags.address, flags.namespace, group);
  await unmount(path.join(bundle, 'rootfs')).catch(() => undefined);
  if (!(await accepts(socket))) {
    const dir = path.join(sandboxRoot(flags.address, flags.namespace), group);
    const pid = await liveVmPid(dir, group);
    if (pid) killQuietly(pid, 'SIGKILL');
    await removeSandboxDir(dir);
    removeIfEmpty(path.dirname(dir));
    fs.rmSync(socket, { force: true });
  }
  return containerd.task.v3.DeleteResponse.encode({ exit_status: 137, exited_at: toTimestamp(new Date()) }).finish();
}
