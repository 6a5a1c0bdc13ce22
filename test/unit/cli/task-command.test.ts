import { socketPath, taskCommand } from '../../../src/cli/task-command.js';
import { tempSocket } from '../ttrpc/helpers.js';
import { runCommand } from './helpers.js';

const run = (...argv: string[]) => runCommand(taskCommand, argv);

describe('husk task', () => {
  it.each([
    [['state'], '--address is required'],
    [['explode', '--address', '/x'], 'no Task method "explode"'],
    [['--address', '/x'], 'name one method'],
    [['state', '--address', '/x', '--api', 'v9'], '--api is v2 or v3'],
    [['state', '--address', '/x', '--timeout', '0'], '--timeout is a positive'],
    [['state', '--address', '/x', '--bogus'], "Unknown option '--bogus'"],
    [['state', '--address', '/x', '--request', '{nope'], '--request is not JSON'],
  ])('refuses %j with usage (exit 2)', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  it('fails with exit 1 and the reason when nothing listens', async () => {
    const sock = tempSocket();
    try {
      const r = await run('state', '--address', `unix://${sock.path}`, '--id', 'c1');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/containerd\.task\.v3\.Task\/State: .*ENOENT/);
    } finally {
      sock.cleanup();
    }
  });

  it('reads containerd address forms', () => {
    expect(socketPath('unix:///run/s.sock')).toBe('/run/s.sock');
    expect(socketPath('/run/s.sock')).toBe('/run/s.sock');
    expect(socketPath('@husk/abc')).toBe('\0husk/abc');
    expect(socketPath('unix://@husk/abc')).toBe('\0husk/abc');
  });
});
