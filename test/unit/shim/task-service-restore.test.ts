/**
 * The Task API's state kept across shims: every change written (task record, then the pod's)
 * before the call answers, a create that cannot be written undone; and a second TaskService
 * taking the tasks over from what the first handed over (handOver) on the pod it released,
 * over the hypervisor double (adopt) and a new connection to the same scripted guest
 * (doubles/releasing-agent.ts). Bundles as in task-service.test.ts: no rootfs mounts, empty
 * stdio, except where FIFOs are the point.
 *
 * Sandbox.record() takes QEMU's start time from /proc, where a fake VM's pid has none:
 * host/proc.js is replaced by itself with a made-up start time for such pids, so the shim's
 * modules are imported after that (dynamic imports below).
 */
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { containerd } from '../../../api/gen/containerd.js';
import * as proc from '../../../src/host/proc.js';
import { GrpcCode } from '../../../src/errors.js';
import { RecordingSink, tempRoot } from '../doubles/recording-sink.js';
import { createRequests, execReq, noStdio, refused, req } from '../doubles/task-requests.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import { openFifoReader } from '../../../src/shim/fifo.js';
import type { TaskRecord } from '../../../src/shim/pod-records.js';
import type { PodState } from '../../../src/shim/pod.js';
import type { TaskPersistence } from '../../../src/shim/task-service.js';
import { GuestOutput, ReleasingAgent } from '../doubles/releasing-agent.js';

jest.unstable_mockModule('../../../src/host/proc.js', () => ({ ...proc, processStartTime: (pid: number) => (pid > 2 ** 22 ? `fake-start-${pid}` : proc.processStartTime(pid)) }));
const { Pod } = await import('../../../src/shim/pod.js');
const { TaskService } = await import('../../../src/shim/task-service.js');
type Pod = InstanceType<typeof Pod>;
type TaskService = InstanceType<typeof TaskService>;

const log = pino({ level: 'silent' });
const Status = containerd.v1.types.Status;
const tmp = tempRoot('husk-restore-unit-');


const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

/**
 * The store as the shim uses it, in memory: what was written (as JSON gives it back), and
 * every write in order in `log`, which the test also writes to when a call answers. Writes
 * take a moment, so a call that answered without waiting for them shows in the order.
 */
class MemoryPersistence implements TaskPersistence {
  readonly log: string[] = [];
  readonly tasks = new Map<string, TaskRecord>();
  pod_: PodState | undefined;
  failTask: Error | undefined;
  failPod: Error | undefined;
  constructor(private readonly owner: () => Pod) {}

  async task(r: TaskRecord): Promise<void> {
    await new Promise((res) => setTimeout(res, 5));
    if (this.failTask) throw this.failTask;
    this.tasks.set(r.id, clone(r));
    this.log.push(`task ${r.id}`);
  }

  async forget(id: string): Promise<void> {
    await new Promise((res) => setTimeout(res, 5));
    this.tasks.delete(id);
    this.log.push(`forget ${id}`);
  }

  async pod(): Promise<void> {
    const state = clone(await this.owner().record());
    await new Promise((res) => setTimeout(res, 5));
    if (this.failPod) throw this.failPod;
    this.pod_ = state;
    this.log.push('pod');
  }

  /** Runs an RPC and notes in the log when it answered. */
  async answer<T>(name: string, call: Promise<T>): Promise<T> {
    const r = await call;
    this.log.push(`answered ${name}`);
    return r;
  }

  containers() {
    return this.pod_?.sandbox?.containers;
  }
}

const base = () => ({ id: 'pod1', stateRoot: path.join(tmp.dir(), 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 512, vcpus: 1 });

/** A shim: its pod (over `vms`, connecting `agent`), task service, events and store. */
function shim(vms: FakeVmFactory, agent: ReleasingAgent) {
  const pod = new Pod({ base: base(), deps: { vms, resumeVm: (spec) => vms.adopt(spec), connectAgent: async () => agent, log } });
  const persist = new MemoryPersistence(() => pod);
  const events = new RecordingSink();
  const tasks = new TaskService({ namespace: 'default', pod, persist, events, log, onShutdown: () => undefined });
  return { pod, persist, events, tasks, agent };
}

const createReq = createRequests(() => tmp.dir());
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'not yet'>((r) => setTimeout(() => r('not yet'), ms))]);
async function until(what: () => boolean, ms = 2000): Promise<void> {
  for (const end = Date.now() + ms; !what(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The first shim lets go, as handover.ts does: idle, release, hand the tasks over, record the pod. */
async function handOver(first: ReturnType<typeof shim>): Promise<{ pod: PodState; tasks: TaskRecord[] }> {
  await first.tasks.idle();
  await first.pod.release();
  const tasks = await first.tasks.handOver();
  await first.persist.pod();
  return clone({ pod: first.persist.pod_!, tasks });
}

/** The second shim takes over, as daemon.ts's takeOver does. */
async function takeOver(vms: FakeVmFactory, guest: GuestOutput, records: { pod: PodState; tasks: TaskRecord[] }) {
  const second = shim(vms, new ReleasingAgent(guest));
  await second.pod.resume(records.pod);
  second.tasks.takeOver(records.tasks, (await second.pod.current())!);
  return second;
}

describe('persistence: each change is written before the call answers', () => {
  it('Create, Start, Exec, Start of the exec, Pause, Resume, Delete of the exec, Kill, Delete', async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    const p = s.persist;
    await p.answer('create', s.tasks.create(createReq('c1')));
    expect(p.log).toEqual(['task c1', 'pod', 'answered create']);
    expect(p.tasks.get('c1')).toEqual({ id: 'c1', bundle: path.join(tmp.dir(), 'bundles', 'c1'), stdio: noStdio, rootfsMounted: false, init: { exitPublished: false }, execs: {} });
    expect(p.pod_).toMatchObject({ stopped: false, sandbox: { state: 'running', containers: [{ id: 'c1', state: 'created', init: { started: false }, execs: {} }] } });
    expect(p.pod_!.startedAt).toEqual(expect.any(String));

    p.log.length = 0;
    await p.answer('start', s.tasks.start(req({ id: 'c1' })));
    expect(p.log).toEqual(['task c1', 'pod', 'answered start']);
    expect(p.containers()).toEqual([{ id: 'c1', state: 'running', init: { started: true }, execs: {} }]);

    p.log.length = 0;
    await p.answer('exec', s.tasks.exec(execReq('c1', 'e1')));
    // An exec not yet started changes the task's record only (the sandbox knows it once it starts).
    expect(p.log).toEqual(['task c1', 'answered exec']);
    expect(p.tasks.get('c1')!.execs).toEqual({ e1: { spec: { args: ['ls'], cwd: '/', terminal: false }, stdio: noStdio, started: false, exitPublished: false } });

    p.log.length = 0;
    await p.answer('start e1', s.tasks.start(req({ id: 'c1', exec_id: 'e1' })));
    expect(p.log).toEqual(['task c1', 'pod', 'answered start e1']);
    expect(p.tasks.get('c1')!.execs.e1!.started).toBe(true);
    expect(p.containers()).toEqual([{ id: 'c1', state: 'running', init: { started: true }, execs: { e1: { started: true } } }]);

    p.log.length = 0;
    await p.answer('pause', s.tasks.pause(req({ id: 'c1' })));
    expect(p.log).toEqual(['pod', 'answered pause']);
    expect(p.containers()![0]!.state).toBe('paused');
    p.log.length = 0;
    await p.answer('resume', s.tasks.resume(req({ id: 'c1' })));
    expect(p.log).toEqual(['pod', 'answered resume']);
    expect(p.containers()![0]!.state).toBe('running');

    // An exec's exit that was published is recorded as such (its task, then the pod).
    p.log.length = 0;
    s.agent.exits.get('c1/e1')!(4);
    await s.tasks.wait(req({ id: 'c1', exec_id: 'e1' }));
    await until(() => p.log.length === 2);
    expect(p.log).toEqual(['task c1', 'pod']);
    expect(p.tasks.get('c1')!.execs.e1!.exitPublished).toBe(true);
    expect(s.events.on('/tasks/exit')).toEqual([expect.objectContaining({ id: 'e1', exit_status: 4 })]);

    p.log.length = 0;
    await p.answer('delete e1', s.tasks.delete(req({ id: 'c1', exec_id: 'e1' })));
    expect(p.log).toEqual(['task c1', 'pod', 'answered delete e1']);
    expect(p.tasks.get('c1')!.execs).toEqual({});

    p.log.length = 0;
    await s.tasks.kill(req({ id: 'c1', signal: 9 }));
    await s.tasks.wait(req({ id: 'c1' }));
    await until(() => p.log.length === 2);
    expect(p.tasks.get('c1')!.init.exitPublished).toBe(true);
    expect(p.containers()).toMatchObject([{ id: 'c1', state: 'stopped' }]);

    p.log.length = 0;
    await p.answer('delete', s.tasks.delete(req({ id: 'c1' })));
    expect(p.log).toEqual(['forget c1', 'pod', 'answered delete']);
    expect(p.tasks.has('c1')).toBe(false);
    expect(p.containers()).toEqual([]);
    await s.tasks.destroy();
  });

  // ISSUE (reported, not fixed here): Container.execs never forgets an exec, so the pod
  // record lists every exec a container ever started, deleted ones included: it grows with
  // each exec (kubelet's exec probes: one every period), is rewritten whole on every change,
  // and every successor shim resumes each one (a WaitProcess apiece).
  it('a deleted exec is gone from the pod record too', async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    await s.tasks.create(createReq('c1'));
    await s.tasks.start(req({ id: 'c1' }));
    await s.tasks.exec(execReq('c1', 'e1'));
    await s.tasks.start(req({ id: 'c1', exec_id: 'e1' }));
    s.agent.exits.get('c1/e1')!(0);
    await s.tasks.wait(req({ id: 'c1', exec_id: 'e1' }));
    await s.tasks.delete(req({ id: 'c1', exec_id: 'e1' }));
    try {
      expect(s.persist.containers()).toEqual([{ id: 'c1', state: 'running', init: { started: true }, execs: {} }]);
    } finally {
      await s.tasks.destroy();
    }
  });

  it('Kill before Start writes the exit as published before it answers', async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    const p = s.persist;
    await s.tasks.create(createReq('c1'));
    p.log.length = 0;
    await p.answer('kill', s.tasks.kill(req({ id: 'c1', signal: 9 })));
    expect(p.log).toEqual(['task c1', 'pod', 'answered kill']);
    expect(p.tasks.get('c1')!.init.exitPublished).toBe(true);
    expect(p.containers()).toEqual([{ id: 'c1', state: 'stopped', init: { started: false, exit: { status: 137, at: expect.any(String), reason: 'killed before it started' } }, execs: {} }]);
    await s.tasks.destroy();
  });

  it('a Create whose task record cannot be written fails and leaves nothing: no task, no container, no mount', async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    s.persist.failTask = new Error('disk full');
    await expect(s.tasks.create(createReq('c1'))).rejects.toThrow('disk full');
    await refused(s.tasks.state(req({ id: 'c1' })), GrpcCode.NotFound);
    const sandbox = (await s.pod.current())!;
    expect(sandbox.containers.has('c1')).toBe(false);
    expect(s.agent.calls).toEqual(expect.arrayContaining(['createContainer c1', 'removeContainer c1']));
    expect(fs.existsSync(path.join(sandbox.sharedDir, 'c1'))).toBe(false);
    expect(s.events.topics).toEqual([]);
    expect(s.tasks.size).toBe(0);
    // Nothing is stuck: the same create goes through once the store takes it.
    s.persist.failTask = undefined;
    await s.tasks.create(createReq('c1'));
    expect(s.persist.tasks.has('c1')).toBe(true);
    await s.tasks.destroy();
  });

  it("a Create whose pod record cannot be written fails the same way", async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    s.persist.failPod = new Error('disk full');
    await expect(s.tasks.create(createReq('c1'))).rejects.toThrow('disk full');
    await refused(s.tasks.state(req({ id: 'c1' })), GrpcCode.NotFound);
    expect((await s.pod.current())!.containers.has('c1')).toBe(false);
    await s.tasks.destroy();
  });

  it('an Exec that cannot be written fails and is forgotten', async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    await s.tasks.create(createReq('c1'));
    await s.tasks.start(req({ id: 'c1' }));
    s.persist.failTask = new Error('disk full');
    await expect(s.tasks.exec(execReq('c1', 'e1'))).rejects.toThrow('disk full');
    await refused(s.tasks.state(req({ id: 'c1', exec_id: 'e1' })), GrpcCode.NotFound);
    expect(s.events.topics).not.toContain('/tasks/exec-added');
    await s.tasks.destroy();
  });
});

describe('handing over', () => {
  // BUG (reported, not fixed here): idle() waits for the per-task queues only, and Create
  // (like Exec, and the Sandbox and Pod services' calls) runs outside them. handover.ts closes
  // the server (which does not wait for running handlers), awaits idle(), then releases the
  // pod: a Create still in progress goes on against the released sandbox and a closed
  // agent, its container missing from the records handed over, its own save landing in a
  // store already handed to the successor (or failing there, and undone with a closed agent).
  it('idle() waits for a Create in progress', async () => {
    const s = shim(new FakeVmFactory(), new ReleasingAgent());
    await s.tasks.create(createReq('c0'));
    let admit!: () => void;
    const gate = new Promise<void>((r) => (admit = r));
    Object.assign(s.agent, {
      createContainer: async (id: string) => {
        s.agent.calls.push(`createContainer ${id}`);
        await gate;
      },
    });
    const creating = s.tasks.create(createReq('c1'));
    await until(() => s.agent.calls.includes('createContainer c1'));
    let idle = false;
    const idled = s.tasks.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 50));
    try {
      expect(idle).toBe(false);
    } finally {
      admit();
      await creating;
      await idled;
      await s.tasks.destroy();
    }
  });
});

describe('a second shim takes the tasks over', () => {
  /** The first shim: c1 started with e1 started and e0 started and exited (its exit published), c2 created, e2 added unstarted. */
  async function running() {
    const vms = new FakeVmFactory();
    const guest = new GuestOutput();
    const first = shim(vms, new ReleasingAgent(guest));
    await first.tasks.create(createReq('c1'));
    await first.tasks.start(req({ id: 'c1' }));
    for (const e of ['e0', 'e1', 'e2']) await first.tasks.exec(execReq('c1', e));
    await first.tasks.start(req({ id: 'c1', exec_id: 'e0' }));
    await first.tasks.start(req({ id: 'c1', exec_id: 'e1' }));
    first.agent.exits.get('c1/e0')!(5);
    await first.tasks.wait(req({ id: 'c1', exec_id: 'e0' }));
    await until(() => first.persist.tasks.get('c1')!.execs.e0!.exitPublished);
    await first.tasks.create(createReq('c2'));
    return { vms, guest, first, vm: vms.vms[0] as FakeVm };
  }

  it('State, Wait, TaskExit (once, from the shim that saw the exit) and Delete work on the tasks taken over', async () => {
    const { vms, guest, first, vm } = await running();
    const records = await handOver(first);
    expect(records.tasks.map((t) => t.id)).toEqual(['c1', 'c2']);
    expect(records.tasks[0]!.execs).toMatchObject({ e0: { started: true, exitPublished: true }, e1: { started: true, exitPublished: false }, e2: { started: false } });
    expect(vm.detaches).toBe(1);

    const second = await takeOver(vms, guest, records);
    const t = second.tasks;
    expect(await t.state(req({ id: 'c1' }))).toMatchObject({ status: Status.RUNNING, pid: vm.pid, bundle: path.join(tmp.dir(), 'bundles', 'c1') });
    expect(await t.state(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ status: Status.RUNNING, pid: vm.pid });
    expect(await t.state(req({ id: 'c1', exec_id: 'e2' }))).toMatchObject({ status: Status.CREATED });
    expect(await t.state(req({ id: 'c2' }))).toMatchObject({ status: Status.CREATED });

    // e1 exits under the second shim: Wait answers, TaskExit goes out once, from it.
    const waiting = t.wait(req({ id: 'c1', exec_id: 'e1' }));
    expect(await within(waiting, 50)).toBe('not yet');
    second.agent.exits.get('c1/e1')!(7);
    expect(await waiting).toMatchObject({ exit_status: 7 });
    expect(await t.state(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ status: Status.STOPPED, exit_status: 7 });
    await until(() => second.persist.tasks.get('c1')?.execs.e1?.exitPublished === true);
    // e0's end, which the first shim published, is Wait's answer again and no new TaskExit.
    second.agent.exits.get('c1/e0')!(5);
    expect(await t.wait(req({ id: 'c1', exec_id: 'e0' }))).toMatchObject({ exit_status: 5 });
    await new Promise((r) => setTimeout(r, 20));
    expect(second.events.on('/tasks/exit')).toEqual([expect.objectContaining({ container_id: 'c1', id: 'e1', exit_status: 7, pid: vm.pid })]);
    expect(first.events.on('/tasks/exit').map((e) => e.id)).toEqual(['e0']);

    // What was left unstarted starts under the second shim.
    await t.start(req({ id: 'c1', exec_id: 'e2' }));
    await t.start(req({ id: 'c2' }));
    expect(second.agent.calls).toEqual(expect.arrayContaining(['exec c1 e2', 'startContainer c2']));

    // The init's end, and Delete.
    second.agent.exits.get('c1/')!(0);
    expect(await t.wait(req({ id: 'c1' }))).toMatchObject({ exit_status: 0 });
    second.agent.exits.get('c1/e2')!(0);
    await t.wait(req({ id: 'c1', exec_id: 'e2' }));
    expect(await t.delete(req({ id: 'c1' }))).toMatchObject({ pid: vm.pid, exit_status: 0 });
    expect(second.agent.calls).toContain('removeContainer c1');
    await refused(t.state(req({ id: 'c1' })), GrpcCode.NotFound);
    expect(second.persist.log).toEqual(expect.arrayContaining(['forget c1']));
    expect(second.events.on('/tasks/exit').map((e) => e.id)).toEqual(['e1', 'c1', 'e2']);
    expect(first.events.topics.filter((x) => x === '/tasks/exit')).toHaveLength(1);
    await t.destroy();
    expect(vm.alive).toBe(false);
  });

  it('the first shim reports nothing after handing over, even what the guest does meanwhile', async () => {
    const { vms, guest, first } = await running();
    const records = await handOver(first);
    const before = first.events.topics.length;
    first.agent.exits.get('c1/e1')?.(9);
    await new Promise((r) => setTimeout(r, 20));
    expect(first.events.topics.length).toBe(before);
    const second = await takeOver(vms, guest, records);
    second.agent.exits.get('c1/e1')!(3);
    expect(await second.tasks.wait(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ exit_status: 3 });
    await second.tasks.destroy();
  });

  it('a task record naming a container the sandbox does not have is dropped and forgotten', async () => {
    const { vms, guest, first } = await running();
    const records = await handOver(first);
    const ghost: TaskRecord = { ...records.tasks[1]!, id: 'ghost' };
    const second = await takeOver(vms, guest, { ...records, tasks: [...records.tasks, ghost] });
    await refused(second.tasks.state(req({ id: 'ghost' })), GrpcCode.NotFound);
    await until(() => second.persist.log.includes('forget ghost'));
    expect(second.tasks.size).toBe(2);
    await second.tasks.destroy();
  });

  it('a VM gone while no shim was attached: the tasks taken over have exited 255, and are published as such', async () => {
    const { vms, guest, first, vm } = await running();
    const records = await handOver(first);
    vm.die('qemu-exit');
    const second = await takeOver(vms, guest, records);
    expect(await second.tasks.wait(req({ id: 'c1' }))).toMatchObject({ exit_status: 255 });
    expect(await second.tasks.wait(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ exit_status: 255 });
    expect(await second.tasks.state(req({ id: 'c1' }))).toMatchObject({ status: Status.STOPPED, exit_status: 255 });
    await until(() => second.events.on('/tasks/exit').length >= 3);
    expect(second.events.on('/tasks/exit').map((e) => e.id).sort()).toEqual(['c1', 'e1', 'c2'].sort());
    expect(await second.tasks.delete(req({ id: 'c1' }))).toMatchObject({ exit_status: 255 });
    await second.tasks.destroy();
  });

  // BUG (reported, not fixed here): a task killed before it started ended on the host only
  // (Container.kill: p.lost(128+signal)); the guest still has its container created. The
  // record keeps the container 'stopped' but not the exit, and Container's resume takes every
  // container not 'created' for started: the second shim waits on the agent for an init that
  // never ran. So State says STOPPED with exit status 0, Wait does not answer, and Delete is
  // refused as "still running" until another Kill reaches the guest.
  it('a task killed before it started is still stopped with its status after the takeover, and can be deleted', async () => {
    const { vms, guest, first } = await running();
    await first.tasks.kill(req({ id: 'c2', signal: 9 }));
    expect(await first.tasks.wait(req({ id: 'c2' }))).toMatchObject({ exit_status: 137 });
    const records = await handOver(first);
    const second = await takeOver(vms, guest, records);
    try {
      expect(await second.tasks.state(req({ id: 'c2' }))).toMatchObject({ status: Status.STOPPED, exit_status: 137 });
      expect(await within(second.tasks.wait(req({ id: 'c2' })), 500)).toMatchObject({ exit_status: 137 });
      expect(await second.tasks.delete(req({ id: 'c2' }))).toMatchObject({ exit_status: 137 });
    } finally {
      await second.tasks.destroy();
    }
  });
});

describe('stdio across the takeover', () => {
  it('output the first shim held (not yet in the FIFO) is written first by the second: nothing lost, nothing twice, in order', async () => {
    const fifo = path.join(tmp.dir(), 'c1-stdout');
    execFileSync('mkfifo', [fifo]);
    const vms = new FakeVmFactory();
    const guest = new GuestOutput();
    const first = shim(vms, new ReleasingAgent(guest));
    await first.tasks.create(createReq('c1', { ...noStdio, stdout: fifo }));
    await first.tasks.start(req({ id: 'c1' }));

    // containerd reads a first line, then goes away (restarting): the pipe fills, the rest waits.
    const got: Buffer[] = [];
    const away = openFifoReader(fifo);
    const firstLine = new Promise((r) => away.once('data', (d: Buffer) => (got.push(Buffer.from(d)), r(undefined))));
    guest.say('c1', '', 'stdout', 'hello\n');
    await firstLine;
    away.destroy();
    await new Promise<void>((r) => away.once('close', () => r()));
    const payload = Buffer.from(Array.from({ length: 300 * 1024 }, (_, i) => i % 251));
    for (let i = 0; i < payload.length; i += 50 * 1024) guest.say('c1', '', 'stdout', payload.subarray(i, i + 50 * 1024));
    await new Promise((r) => setTimeout(r, 200));

    const records = await handOver(first);
    const held = Buffer.from(records.tasks[0]!.init.held!.stdout, 'base64');
    expect(held.length).toBeGreaterThan(0);
    const second = await takeOver(vms, guest, records);
    // The first shim lets go of the FIFO once the second has it open.
    first.tasks.closeStdio();

    guest.say('c1', '', 'stdout', 'after\n');
    const back = fs.createReadStream(fifo);
    back.on('data', (d) => got.push(Buffer.from(d)));
    const closed = new Promise<void>((r) => back.once('close', () => r()));
    second.agent.exits.get('c1/')!(0);
    expect(await second.tasks.wait(req({ id: 'c1' }))).toMatchObject({ exit_status: 0 });
    await closed;
    const all = Buffer.concat(got);
    expect(all.length).toBe(6 + payload.length + 6);
    expect(all.equals(Buffer.concat([Buffer.from('hello\n'), payload, Buffer.from('after\n')]))).toBe(true);
    expect(second.events.on('/tasks/exit')).toEqual([expect.objectContaining({ id: 'c1', exit_status: 0 })]);
    await second.tasks.destroy();
  });
});
