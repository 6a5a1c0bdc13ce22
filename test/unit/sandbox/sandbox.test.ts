/**
 * The sandbox's state machine and clean-up, over the hypervisor test double and a scripted
 * agent. (The real VM path is test/integration/sandbox.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import { TemplateVmFactory } from '../../../src/factory/template-factory.js';
import { TemplateStore } from '../../../src/factory/template-store.js';
import type { Admission } from '../../../src/host/admission-queue.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';
import { ScriptedAgent } from '../doubles/scripted-agent.js';

const log = pino({ level: 'silent' });
let root: string;
let rootfs: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'husk-sandbox-unit-'));
  rootfs = path.join(root, 'rootfs');
  fs.mkdirSync(rootfs);
});
afterEach(() => {
  expect(fs.readFileSync('/proc/self/mounts', 'utf8')).not.toContain(root);
  fs.rmSync(root, { recursive: true, force: true });
});

async function started(agent = new ScriptedAgent(), vms = new FakeVmFactory()) {
  const sandbox = await Sandbox.create(
    { id: 'sb', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1 },
    { vms, connectAgent: async () => agent, log },
  );
  await sandbox.start();
  return { sandbox, agent, vm: vms.vms[0] as FakeVm };
}

describe('Sandbox', () => {
  it('refuses bad and duplicate ids before touching the disk', async () => {
    const deps = { vms: new FakeVmFactory(), connectAgent: async () => new ScriptedAgent(), log };
    const cfg = { stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1 };
    await expect(Sandbox.create({ ...cfg, id: '../evil' }, deps)).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    expect(fs.existsSync(path.join(root, 'evil'))).toBe(false);
    const sb = await Sandbox.create({ ...cfg, id: 'one' }, deps);
    // Taken while a VM naming it runs (what its pid file says is checked by command line)...
    fs.mkdirSync(path.join(root, 'state', 'one', 'vm'));
    const vm = spawn('sh', ['-c', 'sleep 30', 'husk-one'], { stdio: 'ignore', detached: true });
    fs.writeFileSync(path.join(root, 'state', 'one', 'vm', 'qemu.pid'), String(vm.pid));
    await expect(Sandbox.create({ ...cfg, id: 'one' }, deps)).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    // ...and reclaimed once that VM is gone (a shim killed with nobody to clean up after it).
    process.kill(-vm.pid!, 'SIGKILL');
    await new Promise((r) => vm.once('exit', r));
    const again = await Sandbox.create({ ...cfg, id: 'one' }, deps);
    expect(fs.existsSync(path.join(root, 'state', 'one', 'vm'))).toBe(false);
    expect(fs.statSync(path.join(root, 'state', 'one')).mode & 0o777).toBe(0o700);
    await again.delete();
    await sb.delete();
  });

  it('exposes the rootfs by a bind mount in the shared directory, and removes it again', async () => {
    const { sandbox } = await started();
    fs.writeFileSync(path.join(rootfs, 'marker'), 'x');
    const c = await sandbox.createContainer('c1', { process: { args: ['true'] } }, rootfs);
    expect(fs.readFileSync(path.join(sandbox.sharedDir, 'c1', 'rootfs', 'marker'), 'utf8')).toBe('x');
    await expect(sandbox.createContainer('c1', {}, rootfs)).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    await c.start();
    await expect(sandbox.deleteContainer('c1')).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await c.kill(9);
    expect((await c.init.exited).status).toBe(137);
    await sandbox.deleteContainer('c1');
    expect(fs.existsSync(path.join(sandbox.sharedDir, 'c1'))).toBe(false);
    await sandbox.delete();
  });

  it('undoes the mount when the agent refuses the container', async () => {
    const { sandbox, agent } = await started();
    agent.failCreateContainer = new HuskError(GrpcCode.InvalidArgument, 'bad spec');
    await expect(sandbox.createContainer('c1', {}, rootfs)).rejects.toThrow('bad spec');
    expect(fs.existsSync(path.join(sandbox.sharedDir, 'c1'))).toBe(false);
    await sandbox.delete();
  });

  it('follows the container state machine', async () => {
    const { sandbox, agent } = await started();
    const c = await sandbox.createContainer('c1', {}, rootfs);
    await expect(c.pause()).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await expect(c.exec('e1', {})).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await c.start();
    await expect(c.start()).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await c.pause();
    await expect(c.pause()).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await c.resume();
    const e = await c.exec('e1', {});
    await expect(c.exec('e1', {})).rejects.toMatchObject({ grpcCode: GrpcCode.AlreadyExists });
    await expect(c.exec('../x', {})).rejects.toMatchObject({ grpcCode: GrpcCode.InvalidArgument });
    await e.signal(15);
    expect((await e.exited).status).toBe(143);
    expect(agent.calls).toEqual(['createSandbox', 'createContainer c1', 'startContainer c1', 'pause c1', 'resume c1', 'exec c1 e1', 'signal c1 e1 15']);
    await sandbox.delete();
  });

  it('reports every process exited when the VM dies, and stops', async () => {
    const { sandbox, agent, vm } = await started();
    const c = await sandbox.createContainer('c1', {}, rootfs);
    await c.start();
    const e = await c.exec('e1', {});
    const done = Promise.all([c.init.wait(), e.wait()]);
    c.init.stdout.resume();
    c.init.stderr.resume();
    e.stdout.resume();
    e.stderr.resume();
    vm.die('guest-panic');
    const exits = await done;
    for (const x of exits) expect(x).toMatchObject({ status: 255, reason: 'the VM died (guest-panic)' });
    expect(await sandbox.monitor).toMatchObject({ reason: 'guest-panic' });
    expect([sandbox.state, c.state, agent.closed]).toEqual(['stopped', 'stopped', true]);
    await expect(sandbox.createContainer('c2', {}, rootfs)).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
    await sandbox.delete();
    expect(fs.existsSync(path.join(root, 'state', 'sb'))).toBe(false);
  });

  it('ends the VM of a guest that stopped answering and reports every process exited with the verdict', async () => {
    const { sandbox, agent, vm } = await started();
    const c = await sandbox.createContainer('c1', {}, rootfs);
    await c.start();
    c.init.stdout.resume();
    c.init.stderr.resume();
    agent.judge(new Error('the agent did not answer ExecProcess: it has sent nothing for 33 s'));
    expect(await c.init.wait()).toMatchObject({ status: 255, reason: 'the guest stopped answering (the agent did not answer ExecProcess: it has sent nothing for 33 s)' });
    expect(vm.stopCalls).toEqual([{ force: true }]);
    expect(sandbox.state).toBe('stopped');
    await sandbox.delete();
  });

  it('stops gracefully through the agent, or by force without it; stop is idempotent', async () => {
    const a = await started();
    await Promise.all([a.sandbox.stop(), a.sandbox.stop()]);
    expect(a.agent.calls).toContain('destroySandbox');
    expect(a.vm.teardowns).toBe(1);
    expect(await a.sandbox.monitor).toMatchObject({ reason: 'stopped' });
    await a.sandbox.delete();

    fs.rmSync(path.join(root, 'state'), { recursive: true, force: true });
    const b = await started();
    await b.sandbox.stop({ force: true });
    expect(b.agent.calls).not.toContain('destroySandbox');
    expect(b.vm.stopCalls).toEqual([{ force: true, timeoutMs: undefined }]);
    await b.sandbox.delete();
  });

  it('gives a VM restored from a template its own random seed and clock before anything else', async () => {
    const image = { kernelPath: path.join(root, 'k'), initrdPath: path.join(root, 'i'), rootfsImagePath: path.join(root, 'r') };
    for (const f of Object.values(image)) fs.writeFileSync(f, 'image');
    const hv = new FakeVmFactory();
    const vms = new TemplateVmFactory({ hypervisor: hv, store: new TemplateStore({ root: path.join(root, 'templates'), log }), agentReady: async () => undefined, log });
    const agents: ScriptedAgent[] = [];
    const deps = { vms, connectAgent: async () => agents[agents.push(new ScriptedAgent()) - 1]!, log };
    const sandbox = await Sandbox.create({ id: 'clone', stateRoot: path.join(root, 'state'), image, memoryMiB: 256, vcpus: 1 }, deps);
    await sandbox.start();
    expect(hv.vms.at(-1)!.restored).toBe(true);
    expect(agents[0]!.calls.slice(0, 3)).toEqual(['reseedRandom 64', 'setClock', 'createSandbox']);
    await sandbox.delete();
    // A cold VM keeps the entropy and clock it booted with.
    const cold = await started();
    expect(cold.agent.calls).not.toContain('setClock');
    expect(cold.agent.calls.some((c) => c.startsWith('reseedRandom'))).toBe(false);
    await cold.sandbox.delete();
  });

  it('sizes the VM from the pod annotations', async () => {
    const vms = new FakeVmFactory();
    const sandbox = await Sandbox.create(
      { id: 'sized', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1, annotations: { 'io.husk.vm.memory-mib': '768' } },
      { vms, connectAgent: async () => new ScriptedAgent(), log },
    );
    await sandbox.start();
    expect(vms.vms[0]!.config).toMatchObject({ memoryMiB: 768, vcpus: 1 });
    await sandbox.delete();
  });

  it('stops the VM when the agent never comes up', async () => {
    const vms = new FakeVmFactory();
    const sandbox = await Sandbox.create(
      { id: 'sb', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1 },
      { vms, connectAgent: async () => { throw new HuskError(GrpcCode.DeadlineExceeded, 'the agent did not come up within 60 s'); }, log },
    );
    await expect(sandbox.start()).rejects.toThrow('did not come up');
    expect(vms.vms[0]!.stopCalls).toEqual([{ force: true }]);
    expect(await sandbox.monitor).toMatchObject({ reason: 'start failed' });
    await sandbox.delete();
  });

  describe('boot admission', () => {
    /** A one-slot admission the test opens by hand; records what happened in order. */
    function gate() {
      const events: string[] = [];
      let open!: () => void;
      const opened = new Promise<void>((r) => (open = r));
      const admission: Admission = {
        acquire: async (label, options = {}) => {
          events.push(`acquire ${options.kind} ${label}`);
          options.onQueued?.(1, 1);
          await new Promise<void>((resolve, reject) => {
            void opened.then(resolve);
            options.signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
          });
          events.push('granted');
          return { waitedMs: 5, aheadAtArrival: 1, release: () => events.push('release') };
        },
      };
      return { admission, events, open };
    }
    const cfg = (id: string) => ({ id, stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1 });

    it('boots only once admitted and holds the slot until the guest is set up', async () => {
      const { admission, events, open } = gate();
      const vms = new FakeVmFactory();
      const agent = new ScriptedAgent();
      const connectAgent = async (vm: { accel: string }) => {
        events.push(`connect ${vm.accel}`);
        return agent;
      };
      const sandbox = await Sandbox.create(cfg('queued'), { vms, connectAgent, admission, log });
      const starting = sandbox.start();
      await new Promise((r) => setTimeout(r, 50));
      expect(vms.vms).toHaveLength(0);
      open();
      await starting;
      expect(events).toEqual(['acquire boot queued boot', 'granted', 'connect tcg', 'release']);
      expect(agent.calls[0]).toBe('createSandbox');
      // The heavy steps in the guest take turns too, each its own.
      events.length = 0;
      const c = await sandbox.createContainer('c1', {}, rootfs);
      await c.start();
      await c.exec('e1', { args: ['true'] });
      expect(events).toEqual([
        'acquire step queued create container c1', 'granted', 'release',
        'acquire step queued start container c1', 'granted', 'release',
        'acquire step queued exec e1 in c1', 'granted', 'release',
      ]);
      expect(agent.calls.slice(1)).toEqual(['createContainer c1', 'startContainer c1', 'exec c1 e1']);
      await c.kill(9);
      await sandbox.delete();
    });

    it('gives the slot back when the boot fails', async () => {
      const { admission, events, open } = gate();
      open();
      const connectAgent = async () => { throw new HuskError(GrpcCode.DeadlineExceeded, 'the agent did not come up'); };
      const sandbox = await Sandbox.create(cfg('fails'), { vms: new FakeVmFactory(), connectAgent, admission, log });
      await expect(sandbox.start()).rejects.toThrow('did not come up');
      expect(events).toEqual(['acquire boot fails boot', 'granted', 'release']);
      await sandbox.delete();
    });

    it('stops waiting when the sandbox is stopped in line, and boots nothing', async () => {
      const { admission } = gate();
      const vms = new FakeVmFactory();
      const sandbox = await Sandbox.create(cfg('gone'), { vms, connectAgent: async () => new ScriptedAgent(), admission, log });
      const starting = sandbox.start();
      await new Promise((r) => setTimeout(r, 20));
      await sandbox.stop();
      await expect(starting).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: 'sandbox gone was stopped while waiting to boot' });
      expect(vms.vms).toHaveLength(0);
      await sandbox.delete();
    });

    it('boots without a slot when the queue itself is broken', async () => {
      const admission: Admission = { acquire: async () => { throw new Error('admission queue: cannot run flock: ENOENT'); } };
      const vms = new FakeVmFactory();
      const sandbox = await Sandbox.create(cfg('broken'), { vms, connectAgent: async () => new ScriptedAgent(), admission, log });
      await sandbox.start();
      expect(sandbox.state).toBe('running');
      await sandbox.delete();
    });
  });

  describe('live size', () => {
    const room = { maxVcpus: 4, maxMemoryMiB: 256 + 1024, ports: 2 };
    async function roomy(annotations: Record<string, string> = {}) {
      const agent = new ScriptedAgent();
      const vms = new FakeVmFactory();
      const sandbox = await Sandbox.create(
        { id: 'sb', stateRoot: path.join(root, 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 256, vcpus: 1, hotplug: room, annotations },
        { vms, connectAgent: async () => agent, log },
      );
      await sandbox.start();
      const vm = vms.vms[0] as FakeVm;
      return { sandbox, agent, vm, hp: vm.hotplug! };
    }
    const spec = (memoryBytes: number, quota = 0) => ({ linux: { resources: { memory: { limit: memoryBytes }, cpu: { quota, period: 100000 } } } });

    it('boots with the room fitted to its size and grows as containers with limits arrive', async () => {
      const { sandbox, agent, vm, hp } = await roomy();
      expect(vm.config.hotplug).toEqual(room);
      await sandbox.createContainer('a', spec(0), rootfs);
      expect(hp.calls).toEqual([]);
      await sandbox.createContainer('b', spec(300 * 2 ** 20, 150000), rootfs);
      // 256 + 300 MiB, in whole blocks of 128; 1 + ceil(1.5) vCPUs, onlined by the agent.
      expect(await sandbox.live().size()).toEqual({ vcpus: 3, memoryMiB: 640 });
      expect(agent.calls).toContain('setOnlineCpus 3');
      expect(agent.calls.indexOf('setOnlineCpus 3')).toBeLessThan(agent.calls.indexOf('createContainer b'));
      await sandbox.delete();
    });

    it('Update raises the VM before the cgroups and gives memory and vCPUs back after lowering', async () => {
      const { sandbox, hp, agent } = await roomy();
      await sandbox.createContainer('a', spec(0), rootfs);
      await sandbox.updateContainer('a', spec(512 * 2 ** 20, 100000).linux.resources);
      expect(await sandbox.live().size()).toEqual({ vcpus: 2, memoryMiB: 768 });
      await sandbox.updateContainer('a', spec(0).linux.resources);
      expect(await sandbox.live().size()).toEqual({ vcpus: 1, memoryMiB: 256 });
      expect(hp.calls).toEqual(['resize 2 768', 'resize 1 256']);
      expect(agent.calls.filter((c) => c.startsWith('setOnlineCpus'))).toEqual(['setOnlineCpus 2', 'setOnlineCpus 1']);
      await sandbox.delete();
    });

    it('grows as far as its room on Update and create, and refuses an exact resize past it with OutOfRange', async () => {
      const { sandbox } = await roomy();
      await sandbox.createContainer('a', spec(8 * 2 ** 30), rootfs);
      expect(await sandbox.live().size()).toEqual({ vcpus: 1, memoryMiB: room.maxMemoryMiB });
      await expect(sandbox.live().resize({ vcpus: 5, memoryMiB: 512 })).rejects.toMatchObject({ grpcCode: GrpcCode.OutOfRange, message: expect.stringContaining('at most 4') });
      await expect(sandbox.live().resize({ vcpus: 1, memoryMiB: 4096 })).rejects.toMatchObject({ grpcCode: GrpcCode.OutOfRange, message: expect.stringContaining('at most 1280 MiB') });
      // Below what the containers' limits need.
      await expect(sandbox.live().resize({ vcpus: 1, memoryMiB: 512 })).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('needs at least') });
      await sandbox.delete();
    });

    it('resizes by the sizing annotations UpdateSandbox brings, from its boot size', async () => {
      const { sandbox } = await roomy({ 'io.kubernetes.cri.sandbox-memory': String(256 * 2 ** 20) });
      expect(await sandbox.live().size()).toEqual({ vcpus: 1, memoryMiB: 512 });
      expect(await sandbox.live().resizeByAnnotations({ 'io.kubernetes.cri.sandbox-memory': String(512 * 2 ** 20), 'io.kubernetes.cri.sandbox-cpu-quota': '100000', 'io.kubernetes.cri.sandbox-cpu-period': '100000' })).toEqual({ vcpus: 2, memoryMiB: 768 });
      await expect(sandbox.live().resizeByAnnotations({ 'io.husk.vm.memory-mib': '128' })).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition });
      await sandbox.delete();
    });

    it('takes a block-based root filesystem as a disk for as long as its container lives', async () => {
      const { sandbox, hp } = await roomy();
      const disk = { path: '/var/lib/snap.img', image: true, fstype: 'ext4', options: ['rw'] };
      await sandbox.createContainer('a', spec(0), disk);
      const [added] = hp.calls;
      expect(added).toMatch(/^add root-[0-9a-f]{12}$/);
      expect(hp.disks()).toEqual([{ id: added!.slice(4), path: '/var/lib/snap.img', image: true, readOnly: false }]);
      await sandbox.deleteContainer('a');
      expect(hp.calls).toEqual([added, `remove ${added!.slice(4)}`]);
      expect(hp.disks()).toEqual([]);
      await sandbox.delete();
    });

    it('without room the VM keeps its size: Update changes cgroups only, an exact resize is FailedPrecondition', async () => {
      const { sandbox } = await started();
      await sandbox.createContainer('a', spec(2 ** 30), rootfs);
      await sandbox.updateContainer('a', spec(2 * 2 ** 30).linux.resources);
      await expect(sandbox.live().resize({ vcpus: 2, memoryMiB: 2048 })).rejects.toMatchObject({ grpcCode: GrpcCode.FailedPrecondition, message: expect.stringContaining('without room') });
      await sandbox.delete();
    });
  });
});
