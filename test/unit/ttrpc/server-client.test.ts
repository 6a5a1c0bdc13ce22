import { setTimeout as delay } from 'node:timers/promises';
import {
  bidiStream,
  Client,
  clientStream,
  Code,
  defineService,
  encodeFrame,
  encodeRequest,
  decodeResponse,
  FrameType,
  Flags,
  MAX_DATA_LENGTH,
  Server,
  serverStream,
  serviceClient,
  TtrpcError,
  unary,
  type CallContext,
} from '../../../src/ttrpc/index.js';
import { duplexPair, oversizedFrame, rawConnect, sleep, tempSocket, text } from './helpers.js';

const Echo = defineService('test.v1.Echo', {
  Say: unary(text, text),
  Sleep: unary(text, text),
  Meta: unary(text, text),
  Fail: unary(text, text),
  Big: unary(text, text),
  Count: serverStream(text, text),
  Sum: clientStream(text, text),
  Chat: bidiStream(text, text),
});

const seen: { aborted: string[] } = { aborted: [] };
const impl = {
  Say: (s: string) => s,
  Sleep: async (ms: string, ctx: CallContext) => {
    await delay(Number(ms), undefined, { signal: ctx.signal }).catch(() => {
      seen.aborted.push(ms);
      throw ctx.signal.reason;
    });
    return `slept ${ms}`;
  },
  Meta: (key: string, ctx: CallContext) => `${ctx.metadata.getAll(key).join(',')}|${ctx.deadline ? 'deadline' : 'none'}`,
  Fail: (code: string) => {
    if (code === 'plain') throw new Error('boom');
    if (code === 'typed') throw Object.assign(new Error('no such thing'), { grpcCode: Code.NotFound });
    throw new TtrpcError(Number(code), `failed with ${code}`);
  },
  Big: (n: string) => 'x'.repeat(Number(n)),
  Count: async (n: string, out: { send(s: string): Promise<void> }) => {
    for (let i = 1; i <= Number(n); i++) await out.send(String(i));
  },
  Sum: async (reqs: AsyncIterable<string>) => {
    let sum = 0;
    for await (const r of reqs) sum += Number(r);
    return String(sum);
  },
  Chat: async (reqs: AsyncIterable<string>, out: { send(s: string): Promise<void> }) => {
    for await (const r of reqs) await out.send(`re:${r}`);
  },
};

describe('ttrpc server and client over a unix socket', () => {
  let sock: ReturnType<typeof tempSocket>;
  let server: Server;
  let client: Client;
  let echo: ReturnType<typeof serviceClient<typeof Echo>>;

  beforeEach(async () => {
    sock = tempSocket();
    server = new Server().register(Echo, impl);
    await server.listen(sock.path);
    client = await Client.connect(sock.path, { metadata: { 'containerd-namespace-ttrpc': 'default' } });
    echo = serviceClient(Echo, client);
  });

  afterEach(async () => {
    client.close();
    server.close();
    sock.cleanup();
  });

  it('creates the socket owner-only', async () => {
    const fs = await import('node:fs');
    expect(fs.statSync(sock.path).mode & 0o777).toBe(0o600);
  });

  it('answers unary calls and passes metadata', async () => {
    expect(await echo.Say('hello')).toBe('hello');
    expect(await echo.Meta('containerd-namespace-ttrpc')).toBe('default|none');
    expect(await echo.Meta('containerd-namespace-ttrpc', { metadata: { 'containerd-namespace-ttrpc': 'k8s.io' }, timeoutMs: 5000 })).toBe('k8s.io|deadline');
  });

  it('maps errors to status codes', async () => {
    await expect(echo.Fail('5')).rejects.toMatchObject({ code: Code.NotFound, message: 'failed with 5' });
    await expect(echo.Fail('typed')).rejects.toMatchObject({ code: Code.NotFound, message: 'no such thing' });
    await expect(echo.Fail('plain')).rejects.toMatchObject({ code: Code.Unknown, message: 'boom' });
    await expect(client.call('test.v1.Nope', 'Say', Buffer.from('x'))).rejects.toMatchObject({ code: Code.Unimplemented, message: 'service test.v1.Nope' });
    await expect(client.call('test.v1.Echo', 'Nope', Buffer.from('x'))).rejects.toMatchObject({ code: Code.Unimplemented, message: 'method Nope' });
  });

  it('answers out of order: a slow call does not hold back fast ones', async () => {
    const order: string[] = [];
    const slow = echo.Sleep('300').then((r) => order.push(r));
    const fast = await Promise.all(Array.from({ length: 64 }, (_, i) => echo.Say(`m${i}`)));
    order.push('fast-done');
    await slow;
    expect(fast).toEqual(Array.from({ length: 64 }, (_, i) => `m${i}`));
    expect(order).toEqual(['fast-done', 'slept 300']);
  });

  it('enforces deadlines on both sides and aborts the handler', async () => {
    await expect(echo.Sleep('5000', { timeoutMs: 100 })).rejects.toMatchObject({ code: Code.DeadlineExceeded });
    await sleep(50);
    expect(seen.aborted).toContain('5000');
    // A server deadline: a raw request with timeout_nano and no client-side timer.
    const raw = await rawConnect(sock.path);
    raw.socket.write(encodeFrame(1, FrameType.Request, 0, encodeRequest({ service: 'test.v1.Echo', method: 'Sleep', payload: Buffer.from('5000'), timeoutNano: 100e6, metadata: [] })));
    const f = await raw.next();
    expect(decodeResponse(f.data).status?.code).toBe(Code.DeadlineExceeded);
    raw.socket.destroy();
  });

  it('cancels with an AbortSignal', async () => {
    const ac = new AbortController();
    const p = echo.Sleep('5000', { signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    await expect(p).rejects.toMatchObject({ code: Code.Cancelled });
  });

  it('fails every pending call when the connection closes', async () => {
    const calls = [echo.Sleep('5000'), echo.Sleep('5000')];
    await sleep(20);
    server.close();
    for (const c of calls) await expect(c).rejects.toMatchObject({ code: Code.Unavailable, message: 'ttrpc: closed' });
    await expect(echo.Say('x')).rejects.toMatchObject({ code: Code.Unavailable });
  });

  it('refuses to send an oversized request and answers an oversized response with ResourceExhausted', async () => {
    await expect(echo.Say('x'.repeat(MAX_DATA_LENGTH))).rejects.toMatchObject({ code: Code.ResourceExhausted });
    await expect(echo.Big(String(MAX_DATA_LENGTH))).rejects.toMatchObject({ code: Code.ResourceExhausted });
    // The largest answer that fits: Response{payload} adds a tag and a 4-byte length.
    expect((await echo.Big(String(MAX_DATA_LENGTH - 5))).length).toBe(MAX_DATA_LENGTH - 5);
    expect(await echo.Say('still here')).toBe('still here');
  });

  it('answers protocol errors on the offending stream and keeps the connection', async () => {
    const raw = await rawConnect(sock.path);
    const req = (payload: string) => encodeRequest({ service: 'test.v1.Echo', method: 'Say', payload: Buffer.from(payload), timeoutNano: 0, metadata: [] });
    raw.socket.write(encodeFrame(2, FrameType.Request, 0, req('even')));
    let f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status?.code]).toEqual([2, Code.InvalidArgument]);

    raw.socket.write(encodeFrame(5, FrameType.Request, 0, req('five')));
    f = await raw.next();
    expect([f.streamId, Buffer.from(decodeResponse(f.data).payload).toString()]).toEqual([5, 'five']);
    raw.socket.write(encodeFrame(3, FrameType.Request, 0, req('reused')));
    f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status?.code]).toEqual([3, Code.InvalidArgument]);

    raw.socket.write(oversizedFrame(7));
    f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status?.code]).toEqual([7, Code.ResourceExhausted]);

    raw.socket.write(encodeFrame(9, FrameType.Request, 0, Buffer.from([0x0a, 0xff, 0x01])));
    f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status?.code]).toEqual([9, Code.InvalidArgument]);

    raw.socket.write(encodeFrame(11, FrameType.Request, 0, req('alive')));
    f = await raw.next();
    expect(Buffer.from(decodeResponse(f.data).payload).toString()).toBe('alive');
    raw.socket.destroy();
  });

  it('streams from the server, from the client, and both ways', async () => {
    const got: string[] = [];
    for await (const m of echo.Count('5')) got.push(m);
    expect(got).toEqual(['1', '2', '3', '4', '5']);

    const sum = echo.Sum();
    for (let i = 1; i <= 100; i++) await sum.send(String(i));
    expect(await sum.closeAndReceive()).toBe('5050');

    const chats = Array.from({ length: 8 }, async (_, n) => {
      const chat = echo.Chat();
      const replies: string[] = [];
      const reading = (async () => {
        for await (const r of chat) replies.push(r);
      })();
      for (let i = 0; i < 50; i++) await chat.send(`${n}.${i}`);
      chat.closeSend();
      await reading;
      return replies;
    });
    const all = await Promise.all(chats);
    all.forEach((replies, n) => expect(replies).toEqual(Array.from({ length: 50 }, (_, i) => `re:${n}.${i}`)));
  });

  it('applies back-pressure to a server stream that outruns its reader', async () => {
    const stream = echo.Count('20000');
    let n = 0;
    for await (const _ of stream) {
      if (++n % 5000 === 0) await sleep(20);
    }
    expect(n).toBe(20000);
  });

  it('reports a stream error to the reader', async () => {
    const chat = echo.Chat({ timeoutMs: 100 });
    const reading = (async () => {
      for await (const _ of chat) {
        /* nothing comes */
      }
    })();
    await expect(reading).rejects.toMatchObject({ code: Code.DeadlineExceeded });
  });

  it('shuts down gracefully: in-flight calls finish, then connections close', async () => {
    const inflight = echo.Sleep('200');
    await sleep(20);
    const shutdown = server.shutdown();
    expect(await inflight).toBe('slept 200');
    await shutdown;
    await client.done;
    expect(client.closed).toBe(true);
  });
});

describe('ttrpc over an arbitrary Duplex', () => {
  it('serves and calls over an in-memory pipe', async () => {
    const [a, b] = duplexPair();
    const server = new Server().register(Echo, impl);
    server.serve(a);
    const client = new Client(b);
    const echo = serviceClient(Echo, client);
    expect(await echo.Say('over a pipe')).toBe('over a pipe');
    const got: string[] = [];
    for await (const m of echo.Count('3')) got.push(m);
    expect(got).toEqual(['1', '2', '3']);
    client.close();
    await client.done;
    server.close();
  });
});
