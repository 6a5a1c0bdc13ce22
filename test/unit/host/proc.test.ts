/** Processes that are not ours to wait for: a pid with its start time, gone once it has exited. */
import { spawn } from 'node:child_process';
import { processGone, processStartTime, sameProcess } from '../../../src/host/proc.js';

describe('host processes', () => {
  test('a live process has a start time; the same pid with another start time is not it', () => {
    const start = processStartTime(process.pid);
    expect(start).toMatch(/^\d+$/);
    expect(sameProcess(process.pid, start!)).toBe(true);
    expect(sameProcess(process.pid, `${start}1`)).toBe(false);
    expect(processStartTime(2 ** 22 + 1)).toBeUndefined();
  });

  test('processGone waits while the process lives and resolves once it has exited', async () => {
    const child = spawn('sleep', ['1000'], { stdio: 'ignore' });
    const start = processStartTime(child.pid!)!;
    let soon!: () => void;
    const gone = processGone(child.pid!, start, new Promise<void>((r) => (soon = r)), 60_000);
    let done = false;
    void gone.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toBe(false);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    soon();
    await gone;
    expect(sameProcess(child.pid!, start)).toBe(false);
  });
});
