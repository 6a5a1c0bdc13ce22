/**
 * The agent's end of a virtio-serial port. Node has no socket type for a character device,
 * so reads and writes go through fs on the open descriptor (reads park a libuv pool thread,
 * which is fine for one port). While no host is connected the kernel answers reads with 0
 * bytes at once; a session therefore starts with the first byte the host sends and ends at
 * the next 0-byte read (the host went away), after which the port is reopened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { AGENT_HOST_GONE } from './markers.js';

const PORTS = '/sys/class/virtio-ports';

/** /dev/vportNpM of the port QEMU named `name`, or undefined. */
export function findPort(name: string, sysDir = PORTS): string | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync(sysDir);
  } catch {
    return undefined;
  }
  for (const e of entries) {
    try {
      if (fs.readFileSync(path.join(sysDir, e, 'name'), 'utf8').trim() === name) return path.join('/dev', e);
    } catch {
      // a port without a name
    }
  }
  return undefined;
}

/** One connected session over an open port descriptor; ends at the first 0-byte read. */
class PortStream extends Duplex {
  constructor(private readonly fd: number, first: Buffer) {
    super({ readableHighWaterMark: 1 << 16 });
    this.push(first);
  }

  override _read(size: number): void {
    const buf = Buffer.allocUnsafe(Math.max(size, 1 << 16));
    fs.read(this.fd, buf, 0, buf.length, null, (err, n) => {
      if (err) this.destroy(err);
      else this.push(n === 0 ? null : buf.subarray(0, n));
    });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    writeAll(this.fd, chunk, cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    cb();
  }
}

function writeAll(fd: number, chunk: Buffer, cb: (err?: Error | null) => void): void {
  fs.write(fd, chunk, 0, chunk.length, null, (err, n) => {
    if (err) cb(err);
    else if (n < chunk.length) writeAll(fd, chunk.subarray(n), cb);
    else cb();
  });
}

/** Waits for the host's first bytes on a freshly opened port, polling while none is connected. */
function firstBytes(fd: number, stop: AbortSignal): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const attempt = () => {
      if (stop.aborted) return resolve(undefined);
      const buf = Buffer.allocUnsafe(1 << 16);
      fs.read(fd, buf, 0, buf.length, null, (err, n) => {
        if (err) return resolve(undefined);
        if (n > 0) return resolve(buf.subarray(0, n));
        setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Hands each host session on the port to `serve` until `stop` aborts. Each session gets a
 * fresh descriptor, so bytes of a dead session never leak into the next.
 */
export async function servePort(device: string, serve: (stream: Duplex) => void, log: Logger, stop: AbortSignal): Promise<void> {
  while (!stop.aborted) {
    const fd = fs.openSync(device, fs.constants.O_RDWR);
    const first = await firstBytes(fd, stop);
    if (!first) {
      fs.closeSync(fd);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    log.info({ device }, 'host connected');
    const stream = new PortStream(fd, first);
    serve(stream);
    await new Promise<void>((resolve) => stream.once('close', resolve));
    fs.closeSync(fd);
    log.info({ device }, AGENT_HOST_GONE);
  }
}
