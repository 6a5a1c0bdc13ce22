/**
 * `containerd-shim-husk-v2 delete`: containerd's clean-up after a shim that died (or never
 * started). If no shim answers on the pod's socket, whatever it left is removed as its store
 * names it (cleanup.ts): the QEMU it ran, the taps, rootfs mounts, the VM state, the socket,
 * the records; without a store, what the pid file and the directories show. Prints the
 * DeleteResponse containerd expects, with 137 as runc reports for a killed task.
 */
import fs from 'node:fs';
import path from 'node:path';
import { containerd } from '../../api/gen/containerd.js';
import { toTimestamp } from '../api/well-known.js';
import { killQuietly } from '../host/proc.js';
import { liveVmPid, removeSandboxDir } from '../sandbox/leftovers.js';
import { unmount } from '../sandbox/mounts.js';
import { GrpcCode, validateId } from '../errors.js';
import type { ShimFlags } from './flags.js';
import { cleanUpPod } from './cleanup.js';
import { podStoreDir, PodRecords } from './pod-records.js';
import { announcedSocket, groupId, removeIfEmpty, sandboxRoot, shimSocket } from './paths.js';
import { accepts } from './start.js';

export async function deleteShim(flags: ShimFlags): Promise<Uint8Array> {
  const bundle = flags.bundle || process.cwd();
  const group = groupId(bundle, flags.id);
  validateId('sandbox', group);
  const socket = announcedSocket(bundle) ?? shimSocket(flags.address, flags.namespace, group);
  await unmount(path.join(bundle, 'rootfs')).catch(() => undefined);
  if (!(await accepts(socket))) {
    const root = sandboxRoot(flags.address, flags.namespace);
    const storeDir = podStoreDir(flags.address, flags.namespace, group);
    const records = fs.existsSync(storeDir) ? await PodRecords.open(storeDir).catch((err: { grpcCode?: number }) => err) : undefined;
    if (records instanceof PodRecords) {
      await cleanUpPod(records, root, group);
    } else if ((records as { grpcCode?: number } | undefined)?.grpcCode !== GrpcCode.FailedPrecondition) {
      // No store (a pod from before the store, or whose shim died before it made one), or one
      // that cannot be opened (damaged): what the pid file and the directories show goes.
      // (A store another process holds is a shim taking the pod over: not ours to clean.)
      const dir = path.join(root, group);
      const pid = await liveVmPid(dir, group);
      if (pid) killQuietly(pid, 'SIGKILL');
      await removeSandboxDir(dir);
      removeIfEmpty(path.dirname(dir));
      if (records) fs.rmSync(storeDir, { recursive: true, force: true });
    }
    fs.rmSync(socket, { force: true });
  }
  return containerd.task.v3.DeleteResponse.encode({ exit_status: 137, exited_at: toTimestamp(new Date()) }).finish();
}
