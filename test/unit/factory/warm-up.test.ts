/** The cache's warm-up container over a scripted agent: created, started, waited for, always removed. */
import { warmUp } from '../../../src/factory/warm-up.js';

function agent(status: number | Error) {
  const calls: string[] = [];
  let spec: Record<string, any> = {};
  return {
    calls,
    spec: () => spec,
    createContainer: async (id: string, s: Record<string, unknown>) => void (calls.push(`create ${id}`), (spec = s)),
    startContainer: async (id: string) => void calls.push(`start ${id}`),
    wait: async (id: string, execId: string) => {
      calls.push(`wait ${id} ${JSON.stringify(execId)}`);
      if (status instanceof Error) throw status;
      return status;
    },
    removeContainer: async (id: string, t: number) => void calls.push(`remove ${id} ${t}`),
  };
}

describe('warmUp', () => {
  test('runs true from the image\'s warm-up root, read-only, in a pod\'s namespaces, and removes it', async () => {
    const a = agent(0);
    await warmUp(a);
    expect(a.calls).toEqual(['create husk-warm-up', 'start husk-warm-up', 'wait husk-warm-up ""', 'remove husk-warm-up 10']);
    expect(a.spec().root).toEqual({ path: '/usr/libexec/husk/warm-root', readonly: true });
    expect(a.spec().process.args).toEqual(['/bin/true']);
    expect(a.spec().linux.namespaces.map((n: { type: string }) => n.type)).toEqual(['pid', 'ipc', 'uts', 'mount', 'network']);
  });

  test.each([
    ['exits non-zero', 1, /exited with 1/],
    ['cannot be waited for', new Error('connection lost'), /connection lost/],
  ])('a container that %s fails the warm-up, and is still removed', async (_what, status, message) => {
    const a = agent(status);
    await expect(warmUp(a)).rejects.toThrow(message);
    expect(a.calls.at(-1)).toBe('remove husk-warm-up 10');
  });
});
