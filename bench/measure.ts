/** Shared by the VM benchmarks: first output, the runc reference, medians, PSS. */
import fs from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { defaultSpec } from '../src/sandbox/default-spec.js';

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Proportional set size of a process, from /proc/PID/smaps_rollup, in MiB. */
export function pssMiB(pid: number): number {
  return Number(/^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) / 1024;
}

export function firstOutput(stream: NodeJS.ReadableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('data', () => resolve());
    stream.once('end', () => reject(new Error('no output')));
  });
}

/** The same busybox `echo ready` with runc on the host, for scale: no VM at all. Milliseconds to its output. */
export async function runcOnce(rootfs: string, dir: string, n: number): Promise<number> {
  const bundle = path.join(dir, `runc-${n}`);
  fs.mkdirSync(bundle);
  fs.writeFileSync(path.join(bundle, 'config.json'), JSON.stringify({ ...defaultSpec(['echo', 'ready']), root: { path: rootfs, readonly: true } }));
  const t0 = performance.now();
  const child = execa('runc', ['--root', path.join(dir, 'runc-root'), 'run', '--bundle', bundle, `bench-${n}`], { buffer: false });
  await firstOutput(child.stdout!);
  const ms = performance.now() - t0;
  await child;
  return ms;
}
