/**
 * Wire compatibility against the real Go implementations (github.com/containerd/ttrpc and
 * containerd's API types), through the Go peer described in CONTRACT.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Long from 'long';
import { Client, Code, decodeResponse, encodeFrame, encodeRequest, FrameType, MAX_DATA_LENGTH, Server, serviceClient } from '../../src/ttrpc/index.js';
import { TaskV2, TaskV3 } from '../../src/api/task.js';
import { messageType } from '../../src/api/registry.js';
import * as containerdApi from '../../api/gen/containerd.js';
import { oversizedFrame, rawConnect, tempSocket } from '../unit/ttrpc/helpers.js';
import { Blob, implementations, NAMESPACE_KEY, stateFor, Streaming } from './husk-services.js';
import { runGo, startGoServer } from './peer.js';

const GO_CLIENT_CHECKS = [
  'state-v2', 'state-v3', 'kill-notfound', 'kill-invalid', 'unknown-method', 'unknown-service', 'deadline',
  'out-of-order', 'concurrent-64', 'max-request', 'max-response', 'over-response', 'stream-echo', 'stream-sum',
  'stream-count', 'stream-concurrent',
];

/** Payload sizes that make a frame's data exactly `MAX_DATA_LENGTH` (derived in the tests below). */
const ECHO_MAX = MAX_DATA_LENGTH - 38;
const MAKE_MAX = MAX_DATA_LENGTH - 10;

describe('Go ttrpc client → husk server', () => {
  it('passes every check of the Go client', async () => {
    const sock = tempSocket();
    const server = new Server()
      .register(TaskV2, implementations.taskV2)
      .register(TaskV3, implementations.taskV3)
      .register(Blob, implementations.blob)
      .register(Streaming, implementations.streaming);
    await server.listen(sock.path);
    try {
      const { lines, exitCode, stderr } = await runGo(['client', '--addr', sock.path]);
      const failed = lines.filter((l) => !l.ok);
      expect(failed).toEqual([]);
      expect(lines.map((l) => l.check).sort()).toEqual([...GO_CLIENT_CHECKS].sort());
      expect({ exitCode, stderr: exitCode ? stderr : '' }).toEqual({ exitCode: 0, stderr: '' });
    } finally {
      server.close();
      sock.cleanup();
    }
  });
});

describe('husk client → Go ttrpc server', () => {
  let sock: ReturnType<typeof tempSocket>;
  let go: { stop(): Promise<void> };
  let client: Client;

  beforeAll(async () => {
    sock = tempSocket();
    go = await startGoServer(sock.path);
    client = await Client.connect(sock.path, { metadata: { [NAMESPACE_KEY]: 'k8s.io' } });
  });
  afterAll(async () => {
    client.close();
    await go.stop();
    sock.cleanup();
  });

  it.each([
    ['v2', TaskV2],
    ['v3', TaskV3],
  ])('calls Task %s State and decodes every field', async (_v, def) => {
    const task = serviceClient(def, client);
    const st = await task.State({ id: 'c1', exec_id: 'e1' });
    const obj = containerdApi.containerd.task.v3.StateResponse.toObject(st, { longs: Number });
    expect(obj).toEqual(stateFor('c1', 'e1', 'k8s.io'));
  });

  it('gets status codes and messages from Go handlers', async () => {
    const task = serviceClient(TaskV3, client);
    await expect(task.Kill({ id: 'missing' })).rejects.toMatchObject({ code: Code.NotFound, message: 'container missing: not found' });
    await expect(task.Kill({ id: 'a/b' })).rejects.toMatchObject({ code: Code.InvalidArgument, message: 'invalid id' });
    await expect(task.Pids({ id: 'c1' })).rejects.toMatchObject({ code: Code.Unimplemented });
    await expect(client.call('containerd.task.v3.Task', 'Nope', new Uint8Array())).rejects.toMatchObject({ code: Code.Unimplemented });
    await expect(client.call('no.such.Service', 'State', new Uint8Array())).rejects.toMatchObject({ code: Code.Unimplemented });
  });

  it('sends deadlines the Go server honours, and gets out-of-order answers', async () => {
    const task = serviceClient(TaskV3, client);
    // DeadlineExceeded, not the handler's answer at 5 s: the 300 ms deadline ended the call.
    await expect(task.Wait({ id: 'sleep-5000' }, { timeoutMs: 300 })).rejects.toMatchObject({ code: Code.DeadlineExceeded });
    // Without a local timer: the Go server's own deadline from timeout_nano must fire.
    const raw = await rawConnect(sock.path);
    raw.socket.write(encodeFrame(1, FrameType.Request, 0, encodeRequest({ service: 'containerd.task.v3.Task', method: 'Wait', payload: containerdApi.containerd.task.v3.WaitRequest.encode({ id: 'sleep-5000' }).finish(), timeoutNano: 200e6, metadata: [] })));
    expect(decodeResponse((await raw.next()).data).status?.code).toBe(Code.DeadlineExceeded);
    raw.socket.destroy();

    const order: string[] = [];
    const slow = task.Wait({ id: 'sleep-500' }).then(() => order.push('slow'));
    await Promise.all(Array.from({ length: 64 }, (_, i) => task.State({ id: `c${i}` }).then((s) => expect(s.id).toBe(`c${i}`))));
    order.push('fast');
    await slow;
    expect(order).toEqual(['fast', 'slow']);
  });

  it('moves frames of exactly 4 MiB; past it, refuses locally or sees Go drop the connection', async () => {
    const blob = serviceClient(Blob, client);
    const plain = await Client.connect(sock.path); // no default metadata, so the sizes are exact
    const plainBlob = serviceClient(Blob, plain);
    const echoReq = encodeRequest({ service: Blob.name, method: 'Echo', payload: Blob.methods.Echo.request.encode({ value: Buffer.alloc(ECHO_MAX) }), timeoutNano: 0, metadata: [] });
    expect(echoReq.length).toBe(MAX_DATA_LENGTH);
    expect((await plainBlob.Echo({ value: Buffer.alloc(ECHO_MAX, 1) })).value.length).toBe(ECHO_MAX);
    await expect(plainBlob.Echo({ value: Buffer.alloc(ECHO_MAX + 1) })).rejects.toMatchObject({ code: Code.ResourceExhausted });
    expect((await blob.Make({ value: MAKE_MAX })).value.length).toBe(MAKE_MAX);
    // Go's server cannot send an oversized answer and closes the connection instead of
    // answering with a status (CONTRACT.md, fact b): the call fails as closed, and only that
    // connection is lost.
    const doomed = await Client.connect(sock.path);
    await expect(serviceClient(Blob, doomed).Make({ value: MAKE_MAX + 1 })).rejects.toMatchObject({ code: Code.Unavailable });
    doomed.close();
    expect((await serviceClient(TaskV3, client).State({ id: 'after' })).id).toBe('after');
    plain.close();
  });

  it('gets the same protocol errors from Go as from husk: even id, oversized frame', async () => {
    const raw = await rawConnect(sock.path);
    const state = (id: number) => encodeFrame(id, FrameType.Request, 0, encodeRequest({ service: 'containerd.task.v3.Task', method: 'State', payload: containerdApi.containerd.task.v3.StateRequest.encode({ id: 'x' }).finish(), timeoutNano: 0, metadata: [] }));
    raw.socket.write(state(2));
    let f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status?.code]).toEqual([2, Code.InvalidArgument]);
    raw.socket.write(oversizedFrame(3));
    f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status?.code]).toEqual([3, Code.ResourceExhausted]);
    raw.socket.write(state(5));
    f = await raw.next();
    expect([f.streamId, decodeResponse(f.data).status]).toEqual([5, undefined]);
    raw.socket.destroy();
  });

  it('streams both ways, from the client and from the server', async () => {
    const s = serviceClient(Streaming, client);
    const echoes = await Promise.all(
      Array.from({ length: 8 }, async (_, n) => {
        const chat = s.EchoStream();
        const got: string[] = [];
        const reading = (async () => {
          for await (const m of chat) got.push(Buffer.from(m.value).toString());
        })();
        for (let i = 0; i < 100; i++) await chat.send({ value: Buffer.from(`${n}:${i}`) });
        chat.closeSend();
        await reading;
        return got;
      }),
    );
    echoes.forEach((got, n) => expect(got).toEqual(Array.from({ length: 100 }, (_, i) => `${n}:${i}`)));

    const sum = s.Sum();
    for (let i = 1; i <= 1000; i++) await sum.send({ value: i });
    await sum.send({ value: Long.fromString('9007199254740993') });
    expect((await sum.closeAndReceive()).value.toString()).toBe(String(500500n + 9007199254740993n));

    let count = 0;
    for await (const m of s.Count({ value: 1000 })) expect(Number(m.value)).toBe(++count);
    expect(count).toBe(1000);
  });
});

describe('message encodings against containerd Go types', () => {
  it('decodes every Go-encoded message with equal fields, and Go decodes husk encodings equal', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-vectors-'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-encoded-'));
    try {
      const gen = await runGo(['vectors', '--out', dir]);
      expect(gen.exitCode).toBe(0);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as string[];
      const problems: string[] = [];
      for (const name of manifest) {
        const T = messageType(name) as any;
        if (!T?.decode) {
          problems.push(`${name}: no such message in api/`);
          continue;
        }
        const want = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
        const got = T.toObject(T.decode(fs.readFileSync(path.join(dir, `${name}.bin`))), { longs: String, enums: Number, bytes: String });
        try {
          expect(got).toEqual(want);
        } catch {
          problems.push(`${name}: decoded ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
        }
        fs.writeFileSync(path.join(out, `${name}.bin`), T.encode(T.fromObject(want)).finish());
      }
      expect(problems).toEqual([]);
      const checked = await runGo(['check', '--in', out]);
      expect(checked.lines.filter((l) => !l.ok)).toEqual([]);
      expect(checked.lines.length).toBe(manifest.length);
      expect(checked.exitCode).toBe(0);
      // The contract's roots: every Task, Sandbox and event message is in the manifest.
      for (const prefix of ['containerd.task.v2.', 'containerd.task.v3.', 'containerd.runtime.sandbox.v1.', 'containerd.events.', 'io.containerd.cgroups.v1.', 'io.containerd.cgroups.v2.']) {
        expect(manifest.some((n) => n.startsWith(prefix))).toBe(true);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
