/**
 * containerd's stdio FIFOs, opened without ever blocking a thread. A plain open(2) of a FIFO
 * waits for the other end, and Node runs it on libuv's pool of four threads: a few processes
 * whose FIFOs nobody opens (`ctr run -d` never writes stdin) pin every thread, and the next
 * file operation of the shim, such as the FIFOs of an exec, waits forever behind them. So:
 *
 * - the reading end (stdin) is opened O_NONBLOCK, which never waits, and read through epoll
 *   (a net.Socket): a FIFO that has never had a writer polls as not ready rather than at end
 *   of file, so the stream sees data when a writer comes and its end when the last one goes,
 *   what a blocking open followed by reads would give;
 * - the writing ends (stdout, stderr) are fifo-pump.ts's.
 */
import fs from 'node:fs';
import net from 'node:net';

const { O_RDONLY, O_WRONLY, O_NONBLOCK } = fs.constants;

/** The FIFO's reading end as a stream; ends when the last writer closes after one has opened. */
export function openFifoReader(path: string): net.Socket {
  const fd = fs.openSync(path, O_RDONLY | O_NONBLOCK);
  return new net.Socket({ fd, readable: true, writable: false });
}

/**
 * Makes a reader of `path` see its end: a writer that opens and closes at once. If no writer
 * ever came, the reader ends now; if one is still open, it ends when that one closes.
 */
export function hangUpFifo(path: string): void {
  try {
    fs.closeSync(fs.openSync(path, O_WRONLY | O_NONBLOCK));
  } catch {
    // the FIFO is gone, or has no reader any more
  }
}
