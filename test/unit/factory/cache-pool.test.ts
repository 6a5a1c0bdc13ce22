/**
 * The VM cache's pools over the hypervisor double: filled one VM at a time to their size,
 * refilled after a take, shapes learned from misses and dropped when idle, stale VMs of a
 * rebuilt image dropped, failures backed off, dead ready VMs replaced, everything ended on
 * close. The daemon around it runs on real QEMU in test/integration/factory/cache.
 */
import { pino } from 'pino';
import { FakeVm } from '../../../src/hypervisor/fake.js';
import { VmCache, type CachedVm, type VmShape } from '../../../src/factory/cache-pool.js';

const log = pino({ level: 'silent' });
const shape = (nics: number): VmShape => ({ memoryMiB: 512, vcpus: 1, kernelPath: '/k', initrdPath: '/i', rootfsImagePath: '/r', debug: false, nics });

function harness(options: { size?: number; idleMs?: number; backoffMs?: number } = {}) {
  let n = 0;
  let concurrent = 0;
  const seen = { maxConcurrent: 0, made: [] as CachedVm[], discarded: [] as Array<[string, string]> };
  const state = { image: 'v1', fail: undefined as Error | undefined };
  const cache = new VmCache(
    {
      make: async (s) => {
        concurrent++;
        seen.maxConcurrent = Math.max(seen.maxConcurrent, concurrent);
        await new Promise((r) => setTimeout(r, 5));
        concurrent--;
        if (state.fail) throw state.fail;
        const id = `c${++n}`;
        const vm = new FakeVm({ id, stateDir: `/x/${id}/vm`, sharedDir: `/x/${id}/shared`, memoryMiB: s.memoryMiB, vcpus: s.vcpus, kernelPath: s.kernelPath, initrdPath: s.initrdPath, rootfsImagePath: s.rootfsImagePath });
        const c: CachedVm = { id, vm, dir: `/x/${id}`, taps: Array.from({ length: s.nics }, (_, i) => `hk${id}n${i}`), origin: 'template', image: state.image };
        seen.made.push(c);
        return c;
      },
      discard: async (c, why) => {
        seen.discarded.push([c.id, why]);
        await c.vm.stop({ force: true });
      },
      image: async () => state.image,
      log,
    },
    { size: options.size ?? 2, idleMs: options.idleMs, backoffMs: options.backoffMs ?? 20 },
  );
  return { cache, seen, state };
}

describe('VmCache', () => {
  test('fills each kept shape to its size, one VM at a time, and hands them out', async () => {
    const { cache, seen } = harness();
    cache.keep(shape(0), { pinned: true });
    cache.keep(shape(1), { pinned: true });
    await cache.settled();
    expect(seen.made).toHaveLength(4);
    expect(seen.maxConcurrent).toBe(1);
    expect(cache.status().map((p) => [p.shape.nics, p.ready, p.target])).toEqual([
      [0, 2, 2],
      [1, 2, 2],
    ]);

    const got = await cache.take(shape(1));
    expect(got?.taps).toHaveLength(1);
    expect(cache.status()[1]).toMatchObject({ ready: 1, taken: 1, missed: 0 });
    await cache.settled();
    expect(cache.status()[1]).toMatchObject({ ready: 2, taken: 1 });
    expect(seen.made).toHaveLength(5);
    // The taken VM is no longer the cache's: closing leaves it alone.
    await cache.close();
    expect(seen.discarded.map(([id]) => id).sort()).toEqual(seen.made.filter((c) => c !== got).map((c) => c.id).sort());
    expect(seen.discarded.every(([, why]) => why === 'the cache is closing')).toBe(true);
    expect((got!.vm as FakeVm).teardowns).toBe(0);
  });

  test('a shape nobody kept is a miss, then kept; one idle for too long is dropped unless pinned', async () => {
    const { cache, seen } = harness({ size: 1, idleMs: 50 });
    cache.keep(shape(0), { pinned: true });
    expect(await cache.take(shape(3))).toBeUndefined();
    await cache.settled();
    expect(cache.status().map((p) => [p.shape.nics, p.ready, p.missed])).toEqual([
      [0, 1, 0],
      [3, 1, 1],
    ]);
    expect(await cache.take(shape(3))).toBeDefined();
    await cache.settled();
    await new Promise((r) => setTimeout(r, 80));
    // The next fill pass drops the idle shape and its VMs.
    await cache.take(shape(0));
    await cache.settled();
    expect(cache.status().map((p) => p.shape.nics)).toEqual([0]);
    expect(seen.discarded).toEqual([[expect.any(String), 'nobody asked for its shape for a while']]);
    await cache.close();
  });

  test('VMs of a guest image rebuilt since they started are dropped, not handed out', async () => {
    const { cache, seen, state } = harness();
    cache.keep(shape(0), { pinned: true });
    await cache.settled();
    state.image = 'v2';
    const got = await cache.take(shape(0));
    expect(got).toBeUndefined();
    expect(seen.discarded.map(([, why]) => why)).toEqual(['its guest image was rebuilt', 'its guest image was rebuilt']);
    await cache.settled();
    expect((await cache.take(shape(0)))?.image).toBe('v2');
    await cache.close();
  });

  test('a failing make is retried after a back-off, and the status says why', async () => {
    const { cache, state } = harness({ size: 1, backoffMs: 30 });
    state.fail = new Error('no space left on device');
    cache.keep(shape(0), { pinned: true });
    await cache.settled();
    expect(cache.status()[0]).toMatchObject({ ready: 0, lastError: 'no space left on device' });
    state.fail = undefined;
    await new Promise((r) => setTimeout(r, 60));
    await cache.settled();
    expect(cache.status()[0]).toMatchObject({ ready: 1 });
    expect(cache.status()[0]!.lastError).toBeUndefined();
    await cache.close();
  });

  test('a ready VM that dies is replaced', async () => {
    const { cache, seen } = harness({ size: 1 });
    cache.keep(shape(0), { pinned: true });
    await cache.settled();
    (seen.made[0]!.vm as FakeVm).die('qemu-exit');
    await new Promise((r) => setImmediate(r));
    await cache.settled();
    expect(seen.discarded).toEqual([[seen.made[0]!.id, 'it died (qemu-exit)']]);
    expect(seen.made).toHaveLength(2);
    expect((await cache.take(shape(0)))?.id).toBe(seen.made[1]!.id);
    await cache.close();
  });
});
