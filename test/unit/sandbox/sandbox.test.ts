/**
 * The sandbox's state machine and clean-up, over the hypervisor test double and a scripted
 * agent. (The real VM path is test/integration/sandbox.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { ContainerStats, GuestAgent } from '../../../src/agent/guest-agent.js';
import { GrpcCode, HuskError } from '../../../src/errors.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import { TemplateVmFactory } from '../../../src/factory/template-factory.js';
import { TemplateStore } from '../../../src/factory/template-store.js';
import type { Admission } from '../../../src/host/admission-queue.js';
import { Sandbox } from '../../../src/sandbox/sandbox.js';

/** An agent whose processes run until the test says how they end. */
class ScriptedAgent implements GuestAgent {
  readonly calls: string[] = [];
  readonly exits = new Map<string, (status: number) => void>();
  failCreateContainer: Error | undefined;
  closed = false;
  /** judge() settles it, as the real agent client does when the guest stops answering. */
  readonly unresponsive: Promise<Error>;
  judge!: (err: Error) => void;
  constructor() {
    this.unresponsive = new Promise((r) => (this.judge = r));
  }
  private readonly lost = new AbortController();

  private hold<T>(signal?: AbortSignal): Promise<T> {
    return new Promise((_, reject) => {
      const fail = () => reject(new HuskError(GrpcCode.Unavailable, 'agent connection lost'));
      this.lost.signal.addEventListener('abort', fail, { once: true });
      signal?.addEventListener('abort', fail, { once: true });
    });
  }

  async createSandbox() { this.calls.push('createSandbox'); }
  async destroySandbox() { this.calls.push('destroySandbox'); }
  async createContainer(id: string) {
    this.calls.push(`createContainer ${id}`);
    if (this.failCreateContainer) throw this.failCreateContainer;
  }
  async startContainer(id: string) { this.calls.push(`startContainer ${id}`); }
  async removeContainer(id: string) { this.calls.push(`removeContainer ${id}`); }
  async exec(id: string, execId: string) { this.calls.push(`exec ${id} ${execId}`); }
  async signal(id: string, execId: string, signal: number) {
    this.calls.push(`signal ${id} ${execId} ${signal}`);
    this.exits.get(`${id}/${execId}`)?.(128 + signal);
  }
  wait(id: string, execId: string, signal?: AbortSignal): Promise<number> {
    return Promise.race([new Promise<number>((r) => this.exits.set(`${id}/${execId}`, r)), this.hold<number>(signal)]);
  }
  read(_id: string, _execId: string, _which: string, _max: number, signal?: AbortSignal): Promise<Buffer | null> {
    return this.hold(signal);
  }
  async writeStdin(_id: string, _e: string, data: Uint8Array) { return data.length; }
  async closeStdin() {}
  async resizeTty() {}
  async pause(id: string) { this.calls.push(`pause ${id}`); }
  async resume(id: string) { this.calls.push(`resume ${id}`); }
  async update() {}
  async stats(): Promise<ContainerStats> {
    return { cpu: { totalNs: 1n, userNs: 1n, systemNs: 0n }, memory: { usage: 1n, limit: 2n, maxUsage: 1n, stats: {} }, pids: { current: 1n, limit: 0n } };
  }
  nextOom(signal?: AbortSignal): Promise<string> { return this.hold(signal); }
  async metrics() { return ''; }
  async updateInterface(i: { name: string }) { this.calls.push(`updateInterface ${i.name}`); }
  async updateRoutes(r: unknown[]) { this.calls.push(`updateRoutes ${r.length}`); }
  async reseedRandom(seed: Uint8Array) { this.calls.push(`reseedRandom ${seed.length}`); }
  async setClock() { this.calls.push('setClock'); }
  async onlineCpus(n: number) { this.calls.push(`onlineCpus ${n}`); }
  close() {
    this.closed = true;
    this.lost.abort();
  }
}

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
});
