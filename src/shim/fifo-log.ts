/**
 * The shim's log destination: the `log` FIFO in the bundle, which containerd reads and copies
 * into its own log. Writes never block the shim and never kill it: a full FIFO drops the
 * line (EAGAIN), a FIFO without a reader (containerd restarting, EPIPE) drops it and the
 * FIFO is reopened at most once a second until a reader is back. (pino.destination on a
 * FIFO goes silent for good after the first EPIPE.)
 */
import fs from 'node:fs';

const REOPEN_EVERY_MS = 1000;

export class FifoLog {
  private fd: number | undefined;
  private lastOpen = 0;

  constructor(private readonly path: string, fd?: number) {
    this.fd = fd;
  }

  write(line: string): void {
    if (this.fd === undefined && !this.reopen()) return;
    try {
      fs.writeSync(this.fd!, line);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || code === 'EBADF') this.close();
      // EAGAIN: the reader is behind; this line is dropped rather than blocking the shim.
    }
  }

  private reopen(): boolean {
    const now = Date.now();
    if (now - this.lastOpen < REOPEN_EVERY_MS) return false;
    this.lastOpen = now;
    try {
      // O_NONBLOCK: opening a FIFO for writing fails (ENXIO) instead of waiting for a reader.
      this.fd = fs.openSync(this.path, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
      return true;
    } catch {
      return false;
    }
  }

  private close(): void {
    if (this.fd === undefined) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // already gone
    }
    this.fd = undefined;
  }
}

/**
 * The shim's log destination: the FIFO, and while `file` is set a file too. A handover runs
 * while containerd is stopped and reads no FIFO: its lines (the old shim's release, the new
 * one's take-over) also go to a file in the pod's store, where `husk shim list` points.
 */
export class ShimLog {
  /** Appended to (0600) while set. */
  file: string | undefined;

  constructor(private readonly fifo: FifoLog) {}

  write(line: string): void {
    this.fifo.write(line);
    if (this.file === undefined) return;
    try {
      fs.appendFileSync(this.file, line, { mode: 0o600 });
    } catch {
      // a full disk must not stop a handover: the FIFO still has the line, if anyone reads it
    }
  }
}
