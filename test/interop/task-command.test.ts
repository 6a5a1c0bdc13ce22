/** `husk task` against the Go peer's Task service (real containerd/ttrpc and API types). */
import { taskCommand } from '../../src/cli/task-command.js';
import { tempSocket } from '../unit/ttrpc/helpers.js';
import { startGoServer } from './peer.js';

describe('husk task → Go ttrpc server', () => {
  let sock: ReturnType<typeof tempSocket>;
  let go: { stop(): Promise<void> };
  beforeAll(async () => {
    sock = tempSocket();
    go = await startGoServer(sock.path);
  });
  afterAll(async () => {
    await go.stop();
    sock.cleanup();
  });

  async function run(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await taskCommand(argv, { write: (s) => void (out += s) }, { write: (s) => void (err += s) });
    return { code, out, err };
  }

  it.each(['v2', 'v3'])('prints State over %s as JSON, namespace sent as metadata', async (api) => {
    const r = await run('state', '--address', `unix://${sock.path}`, '--id', 'c1', '--exec-id', 'e1', '--namespace', 'k8s.io', '--api', api);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toEqual({
      id: 'c1', exec_id: 'e1', bundle: '/run/bundle/c1', pid: 4242, status: 'RUNNING', stdin: 'ns=k8s.io',
      stdout: '/out', stderr: '/err', terminal: true, exit_status: 7, exited_at: { seconds: '1700000000', nanos: 123 },
    });
  });

  it('passes --request fields through and reports status codes (exit 1)', async () => {
    const ok = await run('kill', '--address', sock.path, '--request', '{"id":"c1","signal":9,"all":true}');
    expect(ok).toEqual({ code: 0, out: '{}\n', err: '' });
    const missing = await run('kill', '--address', sock.path, '--id', 'missing');
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('husk task: containerd.task.v3.Task/Kill: NotFound: container missing: not found\n');
    const slow = await run('wait', '--address', sock.path, '--id', 'sleep-5000', '--timeout', '0.2');
    expect(slow.code).toBe(1);
    expect(slow.err).toContain('DeadlineExceeded');
  });
});
