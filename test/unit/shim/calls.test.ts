import { CallsInProgress } from '../../../src/shim/calls.js';

describe('CallsInProgress', () => {
  it('is idle at once with nothing tracked', async () => {
    await new CallsInProgress().idle();
  });

  it('waits for every call, those tracked while it waits and failed ones included', async () => {
    const calls = new CallsInProgress();
    const order: string[] = [];
    let endFirst!: () => void;
    const first = calls.track(new Promise<void>((r) => (endFirst = r)).then(() => order.push('first')));
    const failing = calls.track(Promise.reject(new Error('refused')));
    await expect(failing).rejects.toThrow('refused');
    const idle = calls.idle().then(() => order.push('idle'));
    let endLate!: () => void;
    setImmediate(() => {
      void calls.track(new Promise<void>((r) => (endLate = r)).then(() => order.push('late')));
      endFirst();
      setImmediate(() => endLate());
    });
    await Promise.all([first, idle]);
    expect(order).toEqual(['first', 'late', 'idle']);
  });

  it('passes the result through', async () => {
    await expect(new CallsInProgress().track(Promise.resolve(7))).resolves.toBe(7);
  });
});
