/** Watching a VM's serial console (a file on the host) for a line the guest writes. */
import fs from 'node:fs/promises';

/**
 * Resolves once `file` contains `marker` past byte `from`; rejects after `timeoutMs` or when
 * `signal` aborts.
 * Reads only what was added since the last look.
 */
export async function waitForConsole(file: string, marker: string, timeoutMs: number, signal?: AbortSignal, from = 0): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = from;
  let tail = '';
  for (;;) {
    signal?.throwIfAborted();
    const f = await fs.open(file, 'r').catch(() => undefined);
    if (f) {
      try {
        const { size } = await f.stat();
        if (size > seen) {
          const buf = Buffer.alloc(size - seen);
          await f.read(buf, 0, buf.length, seen);
          seen = size;
          // The marker may straddle two reads: keep the end of the last one.
          tail = tail.slice(-marker.length) + buf.toString('utf8');
          if (tail.includes(marker)) return;
        }
      } finally {
        await f.close();
      }
    }
    if (Date.now() > deadline) throw new Error(`the guest did not write "${marker}" on its console within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
