import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { HypervisorError } from '../../../src/hypervisor/hypervisor.js';
import { QmpClient, QmpCommandError, type QmpEvent } from '../../../src/hypervisor/qemu/qmp.js';
import { GrpcCode } from '../../../src/errors.js';

/** A scripted QMP server: records each command and lets the test answer when it likes. */
class FakeQmpServer {
  readonly server = net.createServer();
  readonly commands: Array<{ execute: string; id: unknown; arguments?: unknown }> = [];
  conn: net.Socket | undefined;
  private waiters: Array<() => void> = [];
  greet = true;

  constructor(readonly socketPath: string) {
    this.server.on('connection', (c) => {
      this.conn = c;
      c.on('error', () => {});
      if (this.greet) this.send({ QMP: { version: { qemu: { major: 7, minor: 2, micro: 0 }, package: '' }, capabilities: ['oob'] } });
      let buf = '';
      c.setEncoding('utf8');
      c.on('data', (d: string) => {
        buf += d;
        let n: number;
        while ((n = buf.indexOf('\n')) >= 0) {
          const msg = JSON.parse(buf.slice(0, n));
          buf = buf.slice(n + 1);
          if (msg.execute === 'qmp_capabilities') {
            this.send({ return: {}, id: msg.id });
            continue;
          }
          this.commands.push(msg);
          for (const w of this.waiters.splice(0)) w();
        }
      });
    });
  }

  listen(): Promise<void> {
    return new Promise((r) => this.server.listen(this.socketPath, r));
  }

  send(obj: unknown): void {
    // QEMU ends lines with CRLF.
    this.conn!.write(JSON.stringify(obj) + '\r\n');
  }

  async waitCommands(n: number): Promise<void> {
    while (this.commands.length < n) await new Promise<void>((r) => this.waiters.push(r));
  }

  close(): Promise<void> {
    this.conn?.destroy();
    return new Promise((r) => this.server.close(() => r()));
  }
}

let dir: string;
let server: FakeQmpServer;
let client: QmpClient | undefined;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'husk-qmp-test-'));
  server = new FakeQmpServer(path.join(dir, 'qmp.sock'));
  await server.listen();
});

afterEach(async () => {
  client?.close();
  client = undefined;
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test('handshake reads the greeting and negotiates capabilities', async () => {
  client = await QmpClient.connect(server.socketPath);
  expect(client.greeting?.version?.qemu).toEqual({ major: 7, minor: 2, micro: 0 });
  expect(client.isClosed).toBe(false);
});

test('handshake times out when QEMU never greets', async () => {
  server.greet = false;
  await expect(QmpClient.connect(server.socketPath, { timeoutMs: 100 })).rejects.toThrow(/^QMP handshake on .*qmp\.sock: QMP greeting did not arrive within \d+ ms$/);
});

test('connect names the socket it could not reach', async () => {
  const missing = path.join(dir, 'missing.sock');
  const err = await QmpClient.connect(missing).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(HypervisorError);
  expect((err as HypervisorError).message).toContain(missing);
  expect((err as HypervisorError).grpcCode).toBe(GrpcCode.Unavailable);
});

test('commands carry ids and answers are matched by id, in any order', async () => {
  client = await QmpClient.connect(server.socketPath);
  const a = client.execute('query-status');
  const b = client.execute('query-kvm');
  const c = client.execute('human-monitor-command', { 'command-line': 'info version' });
  await server.waitCommands(3);
  const [ca, cb, cc] = server.commands;
  expect(new Set([ca!.id, cb!.id, cc!.id]).size).toBe(3);
  expect(cc!.arguments).toEqual({ 'command-line': 'info version' });
  server.send({ return: 'third', id: cc!.id });
  server.send({ return: { enabled: true }, id: cb!.id });
  server.send({ return: { status: 'running' }, id: ca!.id });
  await expect(a).resolves.toEqual({ status: 'running' });
  await expect(b).resolves.toEqual({ enabled: true });
  await expect(c).resolves.toBe('third');
});

test('an error answer rejects with the command, class and description', async () => {
  client = await QmpClient.connect(server.socketPath);
  const p = client.execute('nope');
  await server.waitCommands(1);
  server.send({ error: { class: 'CommandNotFound', desc: 'The command nope has not been found' }, id: server.commands[0]!.id });
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(QmpCommandError);
  expect((err as QmpCommandError).qmpClass).toBe('CommandNotFound');
  expect((err as QmpCommandError).message).toBe('QMP command "nope" failed: CommandNotFound: The command nope has not been found');
});

test('events reach every listener, interleaved with answers, and unsubscribing works', async () => {
  client = await QmpClient.connect(server.socketPath);
  const seen: QmpEvent[] = [];
  const seen2: string[] = [];
  client.onEvent((e) => seen.push(e));
  const off = client.onEvent((e) => seen2.push(e.event));
  client.onEvent(() => {
    throw new Error('a buggy listener');
  });
  const p = client.execute('stop');
  await server.waitCommands(1);
  server.send({ event: 'STOP', data: {}, timestamp: { seconds: 1700000000, microseconds: 250000 } });
  server.send({ return: {}, id: server.commands[0]!.id });
  await p;
  off();
  server.send({ event: 'SHUTDOWN', data: { guest: true, reason: 'guest-shutdown' }, timestamp: { seconds: 1700000001, microseconds: 0 } });
  for (let i = 0; i < 200 && seen.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
  expect(seen.map((e) => e.event)).toEqual(['STOP', 'SHUTDOWN']);
  expect(seen[0]!.at.getTime()).toBe(1700000000250);
  expect(seen[1]!.data).toEqual({ guest: true, reason: 'guest-shutdown' });
  expect(seen2).toEqual(['STOP']);
});

test('a command times out with its name; a late answer is ignored', async () => {
  client = await QmpClient.connect(server.socketPath);
  const err = await client.execute('query-status', undefined, { timeoutMs: 50 }).catch((e: unknown) => e);
  expect((err as HypervisorError).message).toBe('QMP command "query-status" timed out after 50 ms');
  expect((err as HypervisorError).grpcCode).toBe(GrpcCode.DeadlineExceeded);
  server.send({ return: { status: 'running' }, id: server.commands[0]!.id });
  // The connection still works after the stray answer.
  const next = client.execute('query-kvm');
  await server.waitCommands(2);
  server.send({ return: { enabled: false }, id: server.commands[1]!.id });
  await expect(next).resolves.toEqual({ enabled: false });
});

test('the socket closing rejects every pending command, naming it, and later ones at once', async () => {
  client = await QmpClient.connect(server.socketPath);
  const a = client.execute('query-status').catch((e: unknown) => e);
  const b = client.execute('quit').catch((e: unknown) => e);
  await server.waitCommands(2);
  server.conn!.destroy();
  expect(((await a) as Error).message).toMatch(/^QMP connection closed while waiting for "query-status"/);
  expect(((await b) as Error).message).toMatch(/^QMP connection closed while waiting for "quit"/);
  expect(((await a) as HypervisorError).grpcCode).toBe(GrpcCode.Unavailable);
  await client.closed;
  expect(client.isClosed).toBe(true);
  await expect(client.execute('cont')).rejects.toThrow(/closed while waiting for "cont"/);
});

test('a line that is not JSON closes the connection and fails pending commands', async () => {
  client = await QmpClient.connect(server.socketPath);
  const p = client.execute('query-status').catch((e: unknown) => e);
  await server.waitCommands(1);
  server.conn!.write('this is not qmp\n');
  const err = (await p) as Error;
  expect(err.message).toMatch(/"query-status".*not a JSON object: this is not qmp/);
});

test('close() from the client rejects pending commands', async () => {
  client = await QmpClient.connect(server.socketPath);
  const p = client.execute('query-status').catch((e: unknown) => e);
  client.close();
  expect(((await p) as Error).message).toMatch(/closed by the client/);
});

test('a JSON object split across writes is reassembled', async () => {
  client = await QmpClient.connect(server.socketPath);
  const p = client.execute('query-name');
  await server.waitCommands(1);
  const line = JSON.stringify({ return: { name: 'husk-ü' }, id: server.commands[0]!.id }) + '\r\n';
  const bytes = Buffer.from(line);
  // Split inside the two-byte "ü" too.
  const cut = bytes.indexOf(Buffer.from('ü')) + 1;
  server.conn!.write(bytes.subarray(0, cut));
  await new Promise((r) => setTimeout(r, 20));
  server.conn!.write(bytes.subarray(cut));
  await expect(p).resolves.toEqual({ name: 'husk-ü' });
});
