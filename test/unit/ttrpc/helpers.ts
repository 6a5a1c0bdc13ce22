import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { FrameType, MAX_DATA_LENGTH, type Codec } from '../../../src/ttrpc/index.js';

export const text: Codec<string> = {
  encode: (s) => Buffer.from(s),
  decode: (b) => Buffer.from(b).toString(),
};

export function tempSocket(name = 'ttrpc.sock'): { path: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-test-'));
  return { path: path.join(dir, name), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Two connected in-memory Duplexes: what one writes, the other reads. */
export function duplexPair(): [Duplex, Duplex] {
  const make = (peer: () => Duplex) =>
    new Duplex({
      read() {},
      write(chunk, _enc, cb) {
        peer().push(chunk);
        cb();
      },
      final(cb) {
        peer().push(null);
        cb();
      },
      destroy(err, cb) {
        const p = peer();
        if (!p.destroyed) p.push(null);
        cb(err);
      },
    });
  const a: Duplex = make(() => b);
  const b: Duplex = make(() => a);
  return [a, b];
}

/** A raw socket that collects frames, for speaking the protocol by hand. */
export async function rawConnect(socketPath: string): Promise<{
  socket: net.Socket;
  frames: Array<{ streamId: number; type: number; flags: number; data: Buffer }>;
  next(): Promise<{ streamId: number; type: number; flags: number; data: Buffer }>;
}> {
  const socket = net.connect(socketPath);
  await new Promise((r) => socket.once('connect', r));
  const frames: Array<{ streamId: number; type: number; flags: number; data: Buffer }> = [];
  const waiters: Array<() => void> = [];
  let buf = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    while (buf.length >= 10) {
      const len = buf.readUInt32BE(0);
      if (buf.length < 10 + len) break;
      frames.push({ streamId: buf.readUInt32BE(4), type: buf[8]!, flags: buf[9]!, data: buf.subarray(10, 10 + len) });
      buf = buf.subarray(10 + len);
      waiters.shift()?.();
    }
  });
  const next = async () => {
    while (frames.length === 0) await new Promise<void>((r) => waiters.push(r));
    return frames.shift()!;
  };
  return { socket, frames, next };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A request frame one byte over the limit (header and zero body), as a peer would send it. */
export function oversizedFrame(streamId: number, type = FrameType.Request): Buffer {
  const header = Buffer.alloc(10);
  header.writeUInt32BE(MAX_DATA_LENGTH + 1, 0);
  header.writeUInt32BE(streamId, 4);
  header[8] = type;
  return Buffer.concat([header, Buffer.alloc(MAX_DATA_LENGTH + 1)]);
}
