/**
 * A process's output into one of containerd's FIFOs, written so that a shim handing its pod
 * to another knows to the byte what never reached the FIFO.
 *
 * - The writing end is opened once containerd reads (a non-blocking open fails with ENXIO
 *   until then and is retried after a growing pause: no thread ever waits on a FIFO); then
 *   the shim opens a reading end of its own, never read from, as the runc shim does. The
 *   FIFO so outlives containerd's reader: when containerd restarts, output waits in the pipe
 *   (64 KiB) and then in the guest, instead of failing with EPIPE and being dropped, and the
 *   CRI plugin reopens the FIFO and reads on.
 * - Writes are synchronous, non-blocking and at most PIPE_BUF bytes: POSIX makes such a
 *   write all or nothing, so a piece is either in the pipe or still held here. A full pipe
 *   (EAGAIN) is retried after a growing pause.
 * - At the end both ends go, as with the runc shim: what the pipe holds stays for a reader
 *   that has it open, and is lost if nobody has (containerd away just then). Waiting for a
 *   reader instead would hold TaskExit back for good for output nobody will read (a detached
 *   exec whose client left).
 * - release() stops at once and gives back what was taken from the process but not written;
 *   the FIFO stays open until close(), so the pipe and what it holds live on until the next
 *   shim has it open (`resume`: it opens its reading end first, since containerd may be away).
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';

const { O_RDONLY, O_WRONLY, O_NONBLOCK } = fs.constants;
/** Linux's PIPE_BUF: the largest write to a pipe that is never split. */
const PIPE_BUF = 4096;
const FIRST_PAUSE_MS = 1;
const MAX_PAUSE_MS = 50;

export class FifoPump {
  /** Settles once the output has ended and every byte is in the FIFO (or the FIFO is gone). Never rejects. */
  readonly done: Promise<void>;
  private readonly held: Buffer[] = [];
  private readonly releasing = new AbortController();
  private fds: { reader?: number; writer: number } | undefined;
  private readonly resume: boolean;

  constructor(
    private readonly source: Readable,
    private readonly path: string,
    options: { first?: Buffer; resume?: boolean } = {},
  ) {
    const first = options.first;
    this.resume = options.resume ?? false;
    if (first?.length) this.held.push(first);
    this.done = this.run();
  }

  /** Stops copying: the bytes taken from the process that are not in the FIFO, in order. */
  async release(): Promise<Buffer> {
    this.releasing.abort();
    await this.done;
    const rest: Buffer[] = [...this.held];
    for (let c = this.source.read() as Buffer | null; c !== null; c = this.source.read() as Buffer | null) rest.push(c);
    this.held.length = 0;
    return Buffer.concat(rest);
  }

  /** Gives the FIFO back (after done, or after release once the next holder has it open). */
  close(): void {
    if (!this.fds) return;
    fs.closeSync(this.fds.writer);
    if (this.fds.reader !== undefined) fs.closeSync(this.fds.reader);
    this.fds = undefined;
  }

  private async run(): Promise<void> {
    const released = this.releasing.signal;
    try {
      this.fds = await this.open(released);
    } catch {
      // The FIFO is gone (containerd removed it): nobody will read this output.
      return this.drop();
    }
    if (!this.fds) return;
    for (let pause = FIRST_PAUSE_MS; ; ) {
      if (this.held.length === 0) {
        if (released.aborted) return;
        const chunk = await nextChunk(this.source, released);
        if (chunk === null) break;
        this.held.push(chunk);
      }
      const chunk = this.held[0]!;
      const piece = chunk.subarray(0, PIPE_BUF);
      try {
        fs.writeSync(this.fds!.writer, piece);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return this.drop();
        if (released.aborted) return;
        await pauseFor(pause, released);
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
        continue;
      }
      pause = FIRST_PAUSE_MS;
      if (piece.length === chunk.length) this.held.shift();
      else this.held[0] = chunk.subarray(piece.length);
    }
    if (!released.aborted) this.close();
  }

  /** Both ends, in the order described above; undefined if released first. */
  private async open(released: AbortSignal): Promise<{ reader?: number; writer: number } | undefined> {
    if (this.resume) {
      const reader = fs.openSync(this.path, O_RDONLY | O_NONBLOCK);
      try {
        return { reader, writer: fs.openSync(this.path, O_WRONLY | O_NONBLOCK) };
      } catch (err) {
        fs.closeSync(reader);
        throw err;
      }
    }
    const writer = await untilOpened(() => fs.openSync(this.path, O_WRONLY | O_NONBLOCK), released);
    if (writer === undefined) return undefined;
    try {
      return { reader: fs.openSync(this.path, O_RDONLY | O_NONBLOCK), writer };
    } catch (err) {
      fs.closeSync(writer);
      throw err;
    }
  }

  /** Nothing can be written any more: the rest of the output is read and let go. */
  private async drop(): Promise<void> {
    this.held.length = 0;
    this.close();
    if (this.source.readableEnded || this.source.destroyed) return;
    // Released, the process's stream is fed no more and never ends: that ends the dropping too.
    const released = this.releasing.signal;
    await new Promise<void>((resolve) => {
      this.source.on('end', resolve).on('close', resolve).resume();
      released.addEventListener('abort', () => resolve(), { once: true });
    });
  }
}

/** Retries `open` while it fails with ENXIO (no reader yet), pausing longer each time; undefined once `stop` aborts. */
async function untilOpened(open: () => number, stop: AbortSignal): Promise<number | undefined> {
  for (let pause = FIRST_PAUSE_MS * 10; ; pause = Math.min(pause * 2, MAX_PAUSE_MS * 4)) {
    if (stop.aborted) return undefined;
    try {
      return open();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENXIO') throw err;
    }
    await pauseFor(pause, stop);
  }
}

/** The next chunk the source has, waiting for one; null at its end or once `stop` aborts. */
async function nextChunk(source: Readable, stop: AbortSignal): Promise<Buffer | null> {
  for (;;) {
    const chunk = source.read() as Buffer | null;
    if (chunk !== null) return chunk;
    if (source.readableEnded || source.destroyed || stop.aborted) return null;
    await new Promise<void>((resolve) => {
      const done = () => {
        source.off('readable', done).off('end', done).off('close', done);
        stop.removeEventListener('abort', done);
        resolve();
      };
      source.on('readable', done).on('end', done).on('close', done);
      stop.addEventListener('abort', done, { once: true });
    });
  }
}

function pauseFor(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      stop.removeEventListener('abort', done);
      resolve();
    }
    stop.addEventListener('abort', done, { once: true });
  });
}
