/**
 * The guest agent on this host, with real runc and busybox containers, reached through the
 * host-side AgentClient over a unix socket (in the VM the same bytes cross a virtio-serial
 * port). Needs root and runc.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import { AgentClient } from '../../../src/agent/client.js';
import { startAgent, type RunningAgent } from '../../../src/guest/main.js';
import { ociSpec } from '../../../src/api/oci.js';
import { GrpcCode } from '../../../src/errors.js';

const BUSYBOX = '/bin/busybox';

let dir: string;
let agent: RunningAgent;
let client: AgentClient;
let baseSpec: Record<string, any>;
let rootfs: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-agent-'));
  rootfs = path.join(dir, 'rootfs');
  fs.mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
  fs.copyFileSync(BUSYBOX, path.join(rootfs, 'bin', 'busybox'));
  fs.chmodSync(path.join(rootfs, 'bin', 'busybox'), 0o755);
  for (const a of ['sh', 'cat', 'echo', 'sleep', 'true', 'stty']) fs.symlinkSync('busybox', path.join(rootfs, 'bin', a));
  await execa('runc', ['spec'], { cwd: dir });
  baseSpec = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
  baseSpec.process.terminal = false;
  baseSpec.root = { path: rootfs, readonly: true };

  const sock = path.join(dir, 'agent.sock');
  agent = await startAgent({ portName: 'unused', listen: sock, stateDir: path.join(dir, 'state'), cgroupRoot: '/sys/fs/cgroup', runcBinary: 'runc', logLevel: 'warn' });
  client = await AgentClient.connect(sock, { budgets: { ready: 5000 } });
  await client.calls.CreateSandbox({ sandbox_id: 'sb1', hostname: '' });
});

afterAll(async () => {
  client?.close();
  await agent?.stop();
  const left = await execa('runc', ['--root', path.join(dir, 'state', 'runc'), 'list', '-q'], { reject: false });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(left.stdout.trim()).toBe('');
});

function spec(args: string[]) {
  return ociSpec.toProto({ ...baseSpec, process: { ...baseSpec.process, args } });
}

async function readAll(id: string, exec = '', which: 'ReadStdout' | 'ReadStderr' = 'ReadStdout'): Promise<string> {
  let out = '';
  for (;;) {
    try {
      out += Buffer.from((await client.calls[which]({ container_id: id, exec_id: exec, len: 4096 })).data).toString();
    } catch (err) {
      expect(err).toMatchObject({ grpcCode: GrpcCode.OutOfRange });
      return out;
    }
  }
}

async function run(id: string, args: string[]) {
  await client.calls.CreateContainer({ container_id: id, exec_id: id, OCI: spec(args) });
  await client.calls.StartContainer({ container_id: id });
}

describe('guest agent with runc', () => {
  it('runs a container: stdout, stderr and its exit code', async () => {
    await run('c1', ['sh', '-c', 'echo hello; echo oops >&2; exit 7']);
    const [out, err] = await Promise.all([readAll('c1'), readAll('c1', '', 'ReadStderr')]);
    expect({ out, err }).toEqual({ out: 'hello\n', err: 'oops\n' });
    expect((await client.calls.WaitProcess({ container_id: 'c1' })).status).toBe(7);
    await client.calls.RemoveContainer({ container_id: 'c1' });
  });

  it('feeds stdin and closes it', async () => {
    await run('c2', ['cat']);
    expect((await client.calls.WriteStdin({ container_id: 'c2', data: Buffer.from('ping\n') })).len).toBe(5);
    await client.calls.CloseStdin({ container_id: 'c2' });
    expect(await readAll('c2')).toBe('ping\n');
    expect((await client.calls.WaitProcess({ container_id: 'c2' })).status).toBe(0);
    await client.calls.RemoveContainer({ container_id: 'c2' });
  });

  it('reports 128+signal for signalled processes, and pauses and resumes', async () => {
    await run('c3', ['sleep', '100']);
    await client.calls.PauseContainer({ container_id: 'c3' });
    await expect(client.calls.PauseContainer({ container_id: 'c3' })).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await client.calls.ResumeContainer({ container_id: 'c3' });
    // The container's init is pid 1 of its namespace, which ignores SIGTERM without a
    // handler, as under any runtime; an exec is an ordinary process.
    await client.calls.ExecProcess({ container_id: 'c3', exec_id: 'sleeper', process: spec(['sleep', '100']).Process });
    await client.calls.SignalProcess({ container_id: 'c3', exec_id: 'sleeper', signal: 15 });
    expect((await client.calls.WaitProcess({ container_id: 'c3', exec_id: 'sleeper' })).status).toBe(143);
    await client.calls.SignalProcess({ container_id: 'c3', signal: 9 });
    expect((await client.calls.WaitProcess({ container_id: 'c3' })).status).toBe(137);
    await expect(client.calls.SignalProcess({ container_id: 'c3', signal: 15 })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await client.calls.RemoveContainer({ container_id: 'c3' });
  });

  it('execs into a running container, then removing it kills what still runs', async () => {
    await run('c4', ['sleep', '100']);
    await client.calls.ExecProcess({ container_id: 'c4', exec_id: 'e1', process: spec(['sh', '-c', 'echo from-exec; exit 3']).Process });
    expect(await readAll('c4', 'e1')).toBe('from-exec\n');
    expect((await client.calls.WaitProcess({ container_id: 'c4', exec_id: 'e1' })).status).toBe(3);
    const waiting = client.calls.WaitProcess({ container_id: 'c4' });
    await client.calls.RemoveContainer({ container_id: 'c4', timeout: 5 });
    expect((await waiting).status).toBe(137);
    await expect(client.calls.WaitProcess({ container_id: 'c4' })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
  });

  it('execs with a terminal: input, window size, exit code', async () => {
    await run('c8', ['sleep', '100']);
    const tty = { ...spec(['sh', '-c', 'read x; stty size; echo got:$x; exit 4']).Process, Terminal: true };
    await client.calls.ExecProcess({ container_id: 'c8', exec_id: 't1', process: tty });
    await client.calls.TtyWinResize({ container_id: 'c8', exec_id: 't1', row: 30, column: 100 });
    await client.calls.WriteStdin({ container_id: 'c8', exec_id: 't1', data: Buffer.from('abc\n') });
    const out = await readAll('c8', 't1');
    // A terminal echoes the input and ends lines with CR LF.
    expect(out).toBe('abc\r\n30 100\r\ngot:abc\r\n');
    expect((await client.calls.WaitProcess({ container_id: 'c8', exec_id: 't1' })).status).toBe(4);
    await expect(client.calls.TtyWinResize({ container_id: 'c8', row: 1, column: 1 })).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await client.calls.RemoveContainer({ container_id: 'c8' });
  });

  it('answers bad requests with the right codes', async () => {
    await expect(client.calls.StartContainer({ container_id: 'nope' })).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    await expect(client.calls.CreateContainer({ container_id: '../x', OCI: spec(['true']) })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await expect(client.calls.CreateContainer({ container_id: 'c5' })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    const missingRoot = ociSpec.toProto({ ...baseSpec, root: { path: '/nonexistent/rootfs' } });
    await expect(client.calls.CreateContainer({ container_id: 'c5', OCI: missingRoot })).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await client.calls.CreateContainer({ container_id: 'c7', OCI: spec(['no-such-binary']) });
    await expect(client.calls.StartContainer({ container_id: 'c7' })).rejects.toMatchObject({
      grpcCode: GrpcCode.FailedPrecondition,
      message: expect.stringContaining('"no-such-binary": executable file not found'),
    });
    await client.calls.RemoveContainer({ container_id: 'c7' });
    await run('c6', ['true']);
    await expect(client.calls.StartContainer({ container_id: 'c6' })).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await expect(client.calls.CreateContainer({ container_id: 'c6', OCI: spec(['true']) })).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    expect((await client.calls.WaitProcess({ container_id: 'c6' })).status).toBe(0);
    await client.calls.RemoveContainer({ container_id: 'c6' });
  });
});
