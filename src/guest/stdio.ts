/**
 * A process's stdio as the agent protocol sees it: the host pulls output with
 * ReadStdout/ReadStderr(len) and pushes input with WriteStdin. Output waits here, bounded,
 * until the host reads it; while the buffer is full the pipe is paused, so a process that
 * writes faster than the host reads blocks in write(2) instead of growing agent memory.
 */
import type { Readable, Writable } from 'node:stream';
import { failedPrecondition } from '../errors.js';

const HIGH_WATER = 1 << 20;

export class OutputPipe {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly source: Readable) {
    source.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      if (this.buffered >= HIGH_WATER) source.pause();
      this.wake();
    });
    const end = () => {
      this.ended = true;
      this.wake();
    };
    source.once('end', end);
    source.once('close', end);
    source.once('error', end);
  }

  /** Up to `max` bytes, waiting until some exist; null once the stream has ended and is drained. */
  async read(max: number, signal?: AbortSignal): Promise<Buffer | null> {
    while (this.chunks.length === 0 && !this.ended) {
      signal?.throwIfAborted();
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.waiters.push(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    }
    signal?.throwIfAborted();
    if (this.chunks.length === 0) return null;
    const out: Buffer[] = [];
    let n = 0;
    while (this.chunks.length && n < max) {
      const c = this.chunks[0]!;
      const take = Math.min(c.length, max - n);
      out.push(take === c.length ? c : c.subarray(0, take));
      if (take === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(take);
      n += take;
    }
    this.buffered -= n;
    if (this.buffered < HIGH_WATER && this.source.isPaused()) this.source.resume();
    return out.length === 1 ? out[0]! : Buffer.concat(out, n);
  }

  /** True once the process side has closed and every byte has been read. */
  get drained(): boolean {
    return this.ended && this.chunks.length === 0;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

export class InputPipe {
  private closed = false;

  constructor(private readonly sink: Writable) {
    // A process that exits before reading its stdin makes writes fail with EPIPE; that is
    // the process's business, not an agent crash.
    sink.on('error', () => (this.closed = true));
  }

  async write(data: Uint8Array): Promise<number> {
    if (this.closed || this.sink.destroyed) throw failedPrecondition('stdin is closed');
    if (!this.sink.write(data)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.sink.off('drain', done);
          this.sink.off('close', done);
          resolve();
        };
        this.sink.on('drain', done);
        this.sink.on('close', done);
      });
    }
    return data.length;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sink.end();
  }
}
