/**
 * A shim taking a VM from the cache, over doubles (a scripted daemon, the hypervisor double,
 * a scripted agent check): the commit by renaming the VM's directories into the sandbox's,
 * adoption with its taps, and every way the cache can fail a pod falling through to the next
 * factory without leaving anything in the sandbox's directories. Real QEMU and a real daemon:
 * test/integration/factory/cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { CacheVmFactory, shapeOf } from '../../../src/factory/cache-factory.js';
import type { Handoff } from '../../../src/factory/cache-service.js';
import { takeAgentConnection } from '../../../src/factory/handoff.js';
import { FakeVm, FakeVmFactory } from '../../../src/hypervisor/fake.js';
import type { AdoptedVm, VmConfig } from '../../../src/hypervisor/index.js';
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { alive, endFakeQemus, fakeQemu, waitGone, writePidFile } from './fake-qemu.js';

const log = pino({ level: 'silent' });

let root: string;
let vmsDir: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-cache-factory-'));
  vmsDir = path.join(root, 'cache', 'vms');
  fs.mkdirSync(vmsDir, { recursive: true });
  fs.mkdirSync(path.join(root, 'pod', 'shared'), { recursive: true });
});
afterEach(() => {
  endFakeQemus();
  fs.rmSync(root, { recursive: true, force: true });
});

const DAEMON_NETNS = '/var/run/netns/husk-cache';

function config(nics = 1): VmConfig {
  return {
    id: 'pod-1',
    stateDir: path.join(root, 'pod', 'vm'),
    sharedDir: path.join(root, 'pod', 'shared'),
    memoryMiB: 512,
    vcpus: 1,
    kernelPath: '/k',
    initrdPath: '/i',
    rootfsImagePath: '/r',
    netns: '/var/run/netns/pod',
    networkDevices: Array.from({ length: nics }, (_, i) => ({ tap: `tap${i}_husk`, mac: '0a:00:00:00:00:01' })),
  };
}

/** A cached VM's directory as the daemon leaves it (its QEMU running, pid file written), and the daemon's answer naming it. */
async function cachedVm(id = 'c0a0b0c0d', over: Partial<Handoff> = {}): Promise<Handoff> {
  const dir = path.join(vmsDir, id);
  fs.mkdirSync(path.join(dir, 'vm'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'shared'));
  fs.writeFileSync(path.join(dir, 'vm', 'console.log'), 'restored\n');
  const qemu = await fakeQemu(id);
  writePidFile(path.join(dir, 'vm'), qemu.pid);
  return { vmId: id, dir, pid: qemu.pid, startTime: qemu.startTime, accel: 'tcg', netns: DAEMON_NETNS, taps: [`hk${id.slice(1)}n0`], origin: 'template', ...over };
}

function harness(take: () => Promise<Handoff | undefined>, options: { agent?: () => Promise<unknown>; adopt?: (spec: AdoptedVm) => Promise<FakeVm> } = {}) {
  const next = new FakeVmFactory();
  const adopted: AdoptedVm[] = [];
  const vms: FakeVm[] = [];
  const unreachable: Error[] = [];
  const session = { close: () => undefined };
  const factory = new CacheVmFactory({
    cache: { take: async () => take() },
    vmsDir,
    netns: DAEMON_NETNS,
    adopt:
      options.adopt ??
      (async (spec) => {
        adopted.push(spec);
        const vm = new FakeVm({ ...config(), id: spec.id });
        await vm.pause();
        vms.push(vm);
        return vm;
      }),
    agentReady: async () => ((await options.agent?.()) ?? session) as typeof session,
    next,
    onUnreachable: (err) => unreachable.push(err),
    log,
  });
  return { factory, next, adopted, vms, unreachable, session };
}

describe('CacheVmFactory', () => {
  test('takes a ready VM over: its directories become the sandbox\'s, QEMU is adopted with its taps and resumed, the agent session left for the sandbox', async () => {
    const h = await cachedVm();
    const t = harness(async () => h);
    const vm = await t.factory.create(config());
    expect(t.next.vms).toHaveLength(0);
    // Its taps are found in QEMU's own namespace: the daemon may drop its namespace's name meanwhile.
    expect(t.adopted).toEqual([
      { id: 'pod-1', name: 'c0a0b0c0d', pid: h.pid, startTime: h.startTime, stateDir: config().stateDir, accel: 'tcg', restored: true, taps: { netns: `/proc/${h.pid}/ns/net`, names: ['hk0a0b0c0dn0'] } },
    ]);
    expect(await vm.status()).toBe('running');
    expect(fs.readFileSync(path.join(config().stateDir, 'console.log'), 'utf8')).toBe('restored\n');
    expect(fs.existsSync(h.dir)).toBe(false);
    expect(takeAgentConnection(vm)).toBe(t.session);
  });

  test('a pod without a network takes a VM without NICs and no taps', async () => {
    const h = await cachedVm('c11111111', { taps: [] });
    const t = harness(async () => h);
    await t.factory.create(config(0));
    expect(t.adopted[0]!.taps).toBeUndefined();
  });

  test('the shape it asks for is the config less what makes a VM a pod\'s own', () => {
    expect(shapeOf(config(2))).toEqual({ memoryMiB: 512, vcpus: 1, kernelPath: '/k', initrdPath: '/i', rootfsImagePath: '/r', debug: false, nics: 2 });
  });

  const noDaemon = Object.assign(new Error('connect ENOENT /run/husk/cache/cache.sock'), { code: 'ENOENT' });
  const deadDaemon = Object.assign(new Error('connect ECONNREFUSED /run/husk/cache/cache.sock'), { code: 'ECONNREFUSED' });
  const slow = new HuskError(GrpcCode.DeadlineExceeded, 'no answer within 2000 ms');

  test.each([
    ['absent', noDaemon, 1],
    ['dead (its socket left behind)', deadDaemon, 1],
    ['slow', slow, 0],
  ])('a daemon that is %s: the next factory makes the VM', async (_what, err, sweeps) => {
    const t = harness(async () => Promise.reject(err));
    const vm = await t.factory.create(config());
    expect(t.next.vms).toEqual([vm]);
    expect(t.unreachable).toHaveLength(sweeps);
  });

  test('an empty cache: the next factory makes the VM', async () => {
    const t = harness(async () => undefined);
    expect(await t.factory.create(config())).toBe(t.next.vms[0]);
  });

  test.each([
    ['a directory outside its own', { dir: '/etc' }],
    ['taps for another number of NICs', { taps: ['a', 'b'] }],
    ['a tap name no device can have', { taps: ['../../x'] }],
    ['an unknown accelerator', { accel: 'xen' }],
    ['an impossible pid', { pid: 1 }],
    ['an invalid VM id', { vmId: '../c0a0b0c0d' }],
    ['taps in a namespace not its own', { netns: '/var/run/netns/some-pod' }],
  ])('a daemon answering with %s is not followed: nothing is moved, the next factory makes the VM', async (_what, over) => {
    const h = await cachedVm('c22222222');
    const t = harness(async () => ({ ...h, ...over }));
    const vm = await t.factory.create(config());
    expect(t.next.vms).toEqual([vm]);
    expect(t.adopted).toHaveLength(0);
    expect(fs.readdirSync(path.join(h.dir)).sort()).toEqual(['shared', 'vm']);
    expect(fs.existsSync(config().stateDir)).toBe(false);
  });

  test('a VM that cannot be adopted, or whose agent does not answer, is ended and the next factory makes one in a clean state directory', async () => {
    const first = await cachedVm('c33333333');
    const gone = harness(async () => first, { adopt: async () => Promise.reject(new HuskError(GrpcCode.NotFound, 'its QEMU is no longer running')) });
    expect(await gone.factory.create(config())).toBe(gone.next.vms[0]);
    expect(fs.existsSync(config().stateDir)).toBe(false);

    fs.mkdirSync(config().sharedDir, { recursive: true });
    const second = await cachedVm('c44444444');
    const deaf = harness(async () => second, { agent: async () => Promise.reject(new Error('the agent did not come up')) });
    expect(await deaf.factory.create(config())).toBe(deaf.next.vms[0]);
    expect(deaf.vms[0]!.stopCalls).toEqual([{ force: true }]);
    expect(fs.existsSync(config().stateDir)).toBe(false);
    // The one that could not be adopted was ours once renamed: its QEMU is ended.
    expect(await waitGone(first.pid)).toBe(true);
  });

  test('a pid that is not the QEMU of the VM\'s directory is neither adopted nor signalled; the QEMU the directory names is ended', async () => {
    const h = await cachedVm('c55555555');
    const stranger = await fakeQemu('c66666666');
    const t = harness(async () => ({ ...h, pid: stranger.pid, startTime: stranger.startTime }));
    expect(await t.factory.create(config())).toBe(t.next.vms[0]);
    expect(t.adopted).toHaveLength(0);
    expect(alive(stranger.pid)).toBe(true);
    expect(await waitGone(h.pid)).toBe(true);
    expect(fs.existsSync(config().stateDir)).toBe(false);
  });

  test('a VM the daemon claimed back before the shim\'s commit stays the daemon\'s: not adopted, not signalled', async () => {
    const h = await cachedVm('c77777777');
    // What the daemon's reclaim does (cache-daemon.ts claimVm) between its answer and the shim's rename.
    fs.renameSync(path.join(h.dir, 'vm'), path.join(h.dir, 'vm.dead'));
    const t = harness(async () => h);
    expect(await t.factory.create(config())).toBe(t.next.vms[0]);
    expect(t.adopted).toHaveLength(0);
    expect(alive(h.pid)).toBe(true);
    expect(fs.existsSync(path.join(h.dir, 'vm.dead', 'qemu.pid'))).toBe(true);
  });

  test('a template being made, and a pod that asked for no template, never come from the cache', async () => {
    const t = harness(async () => Promise.reject(new Error('not asked')));
    await t.factory.create({ ...config(), fromTemplate: false });
    await t.factory.create({ ...config(), id: 'tpl-1', memory: { mode: 'template', file: '/m' } });
    expect(t.next.vms).toHaveLength(2);
    expect(t.unreachable).toHaveLength(0);
  });
});
