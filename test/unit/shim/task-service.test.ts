/**
 * containerd's Task API over the hypervisor double and the scripted agent: what each call
 * answers, which events it publishes and in what order, and the refusals. Bundles have no
 * rootfs mounts (the bundle's rootfs directory is bound into the pod's shared directory) and
 * no stdio, so no FIFO is opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { containerd } from '../../../api/gen/containerd.js';
import { GrpcCode } from '../../../src/errors.js';
import { RecordingSink, tempRoot } from '../doubles/recording-sink.js';
import { createRequests, execReq, noStdio, refused, req } from '../doubles/task-requests.js';
import { FakeVmFactory, type FakeVm } from '../../../src/hypervisor/fake.js';
import { Pod } from '../../../src/shim/pod.js';
import { TaskService } from '../../../src/shim/task-service.js';
import { ScriptedAgent } from '../doubles/scripted-agent.js';

const log = pino({ level: 'silent' });
const Status = containerd.v1.types.Status;
const tmp = tempRoot('husk-tasksvc-');


function service() {
  const vms = new FakeVmFactory();
  const agent = new ScriptedAgent();
  const pod = new Pod({
    base: { id: 'pod1', stateRoot: path.join(tmp.dir(), 'state'), image: { kernelPath: 'k', initrdPath: 'i', rootfsImagePath: 'r' }, memoryMiB: 512, vcpus: 1 },
    deps: { vms, connectAgent: async () => agent, log },
  });
  const events = new RecordingSink();
  const shutdowns: number[] = [];
  const tasks = new TaskService({ namespace: 'default', pod, events, log, onShutdown: () => shutdowns.push(1) });
  const vmPid = () => (vms.vms[0] as FakeVm).pid;
  return { tasks, pod, agent, events, shutdowns, vmPid };
}

const createReq = createRequests(() => tmp.dir());

it("Create boots the pod, creates the container and answers the VM's pid", async () => {
  const { tasks, pod, agent, events, vmPid } = service();
  const { pid } = await tasks.create(createReq('c1'));
  expect(pid).toBe(vmPid());
  expect((await pod.current())?.state).toBe('running');
  expect(agent.calls).toEqual(expect.arrayContaining(['createSandbox', 'createContainer c1']));
  expect(events.topics).toEqual(['/tasks/create']);
  expect(await events.next('/tasks/create')).toMatchObject({ container_id: 'c1', bundle: path.join(tmp.dir(), 'bundles', 'c1'), pid });
  expect(await tasks.state(req({ id: 'c1' }))).toMatchObject({ id: 'c1', status: Status.CREATED, pid });
  await refused(tasks.create(createReq('c1')), GrpcCode.AlreadyExists);
  await tasks.destroy();
});

it('Start runs the init process and publishes TaskStart', async () => {
  const { tasks, agent, events, vmPid } = service();
  await tasks.create(createReq('c1'));
  expect(await tasks.start(req({ id: 'c1' }))).toEqual({ pid: vmPid() });
  expect(agent.calls).toContain('startContainer c1');
  expect(await events.next('/tasks/start')).toMatchObject({ container_id: 'c1', pid: vmPid() });
  expect(await tasks.state(req({ id: 'c1' }))).toMatchObject({ status: Status.RUNNING });
  await refused(tasks.start(req({ id: 'c1' })), GrpcCode.FailedPrecondition);
  await tasks.destroy();
});

it("Exec then Start runs an exec; its exit is Wait's answer and a TaskExit with its id", async () => {
  const { tasks, agent, events, vmPid } = service();
  await tasks.create(createReq('c1'));
  await tasks.start(req({ id: 'c1' }));
  await tasks.exec(execReq('c1', 'e1'));
  expect(await events.next('/tasks/exec-added')).toMatchObject({ container_id: 'c1', exec_id: 'e1' });
  expect(await tasks.state(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ exec_id: 'e1', status: Status.CREATED });
  await refused(tasks.exec(execReq('c1', 'e1')), GrpcCode.AlreadyExists);

  expect(await tasks.start(req({ id: 'c1', exec_id: 'e1' }))).toEqual({ pid: vmPid() });
  expect(agent.calls).toContain('exec c1 e1');
  expect(await events.next('/tasks/exec-started')).toMatchObject({ container_id: 'c1', exec_id: 'e1', pid: vmPid() });
  expect(await tasks.state(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ status: Status.RUNNING });
  await refused(tasks.start(req({ id: 'c1', exec_id: 'e1' })), GrpcCode.FailedPrecondition);

  agent.exits.get('c1/e1')!(3);
  expect(await tasks.wait(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ exit_status: 3 });
  expect(await events.next('/tasks/exit')).toMatchObject({ container_id: 'c1', id: 'e1', exit_status: 3, pid: vmPid() });
  expect(await tasks.state(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ status: Status.STOPPED, exit_status: 3 });
  expect(await tasks.delete(req({ id: 'c1', exec_id: 'e1' }))).toMatchObject({ exit_status: 3 });
  await refused(tasks.state(req({ id: 'c1', exec_id: 'e1' })), GrpcCode.NotFound);
  // The init process is untouched by its exec's end.
  expect(await tasks.state(req({ id: 'c1' }))).toMatchObject({ status: Status.RUNNING });
  await tasks.destroy();
});

it('Kill before Start ends the task (128+signal): Wait answers, TaskExit is published, Delete works', async () => {
  const { tasks, agent, events, vmPid } = service();
  await tasks.create(createReq('c1'));
  await tasks.kill(req({ id: 'c1', signal: 9 }));
  expect(await tasks.wait(req({ id: 'c1' }))).toMatchObject({ exit_status: 137 });
  expect(await events.next('/tasks/exit')).toMatchObject({ container_id: 'c1', id: 'c1', exit_status: 137, pid: vmPid() });
  expect(await tasks.state(req({ id: 'c1' }))).toMatchObject({ status: Status.STOPPED, exit_status: 137 });
  // Killing what has ended again is no error (containerd retries kills), and signals nothing.
  await tasks.kill(req({ id: 'c1', signal: 9 }));
  expect(agent.calls.filter((c) => c.startsWith('signal'))).toEqual([]);
  expect(await tasks.delete(req({ id: 'c1' }))).toMatchObject({ pid: vmPid(), exit_status: 137 });
  expect(await events.next('/tasks/delete')).toMatchObject({ container_id: 'c1', exit_status: 137 });
  expect(events.topics).toEqual(['/tasks/create', '/tasks/exit', '/tasks/delete']);
  await tasks.destroy();
});

it('Wait sent before Start answers once the started process has exited', async () => {
  const { tasks, agent, events } = service();
  await tasks.create(createReq('c1'));
  let answered = false;
  const waiting = tasks.wait(req({ id: 'c1' })).finally(() => (answered = true));
  await tasks.start(req({ id: 'c1' }));
  await new Promise((r) => setImmediate(r));
  expect(answered).toBe(false);
  agent.exits.get('c1/')!(0);
  expect(await waiting).toMatchObject({ exit_status: 0 });
  expect(await events.next('/tasks/exit')).toMatchObject({ container_id: 'c1', id: 'c1', exit_status: 0 });
  expect(events.topics).toEqual(['/tasks/create', '/tasks/start', '/tasks/exit']);
  await tasks.destroy();
});

it('Delete refuses a running task, then answers its exit status, publishes TaskDelete and forgets it', async () => {
  const { tasks, agent, events, vmPid } = service();
  await tasks.create(createReq('c1'));
  await tasks.start(req({ id: 'c1' }));
  await refused(tasks.delete(req({ id: 'c1' })), GrpcCode.FailedPrecondition);
  await tasks.kill(req({ id: 'c1', signal: 15 }));
  expect(agent.calls).toContain('signal c1  15');
  expect(await tasks.wait(req({ id: 'c1' }))).toMatchObject({ exit_status: 143 });
  expect(await tasks.delete(req({ id: 'c1' }))).toMatchObject({ pid: vmPid(), exit_status: 143 });
  expect(agent.calls).toContain('removeContainer c1');
  expect(await events.next('/tasks/delete')).toMatchObject({ container_id: 'c1', pid: vmPid(), exit_status: 143 });
  expect(tasks.size).toBe(0);
  await refused(tasks.state(req({ id: 'c1' })), GrpcCode.NotFound);
  await refused(tasks.delete(req({ id: 'c1' })), GrpcCode.NotFound);
  await tasks.destroy();
});

describe('Shutdown', () => {
  it('does nothing while a task is left', async () => {
    const { tasks, pod, shutdowns } = service();
    await tasks.create(createReq('c1'));
    await tasks.shutdown();
    expect((await pod.current())?.state).toBe('running');
    expect(shutdowns).toEqual([]);
    await tasks.destroy();
  });

  it('with no task left, destroys the pod and calls onShutdown once', async () => {
    const { tasks, pod, shutdowns } = service();
    await tasks.create(createReq('c1'));
    await tasks.kill(req({ id: 'c1', signal: 9 }));
    await tasks.delete(req({ id: 'c1' }));
    const sandbox = await pod.current();
    await tasks.shutdown();
    expect(sandbox?.state).toBe('stopped');
    expect(fs.existsSync(sandbox!.sharedDir)).toBe(false);
    expect(shutdowns).toEqual([1]);
  });
});

it('refuses bad ids with InvalidArgument and unknown tasks and execs with NotFound', async () => {
  const { tasks } = service();
  await refused(tasks.create(req({ id: '../evil', bundle: tmp.dir(), rootfs: [], ...noStdio })), GrpcCode.InvalidArgument);
  await refused(tasks.start(req({ id: '' })), GrpcCode.InvalidArgument);
  await refused(tasks.state(req({ id: 'a/b' })), GrpcCode.InvalidArgument);
  const onTask: Array<(r: never) => Promise<unknown>> = [
    (r) => tasks.start(r), (r) => tasks.state(r), (r) => tasks.wait(r), (r) => tasks.kill(r), (r) => tasks.delete(r),
    (r) => tasks.pids(r), (r) => tasks.pause(r), (r) => tasks.resume(r), (r) => tasks.stats(r), (r) => tasks.exec(r),
  ];
  for (const call of onTask) await refused(call(req({ id: 'nope', exec_id: 'e1', signal: 9 })), GrpcCode.NotFound);
  await tasks.create(createReq('c1'));
  await refused(tasks.exec(execReq('c1', '../e')), GrpcCode.InvalidArgument);
  await refused(tasks.state(req({ id: 'c1', exec_id: 'nope' })), GrpcCode.NotFound);
  await refused(tasks.start(req({ id: 'c1', exec_id: 'nope' })), GrpcCode.NotFound);
  await tasks.destroy();
});
