/**
 * Bad input: random, truncated and malformed frames from many connections. The server must
 * answer or drop them without crashing, keep serving a well-behaved client throughout, free
 * every bad connection, and not grow memory with the garbage it has seen.
 */
import net from 'node:net';
import { Client, Code, defineService, encodeFrame, encodeRequest, FrameType, Server, serviceClient, unary, bidiStream } from '../../../src/ttrpc/index.js';
import { sleep, tempSocket, text } from './helpers.js';

const Echo = defineService('test.v1.Echo', { Say: unary(text, text), Chat: bidiStream(text, text) });

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function garbage(rand: () => number): Buffer {
  const int = (n: number) => Math.floor(rand() * n);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const id = int(2) ? int(50) * 2 + 1 : int(2 ** 32);
  const validReq = (payload: Buffer) =>
    encodeRequest({ service: int(4) ? 'test.v1.Echo' : 'x', method: ['Say', 'Chat', 'Nope'][int(3)]!, payload, timeoutNano: int(3) ? 0 : int(1e9), metadata: [] });
  switch (int(8)) {
    case 0: return bytes(int(64)); // pure noise
    case 1: return encodeFrame(id, int(256), int(256), bytes(int(128))); // random type, flags, body
    case 2: return encodeFrame(id, FrameType.Request, int(8), bytes(int(128))); // request with garbage protobuf
    case 3: return encodeFrame(id, FrameType.Request, int(8), validReq(bytes(int(32)))); // valid request, even/odd/huge ids
    case 4: return encodeFrame(id, FrameType.Data, int(8), bytes(int(64))); // data for streams that may not exist
    case 5: { // a header promising more than is sent
      const f = encodeFrame(id, FrameType.Request, 0, validReq(bytes(16)));
      f.writeUInt32BE(f.length + int(1 << 20), 0);
      return f;
    }
    case 6: return encodeFrame(id, FrameType.Request, 0, validReq(bytes(16))).subarray(0, int(20)); // truncated
    default: { // a huge declared length with a little data: must be skipped, not buffered
      const h = Buffer.alloc(10 + int(1024));
      h.writeUInt32BE(0xffffffff - int(1000), 0);
      h.writeUInt32BE(id, 4);
      h[8] = FrameType.Request;
      return h;
    }
  }
}

async function attack(path: string, rand: () => number): Promise<void> {
  const socket = net.connect(path);
  socket.on('data', () => {});
  // A full accept backlog refuses the connection (EAGAIN): that attack simply did not happen.
  const connected = await new Promise<boolean>((r) => {
    socket.once('connect', () => r(true));
    socket.once('error', () => r(false));
  });
  socket.on('error', () => {});
  if (!connected) return;
  const frames = 1 + Math.floor(rand() * 40);
  for (let i = 0; i < frames && !socket.destroyed; i++) socket.write(garbage(rand));
  await sleep(Math.floor(rand() * 5));
  socket.destroy();
}

describe('ttrpc server under bad input', () => {
  it('survives random, truncated and malformed frames from many connections', async () => {
    const sock = tempSocket();
    const server = new Server().register(Echo, {
      Say: (s: string) => s,
      Chat: async (reqs: AsyncIterable<string>, out: { send(s: string): Promise<void> }) => {
        for await (const r of reqs) await out.send(r);
      },
    });
    await server.listen(sock.path);
    const good = await Client.connect(sock.path);
    const echo = serviceClient(Echo, good);
    const rand = rng(0x5eed);

    const heap = () => {
      (globalThis as { gc?: () => void }).gc?.();
      return process.memoryUsage().heapUsed;
    };
    // Warm up so the baseline includes the code paths' own allocations.
    for (let i = 0; i < 50; i++) await attack(sock.path, rand);
    const before = heap();

    let goodCalls = 0;
    const rounds = 40;
    for (let round = 0; round < rounds; round++) {
      await Promise.all([
        ...Array.from({ length: 25 }, () => attack(sock.path, rand)),
        echo.Say(`round ${round}`).then((r) => {
          expect(r).toBe(`round ${round}`);
          goodCalls++;
        }),
      ]);
    }
    expect(goodCalls).toBe(rounds);
    for (let i = 0; i < 50 && server.connectionCount > 1; i++) await sleep(20);
    expect(server.connectionCount).toBe(1); // only the well-behaved client is left
    const grown = heap() - before;
    // 1000 hostile connections, some promising 4 GiB frames: memory must not follow them.
    expect(grown).toBeLessThan(32 * 1024 * 1024);

    await expect(good.call('x', 'y', Buffer.alloc(0))).rejects.toMatchObject({ code: Code.Unimplemented });
    good.close();
    server.close();
    sock.cleanup();
  });
});
