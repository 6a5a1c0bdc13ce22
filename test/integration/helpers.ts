import { execa } from 'execa';
import type { Readable } from 'node:stream';

/** All of a stream's output, as text, once it ends. */
export function collect(s: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    s.on('data', (d: Buffer) => (out += d.toString()));
    s.once('end', () => resolve(out));
    s.once('error', reject);
  });
}

/** Pids of every QEMU on the host. */
export async function qemuPids(): Promise<string[]> {
  const r = await execa('pgrep', ['-f', 'qemu-system'], { reject: false });
  return r.stdout.split('\n').filter(Boolean);
}
