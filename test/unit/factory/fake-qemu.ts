/**
 * A process standing in for a cached VM's QEMU where only its identity matters (who may
 * signal it): its command line names the VM as QEMU's does (-name husk-<id>), which is what
 * liveQemuPid looks for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { processStartTime } from '../../../src/host/proc.js';

const running: ChildProcess[] = [];

export async function fakeQemu(id: string): Promise<{ pid: number; startTime: string }> {
  const p = spawn('sh', ['-c', 'read x', `husk-${id}`], { stdio: ['pipe', 'ignore', 'ignore'] });
  running.push(p);
  await new Promise((r) => p.once('spawn', r));
  for (let i = 0; i < 100 && !fs.readFileSync(`/proc/${p.pid}/cmdline`, 'utf8').includes(`husk-${id}`); i++) await new Promise((r) => setTimeout(r, 10));
  return { pid: p.pid!, startTime: processStartTime(p.pid!)! };
}

/** Writes the pid file QEMU writes in its state directory. */
export function writePidFile(stateDir: string, pid: number): void {
  fs.writeFileSync(`${stateDir}/qemu.pid`, `${pid}\n`);
}

export const alive = (pid: number): boolean => processStartTime(pid) !== undefined;

/** True once `pid` has exited (within about a second). */
export async function waitGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 10));
  return !alive(pid);
}

/** Ends every fake QEMU a test started. */
export function endFakeQemus(): void {
  for (const p of running.splice(0)) p.kill('SIGKILL');
}
