/**
 * Removing what a dead shim's pod left on the host, as its store records name it: its QEMU
 * (only while the pid is still that process: its start time is recorded, so a reused pid or a
 * record from before a reboot is never signalled), the taps in the pod's network namespace,
 * the containers' rootfs mounts, the pod's state directory and socket, then the records.
 * Used by `delete` (containerd's clean-up after a dead shim) and `husk gc`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { pino } from 'pino';
import { processGone, sameProcess, signalProcess } from '../host/proc.js';
import { liveVmPid, removeSandboxDir } from '../sandbox/leftovers.js';
import { unmount } from '../sandbox/mounts.js';
import { PodNetwork } from '../sandbox/pod-network.js';
import type { PodRecord, PodRecords, ShimRecord, TaskRecord } from './pod-records.js';
import { removeIfEmpty } from './paths.js';

const KILL_WAIT_MS = 10_000;

export interface Cleaned {
  /** What was removed or stopped, one line each. */
  removed: string[];
  /** What could not be, with why. */
  failed: string[];
}

/**
 * Removes the pod of `records` (a store no live shim holds: the caller has it open and
 * locked) and the store itself. `stateRoot` is where the pod's state directory is.
 */
export async function cleanUpPod(records: PodRecords, stateRoot: string, group: string, log: Logger = pino({ level: 'silent' })): Promise<Cleaned> {
  const out: Cleaned = { removed: [], failed: [] };
  const step = async (what: string, fn: () => Promise<boolean | void>) => {
    try {
      if ((await fn()) !== false) out.removed.push(what);
    } catch (err) {
      out.failed.push(`${what}: ${(err as Error).message}`);
    }
  };
  // A damaged record still leaves the directory and the pid file to go by.
  const read = async <T>(what: string, load: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await load();
    } catch (err) {
      out.failed.push(`reading the ${what} record: ${(err as Error).message}`);
      return undefined;
    }
  };
  const pod: PodRecord | undefined = await read('pod', () => records.loadPod());
  const shim: ShimRecord | undefined = await read('shim', () => records.loadShim());
  const tasks: TaskRecord[] = (await read('task', () => records.loadTasks())) ?? [];
  const dir = path.join(stateRoot, group);
  const vm = pod?.sandbox?.vm;
  if (vm) {
    await step(`QEMU pid ${vm.pid}`, async () => {
      if (!sameProcess(vm.pid, vm.startTime)) return false;
      signalProcess(vm.pid, vm.startTime, 'SIGKILL');
      const stuck = new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), KILL_WAIT_MS).unref());
      if ((await Promise.race([processGone(vm.pid, vm.startTime, new Promise(() => undefined), 50), stuck])) === 'stuck') throw new Error(`still there ${KILL_WAIT_MS / 1000} s after SIGKILL`);
    });
  } else {
    const pid = await liveVmPid(dir, group);
    if (pid) await step(`QEMU pid ${pid} (by its pid file)`, async () => void process.kill(pid, 'SIGKILL'));
  }
  const net = pod?.sandbox?.network;
  if (net && net.endpoints.length) await step(`taps ${net.endpoints.map((e) => e.tap).join(', ')} in ${net.netns}`, () => PodNetwork.restore(net, log).teardown());
  for (const t of tasks) {
    if (t.rootfsMounted) await step(`rootfs mount of ${t.id}`, () => unmount(path.join(t.bundle, 'rootfs')));
  }
  if (fs.existsSync(dir)) await step(`state directory ${dir}`, () => removeSandboxDir(dir));
  removeIfEmpty(stateRoot);
  const socket = shim?.socket;
  if (socket && fs.existsSync(socket)) await step(`socket ${socket}`, async () => fs.rmSync(socket, { force: true }));
  await step(`store ${records.dir}`, () => records.destroy());
  log.info({ removed: out.removed, failed: out.failed }, 'dead pod cleaned up');
  return out;
}
