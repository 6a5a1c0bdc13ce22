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
