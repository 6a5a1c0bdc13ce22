/**
 * A sandbox handed from one shim to the next (Sandbox.record, release, Sandbox.resume) over
 * the hypervisor double (FakeVmFactory.adopt) and the scripted agent with Release
 * (doubles/releasing-agent.ts); and the pieces of its record: PodNetwork, PodResources, LiveVm.
 *
 * Sandbox.record() takes QEMU's start time from /proc, where a fake VM's pid (above pid_max)
 * has none: host/proc.js is replaced by itself with a made-up start time for such pids, so
 * the model is imported after that (dynamic imports below).
 */
import { jest } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import * as proc from '../../../src/host/proc.js';
import { GrpcCode } from '../../../src/errors.js';
import { FakeHotplug, FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import type { Vm } from '../../../src/hypervisor/hypervisor.js';
import { mountPoints, unmount } from '../../../src/sandbox/mounts.js';
import { PodNetwork, type NetnsExec } from '../../../src/sandbox/pod-network.js';
import { PodResources } from '../../../src/sandbox/pod-resources.js';
import { LiveVm, type LiveVmState } from '../../../src/sandbox/live-vm.js';
import type { SandboxConfig, SandboxDeps, SandboxRecord } from '../../../src/sandbox/sandbox.js';
import { GuestOutput, ReleasingAgent } from '../doubles/releasing-agent.js';

const fakeStart = (pid: number) => `fake-start-${pid}`;
jest.unstable_mockModule('../../../src/host/proc.js', () => ({ ...proc, processStartTime: (pid: number) => (pid > 2 ** 22 ? fakeStart(pid) : proc.processStartTime(pid)) }));
const { Sandbox, DIED_UNATTENDED } = await import('../../../src/sandbox/sandbox.js');

const log = pino({ level: 'silent' });
const ROOM = { maxVcpus: 2, maxMemoryMiB: 1024, ports: 2 };
let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-resume-unit-'));
  for (const r of ['rootfs1', 'rootfs2', 'rootfs3']) fs.mkdirSync(path.join(root, r));
});
afterEach(async () => {
  // A test that failed half-way may leave its bind mounts: take them away before the files.
  const left = (await mountPoints()).filter((m) => m.startsWith(`${root}/`));
  for (const m of left.reverse()) await unmount(m);
  fs.rmSync(root, { recursive: true, force: true });
  expect(left).toEqual([]);
});

const config = (): SandboxConfig => ({ id: 'sb', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1, hotplug: ROOM });
const settledYet = async (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

/**
 * A running sandbox as a first shim has it: c1 started with a 128 MiB limit and an exec e1
 * started, c2 created only, a disk hot-plugged.
 */
async function firstShim() {
  const guest = new GuestOutput();
  const agent = new ReleasingAgent(guest);
  const vms = new FakeVmFactory();
  const sandbox = await Sandbox.create(config(), { vms, connectAgent: async () => agent, log });
  await sandbox.start();
  const c1 = await sandbox.createContainer('c1', { linux: { resources: { memory: { limit: 128 * 2 ** 20 } } } }, path.join(root, 'rootfs1'));
  await c1.start();
  const e1 = await c1.exec('e1', { args: ['sh'] });
  const c2 = await sandbox.createContainer('c2', {}, path.join(root, 'rootfs2'));
  await sandbox.live().addDisk({ id: 'data', path: '/dev/loop9', readOnly: true });
  return { guest, agent, vms, vm: vms.vms[0] as FakeVm, sandbox, c1, e1, c2 };
}

/** The second shim's deps: the same hypervisor (adopt), a new connection to the guest. */
function nextShim(vms: FakeVmFactory, guest: GuestOutput, connect?: (vm: Vm) => Promise<ReleasingAgent>) {
  const agent = new ReleasingAgent(guest);
  const connected: Vm[] = [];
  const deps: SandboxDeps = {
    vms,
    resumeVm: (spec) => vms.adopt(spec),
    connectAgent: async (vm) => {
      connected.push(vm);
      return connect ? connect(vm) : agent;
    },
    log,
  };
  return { agent, deps, connected };
}

/** What the store gives back: the record as JSON. */
const stored = (r: SandboxRecord): SandboxRecord => JSON.parse(JSON.stringify(r));

describe('Sandbox record, release and resume', () => {
  it('records the VM as a process (pid, start time), its devices, resources and containers', async () => {
    const { sandbox, vm } = await firstShim();
    const r = sandbox.record();
    expect(r.state).toBe('running');
    expect(r.vm).toMatchObject({ pid: vm.pid, startTime: fakeStart(vm.pid), stateDir: path.join(root, 'state', 'sb', 'vm'), accel: 'tcg', restored: false, consoleLog: vm.consoleLogPath });
    expect(r.vm!.hotplug).toMatchObject({ room: ROOM, boot: { vcpus: 1, memoryMiB: 256 } });
    expect(r.vm!.hotplug!.state.attached).toEqual([expect.objectContaining({ kind: 'disk', disk: { id: 'data', path: '/dev/loop9', readOnly: true } })]);
    expect(r.resources).toMatchObject({ base: { vcpus: 1, memoryMiB: 256 }, boot: { vcpus: 1, memoryMiB: 256 } });
    expect(r.resources!.limits).toEqual({ c1: { memoryMiB: 128, cpus: 0 }, c2: { memoryMiB: 0, cpus: 0 } });
    expect(r.containers).toEqual([
      { id: 'c1', state: 'running', init: { started: true }, execs: { e1: { started: true } } },
      { id: 'c2', state: 'created', init: { started: false }, execs: {} },
    ]);
    await sandbox.delete();
  });

  it('release: the agent ends its waits before it is closed, the VM is let go of and runs on, the processes with it', async () => {
    const { sandbox, agent, vm, c1, e1 } = await firstShim();
    // Output asked for and not there yet: the read is outstanding in the agent.
    c1.init.stdout.on('data', () => undefined);
    await new Promise((r) => setImmediate(r));
    await sandbox.release();
    expect(agent.calls.slice(-2)).toEqual(['release', 'close']);
    expect(agent.releases).toBe(1);
    expect([vm.detaches, vm.teardowns, vm.stopCalls.length, vm.alive]).toEqual([1, 0, 0, true]);
    // Nothing ended: the reads ended untaken, the processes run on for the next shim.
    expect(c1.init.stdout.readableEnded).toBe(false);
    expect([c1.init.exit, e1.exit, sandbox.state]).toEqual([undefined, undefined, 'running']);
    await sandbox.release();
    expect(agent.releases).toBe(1);
    // What happens to the VM now is not this sandbox's to hear.
    vm.die('qemu-exit');
    expect(await settledYet(sandbox.monitor)).toBe(false);
    expect(c1.init.exit).toBeUndefined();
    await sandbox.delete();
  });

  // BUG (reported, not fixed here): Sandbox.release waits for every output read in flight
  // (Process.release) before it closes the agent, but only an agent that ended them
  // (Release) makes them end. An older guest (Release unimplemented: -1), a Release that
  // failed or timed out (also -1), or an agent without release at all leaves them pending:
  // release never returns, and the handover hangs with the shim no longer serving.
  it('release with an agent that cannot end its waits (an older guest: Release answers -1) still lets go of the VM', async () => {
    const { sandbox, agent, vm, c1 } = await firstShim();
    Object.assign(agent, { release: async () => -1 });
    c1.init.stdout.on('data', () => undefined);
    await new Promise((r) => setImmediate(r));
    const released = sandbox.release().then(() => 'released');
    try {
      expect(await Promise.race([released, new Promise((r) => setTimeout(() => r('still waiting'), 1000))])).toBe('released');
      expect([agent.closed, vm.detaches]).toEqual([true, 1]);
    } finally {
      agent.close();
      await released;
      await sandbox.delete();
    }
  });

  it('release makes the process output streams give back what was already answered, and ask for nothing more', async () => {
    const { sandbox, guest, c1 } = await firstShim();
    guest.say('c1', '', 'stdout', 'before\n');
    // Demand without consuming: the answered read's bytes stay in the stream's buffer.
    c1.init.stdout.read(0);
    await new Promise((r) => setImmediate(r));
    await sandbox.release();
    guest.say('c1', '', 'stdout', 'after\n');
    await new Promise((r) => setImmediate(r));
    expect(c1.init.stdout.read()?.toString()).toBe('before\n');
    await new Promise((r) => setImmediate(r));
    expect(c1.init.stdout.read()).toBeNull();
    // The next shim's to read.
    expect(guest.unread('c1', '', 'stdout')).toBe('after\n'.length);
    await sandbox.delete();
  });

  it('resume takes the VM over: containers, states and execs back, processes waited on again, devices and sizes as they were', async () => {
    const first = await firstShim();
    const r = stored(first.sandbox.record());
    await first.sandbox.release();
    const next = nextShim(first.vms, first.guest);
    const s = await Sandbox.resume(r, next.deps);

    expect(first.vm.adoptions).toEqual([{ id: 'sb', name: 'sb', pid: first.vm.pid, startTime: fakeStart(first.vm.pid), stateDir: path.join(root, 'state', 'sb', 'vm'), accel: 'tcg', restored: false, hotplug: r.vm!.hotplug }]);
    expect(next.connected).toEqual([first.vm]);
    expect([s.state, s.pid, s.sharedDir]).toEqual(['running', first.vm.pid, first.sandbox.sharedDir]);
    expect([...s.containers.values()].map((c) => [c.id, c.state, [...c.execs.keys()], c.init.state])).toEqual([
      ['c1', 'running', ['e1'], 'running'],
      ['c2', 'created', [], 'created'],
    ]);
    // The started processes are waited on again through the new connection; c2's is not.
    expect([...next.agent.exits.keys()].sort()).toEqual(['c1/', 'c1/e1']);
    const c1 = s.container('c1');
    const e1 = c1.process('e1');
    // Output and exit come through the new connection.
    const out: Buffer[] = [];
    e1.stdout.on('data', (d: Buffer) => out.push(d));
    e1.stderr.resume();
    first.guest.say('c1', 'e1', 'stdout', 'from the guest\n');
    await new Promise((r) => setImmediate(r));
    expect(e1.exit).toBeUndefined();
    next.agent.exits.get('c1/e1')!(3);
    expect(await e1.wait()).toMatchObject({ status: 3 });
    expect(Buffer.concat(out).toString()).toBe('from the guest\n');
    expect(c1.init.exit).toBeUndefined();

    // The recorded pod state is what the new sandbox goes by.
    const again = s.record();
    expect(again.resources).toEqual(r.resources);
    expect(again.live).toEqual(r.live);
    expect(s.live().disks()).toEqual([{ id: 'data', path: '/dev/loop9', readOnly: true }]);
    await s.live().removeDisk('data');
    expect(first.vm.hotplug!.calls).toEqual(['remove data']);
    expect(await s.live().size()).toEqual({ vcpus: 1, memoryMiB: 384 });

    // It works on as a sandbox: a new container, an exec, a stop through the new agent.
    await s.createContainer('c3', {}, path.join(root, 'rootfs3'));
    await c1.exec('e2', {});
    expect(next.agent.calls).toEqual(['createContainer c3', 'exec c1 e2']);
    next.agent.exits.get('c1/')!(0);
    expect(await c1.init.exited).toMatchObject({ status: 0 });
    expect(c1.state).toBe('stopped');
    await s.stop();
    await s.delete();
    expect(next.agent.calls.slice(-2)).toEqual(['destroySandbox', 'close']);
    expect([first.vm.teardowns, first.vm.alive]).toEqual([1, false]);
    expect(fs.existsSync(path.join(root, 'state', 'sb'))).toBe(false);
  });

  it("the VM's death after resume ends the new sandbox's processes (the new owner hears it)", async () => {
    const first = await firstShim();
    const r = stored(first.sandbox.record());
    await first.sandbox.release();
    const next = nextShim(first.vms, first.guest);
    const s = await Sandbox.resume(r, next.deps);
    first.vm.die('guest-panic');
    expect(await s.monitor).toMatchObject({ reason: 'guest-panic' });
    expect(await s.container('c1').init.exited).toMatchObject({ status: 255, reason: 'the VM died (guest-panic)' });
    expect(await settledYet(first.sandbox.monitor)).toBe(false);
    await s.delete();
  });

  it('a VM gone before resume: a stopped sandbox whose processes all exited 255 (DIED_UNATTENDED)', async () => {
    const first = await firstShim();
    const r = stored(first.sandbox.record());
    await first.sandbox.release();
    first.vm.die('qemu-exit');
    const next = nextShim(first.vms, first.guest);
    const s = await Sandbox.resume(r, next.deps);
    expect(next.connected).toEqual([]);
    expect(s.state).toBe('stopped');
    expect(await s.monitor).toMatchObject({ reason: 'qemu-exit' });
    const c1 = s.container('c1');
    for (const p of [c1.init, c1.process('e1'), s.container('c2').init]) expect(await p.exited).toMatchObject({ status: 255, reason: DIED_UNATTENDED });
    expect([c1.state, s.container('c2').state]).toEqual(['stopped', 'stopped']);
    // Output ends too: a Wait on them answers.
    const e1 = c1.process('e1');
    e1.stdout.resume();
    e1.stderr.resume();
    expect(await e1.wait()).toMatchObject({ status: 255 });
    await expect(s.createContainer('c3', {}, path.join(root, 'rootfs3'))).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    // What it left on the host still goes: the containers' shares, the state directory.
    await s.delete();
    expect(fs.existsSync(path.join(root, 'state', 'sb'))).toBe(false);
  });

  it('a sandbox recorded stopped is resumed stopped without touching any VM', async () => {
    const first = await firstShim();
    await first.sandbox.stop({ force: true });
    const r = stored(first.sandbox.record());
    expect(r.vm).toBeUndefined();
    const next = nextShim(first.vms, first.guest);
    const adopt = jest.spyOn(first.vms, 'adopt');
    const s = await Sandbox.resume(r, next.deps);
    expect(adopt).not.toHaveBeenCalled();
    expect(s.state).toBe('stopped');
    // The exit recorded when the sandbox stopped, with its reason, not one made up now.
    const recorded = r.containers.find((c) => c.id === 'c1')!.init.exit!;
    expect(recorded).toMatchObject({ status: 255, reason: 'the sandbox was stopped' });
    expect(await s.container('c1').init.exited).toEqual({ status: 255, reason: 'the sandbox was stopped', at: new Date(recorded.at) });
    await s.delete();
  });

  it('connectAgent failing: resume rejects and lets go of the VM again, untouched (a later resume takes it)', async () => {
    const first = await firstShim();
    const r = stored(first.sandbox.record());
    await first.sandbox.release();
    const failing = nextShim(first.vms, first.guest, async () => {
      throw new Error('the agent did not answer');
    });
    await expect(Sandbox.resume(r, failing.deps)).rejects.toThrow('the agent did not answer');
    expect([first.vm.detaches, first.vm.stopCalls, first.vm.alive]).toEqual([2, [], true]);
    const next = nextShim(first.vms, first.guest);
    const s = await Sandbox.resume(r, next.deps);
    expect(s.state).toBe('running');
    await s.delete();
  });

  it('resume refuses a VM its owner still holds (not NotFound: the VM is not taken for gone), and a running record without resumeVm', async () => {
    const first = await firstShim();
    const r = stored(first.sandbox.record());
    const next = nextShim(first.vms, first.guest);
    await expect(Sandbox.resume(r, next.deps)).rejects.toMatchObject({ grpcCode: GrpcCode.Unavailable });
    const { resumeVm: _, ...without } = next.deps;
    await expect(Sandbox.resume(r, without)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    expect([first.vm.alive, first.vm.stopCalls]).toEqual([true, []]);
    expect(first.sandbox.state).toBe('running');
    await first.sandbox.delete();
  });
});

describe('the fake hypervisor hands VMs over as QEMU does', () => {
  const vmConfig = { id: 'pod-1', stateDir: '/nonexistent/a/vm', sharedDir: '/nonexistent/a/shared', memoryMiB: 256, vcpus: 1, kernelPath: '/k', initrdPath: '/i', rootfsImagePath: '/r', hotplug: ROOM };
  const spec = (vm: FakeVm, extra: object = {}) => ({ id: 'pod-1', name: 'pod-1', pid: vm.pid, startTime: 'x', stateDir: '/nonexistent/b/vm', accel: 'tcg' as const, restored: false, ...extra });

  test('adopt: the same VM under its new owner; NotFound for another pid or once it has exited', async () => {
    const vms = new FakeVmFactory();
    const vm = await vms.create(vmConfig);
    const old: string[] = [];
    void vm.monitor.then((e) => old.push(e.reason));
    await expect(vms.adopt(spec(vm))).rejects.toMatchObject({ grpcCode: GrpcCode.Unavailable });
    vm.detach();
    await expect(vms.adopt(spec(vm, { pid: vm.pid + 1000 }))).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    const got = await vms.adopt(spec(vm, { id: 'pod-2' }));
    expect(got).toBe(vm);
    expect([got.id, got.agentSocketPath, got.hotplug]).toEqual(['pod-2', '/nonexistent/b/vm/agent.sock', undefined]);
    const now: string[] = [];
    void got.monitor.then((e) => now.push(e.reason));
    got.die('guest-panic');
    await new Promise((r) => setImmediate(r));
    expect([old, now]).toEqual([[], ['guest-panic']]);
    got.detach();
    await expect(vms.adopt(spec(vm))).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
  });

  test('a detached VM that dies reports to nobody; one its last owner stops still reports the stop; create reuses the id only once it is gone', async () => {
    const vms = new FakeVmFactory();
    const a = await vms.create(vmConfig);
    a.detach();
    await expect(vms.create(vmConfig)).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    a.die('qemu-exit');
    expect([a.exit, a.alive]).toEqual([undefined, false]);
    await expect(vms.adopt(spec(a))).rejects.toMatchObject({ grpcCode: GrpcCode.NotFound });
    const b = await vms.create(vmConfig);
    b.detach();
    await b.stop();
    expect(await b.monitor).toMatchObject({ reason: 'stopped' });
  });

  test("adopt seeds the hotplug bookkeeping from the spec's state, on the VM's size", async () => {
    const vms = new FakeVmFactory();
    const vm = await vms.create(vmConfig);
    await vm.hotplug!.resize({ vcpus: 2, memoryMiB: 512 });
    await vm.hotplug!.addDisk({ id: 'd1', path: '/dev/loop1', readOnly: false });
    await vm.hotplug!.addNic({ id: 'n1', tap: 'tap1_husk', mac: '02:00:00:00:00:01' });
    const state = vm.hotplug!.state();
    vm.detach();
    const got = await vms.adopt(spec(vm, { hotplug: { room: ROOM, boot: { vcpus: 1, memoryMiB: 256 }, state } }));
    expect(got.hotplug!.disks()).toEqual([{ id: 'd1', path: '/dev/loop1', readOnly: false }]);
    expect(got.hotplug!.nics()).toEqual([{ id: 'n1', tap: 'tap1_husk', mac: '02:00:00:00:00:01' }]);
    expect(await got.hotplug!.size()).toEqual({ vcpus: 2, memoryMiB: 512 });
    await expect(got.hotplug!.addDisk({ id: 'd1', path: '/dev/loop1', readOnly: false })).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    // Without a state the new owner knows of nothing plugged, as QemuHotplug.
    got.detach();
    const bare = await vms.adopt(spec(vm, { hotplug: { room: ROOM, boot: { vcpus: 1, memoryMiB: 256 } } }));
    expect(bare.hotplug!.disks()).toEqual([]);
  });
});

describe('the parts of a sandbox record', () => {
  const NETNS = '/proc/self/ns/net';
  const ETH0 = { ifindex: 2, ifname: 'eth0', flags: ['BROADCAST', 'UP', 'LOWER_UP'], mtu: 1400, link_type: 'ether', address: 'f6:49:a3:85:22:30', addr_info: [{ family: 'inet', local: '10.209.0.2', prefixlen: 24, scope: 'global' }] };
  const ROUTES = [{ dst: 'default', gateway: '10.209.0.1', dev: 'eth0', flags: [] }];

  function namespace() {
    const calls: string[] = [];
    let taps: object[] = [];
    const exec: NetnsExec = async (argv) => {
      const line = argv.join(' ');
      calls.push(line);
      if (line === 'ip -j addr show') return JSON.stringify([ETH0, ...taps]);
      if (line === 'ip -j route show') return JSON.stringify(ROUTES);
      if (line === 'ip -j -6 route show' || line === 'tc -j qdisc show') return '[]';
      const tap = /^ip tuntap add dev (\S+)/.exec(line)?.[1];
      if (tap) taps.push({ ...ETH0, ifindex: 9, ifname: tap, address: '02:00:00:00:00:09', addr_info: [] });
      const gone = /^ip link del dev (\S+)/.exec(line)?.[1];
      if (gone) taps = taps.filter((t) => (t as { ifname: string }).ifname !== gone);
      return '';
    };
    return { exec, calls };
  }

  test('PodNetwork: restore runs nothing, gives back what was recorded, and tears down the recorded taps', async () => {
    const ns = namespace();
    const net = await PodNetwork.setup(NETNS, log, ns.exec);
    expect(ns.calls).toContain('ip tuntap add dev tap0_husk mode tap vnet_hdr');
    const r = JSON.parse(JSON.stringify(net.record()));
    expect(r).toEqual({ netns: NETNS, endpoints: [{ iface: expect.objectContaining({ name: 'eth0', hwAddr: 'f6:49:a3:85:22:30' }), tap: 'tap0_husk' }], routes: [expect.objectContaining({ gateway: '10.209.0.1', device: 'eth0' })] });

    const later = namespace();
    const restored = PodNetwork.restore(r, log, later.exec);
    expect(later.calls).toEqual([]);
    expect(restored.record()).toEqual(r);
    expect(restored.devices).toEqual(net.devices);
    const agent = new ReleasingAgent();
    await restored.configureGuest(agent);
    expect(agent.calls).toEqual(['updateInterface eth0', 'updateRoutes 1']);
    await restored.teardown();
    expect(later.calls).toEqual(expect.arrayContaining(['tc qdisc del dev eth0 ingress', 'ip link del dev tap0_husk']));
    // A record is a copy: changing it later changes nothing restored from it.
    r.endpoints[0].tap = 'other';
    expect(restored.record().endpoints[0]!.tap).toBe('tap0_husk');
  });

  test('PodResources: from(record()) wants what the original wants, before and after changes', () => {
    const p = new PodResources({ vcpus: 1, memoryMiB: 256 }, { vcpus: 1, memoryMiB: 384 });
    p.set('a', { memoryMiB: 256, cpus: 1.5 });
    p.set('b', { memoryMiB: 64, cpus: 0 });
    const q = PodResources.from(JSON.parse(JSON.stringify(p.record())));
    expect(q.record()).toEqual(p.record());
    expect(q.wanted()).toEqual({ vcpus: 3, memoryMiB: 576 });
    expect(q.wanted()).toEqual(p.wanted());
    const change = { id: 'a', limits: { memoryMiB: 0, cpus: 0 } };
    expect(q.wanted(change)).toEqual({ vcpus: 1, memoryMiB: 384 });
    q.delete('b');
    expect(q.wanted()).toEqual({ vcpus: 3, memoryMiB: 512 });
    // The original is not shared with the copy.
    expect(p.wanted()).toEqual({ vcpus: 3, memoryMiB: 576 });
  });

  test('LiveVm: a state given back is what it goes by (sizing, root disks, block device users)', async () => {
    const state: LiveVmState = { sizing: { 'io.husk.vm.memory-mib': '640' }, rootDisks: { c1: 'root-abc' }, blockUsers: { blk1: ['c1', 'c2'] } };
    const make = (hotplug: FakeHotplug, given?: LiveVmState) =>
      new LiveVm({
        sandboxId: 'sb',
        hotplug,
        agent: new ReleasingAgent(),
        network: undefined,
        resources: new PodResources({ vcpus: 1, memoryMiB: 256 }, { vcpus: 1, memoryMiB: 256 }),
        defaults: { vcpus: 1, memoryMiB: 256 },
        annotations: {},
        running: () => true,
        log,
        ...(given ? { state: given } : {}),
      });
    const plugged = { guestVcpus: 1, attached: [{ kind: 'disk' as const, disk: { id: 'root-abc', path: '/dev/loop1', readOnly: false }, identity: '/dev/loop1', port: 'p0' }, { kind: 'disk' as const, disk: { id: 'blk1', path: '/dev/loop2', readOnly: false }, identity: '/dev/loop2', port: 'p1' }] };
    const hp = new FakeHotplug(ROOM, { vcpus: 1, memoryMiB: 256 }, { size: { vcpus: 1, memoryMiB: 640 }, state: plugged });
    const live = make(hp, JSON.parse(JSON.stringify(state)));
    expect(live.state()).toEqual(state);
    await expect(live.removeDisk('blk1')).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('c1, c2') });
    // The sizing asked for before is kept: only the vCPUs change.
    expect(await live.resizeByAnnotations({ 'io.husk.vm.vcpus': '2' })).toEqual({ vcpus: 2, memoryMiB: 640 });
    await live.detachRootDisk('c1');
    await live.detachBlockDevices('c1');
    expect(hp.calls).toEqual(['resize 2 640', 'remove root-abc']);
    await live.detachBlockDevices('c2');
    expect(hp.calls.at(-1)).toBe('remove blk1');
    expect(live.state()).toEqual({ sizing: { 'io.husk.vm.memory-mib': '640', 'io.husk.vm.vcpus': '2' }, rootDisks: {}, blockUsers: {} });
    // Without a state: the annotations it started with, no users, nothing to detach.
    const fresh = make(new FakeHotplug(ROOM, { vcpus: 1, memoryMiB: 256 }));
    expect(fresh.state()).toEqual({ sizing: {}, rootDisks: {}, blockUsers: {} });
  });
});
