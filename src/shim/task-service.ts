/**
 * containerd's Task API over the sandbox model. One shim serves one pod: the first Create
 * boots the sandbox's VM, later ones add containers to it. Calls that change a container
 * are serialized per container; different containers proceed concurrently.
 * taskServiceImpl names each RPC's handler.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import Long from 'long';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { containerd, io } from '../../api/gen/containerd.js';
import { packAny, toTimestamp, type AnyMessage } from '../api/well-known.js';
import { failedPrecondition, GrpcCode, HuskError, invalidArgument, notFound, validateId } from '../errors.js';
import type { Container } from '../sandbox/container.js';
import { mountAll, unmount } from '../sandbox/mounts.js';
import type { Process, ProcessExit } from '../sandbox/process.js';
import type { TaskV3 } from '../api/task.js';
import type { ServiceImplementation } from '../ttrpc/index.js';
import type { EventSink } from './events.js';
import { taskEvents } from './events.js';
import type { Pod } from './pod.js';
import type { PodFiles } from './pod.js';
import type { ExecRecord, TaskRecord } from './pod-records.js';
import { rootDisk } from '../sandbox/block-devices.js';
import { connectStdio, validateStdio, type HeldOutput, type StdioConnection, type StdioPaths } from './io.js';
import type { Sandbox } from '../sandbox/sandbox.js';
import { HUSK_VERSION } from '../version.js';
import { CallsInProgress } from './calls.js';

type v3 = typeof containerd.task.v3;
type Req<K extends keyof v3> = InstanceType<v3[K]>;
const Status = containerd.v1.types.Status;

/**
 * Settles once a process's exit is known and its output has reached containerd's FIFOs:
 * what Wait answers and TaskExit reports. It exists from Create/Exec on, because Wait may
 * come before Start (ctr sends it first).
 */
interface Finished {
  promise: Promise<ProcessExit>;
  settle(exit: ProcessExit): void;
}

function finished(): Finished {
  let settle!: (exit: ProcessExit) => void;
  const promise = new Promise<ProcessExit>((r) => (settle = r));
  return { promise, settle };
}

interface ExecEntry {
  spec: Record<string, unknown>;
  stdio: StdioPaths;
  process?: Process;
  io?: StdioConnection;
  finished: Finished;
  /** TaskExit went out (kept across shims, so a successor does not send it twice). */
  exitPublished: boolean;
}

interface Task {
  id: string;
  bundle: string;
  stdio: StdioPaths;
  container: Container;
  rootfsMounted: boolean;
  io?: StdioConnection;
  finished: Finished;
  exitPublished: boolean;
  execs: Map<string, ExecEntry>;
  queue: PQueue;
}

/** How the task service keeps its state: a task's record, and the pod's (its sandbox changed too). */
export interface TaskPersistence {
  task(r: TaskRecord): Promise<void>;
  forget(id: string): Promise<void>;
  pod(): Promise<void>;
}

export interface TaskServiceOptions {
  namespace: string;
  /** The pod's sandbox, booted by the first Create unless the Sandbox API did. */
  pod: Pod;
  /** Where each change is written before the call that made it answers (pod-records.ts); none: nothing is kept. */
  persist?: TaskPersistence;
  events: EventSink;
  log: Logger;
  /** Called once Shutdown found nothing left to serve. */
  onShutdown(): void;
}

export class TaskService {
  private readonly tasks = new Map<string, Task>();
  /** Handed over to another shim (release): exits are that one's to report. */
  private released = false;
  /** Calls under way outside the tasks' queues (Create): a handover waits for them. */
  private readonly calls = new CallsInProgress();
  /** Ids whose Create is under way: a second Create of one is refused, not raced. */
  private readonly creating = new Set<string>();

  constructor(private readonly o: TaskServiceOptions) {}

  private pid(): Promise<number> {
    return this.o.pod.pid();
  }

  /** How many tasks the shim holds. */
  get size(): number {
    return this.tasks.size;
  }

  async create(req: Req<'CreateTaskRequest'>): Promise<{ pid: number }> {
    validateId('container', req.id);
    if (this.tasks.has(req.id) || this.creating.has(req.id)) throw new HuskError(GrpcCode.AlreadyExists, `task ${req.id} already exists`);
    if (req.checkpoint) throw new HuskError(GrpcCode.Unimplemented, 'restoring from a checkpoint is not supported');
    this.creating.add(req.id);
    try {
      return await this.calls.track(this.createTask(req));
    } finally {
      this.creating.delete(req.id);
    }
  }

  private async createTask(req: Req<'CreateTaskRequest'>): Promise<{ pid: number }> {
    const stdio = { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal };
    validateStdio(stdio);
    const spec = JSON.parse(await fs.readFile(path.join(req.bundle, 'config.json'), 'utf8')) as Record<string, any>;
    spec.process = { ...spec.process, terminal: req.terminal };
    spec.mounts = withPodFiles(spec.mounts ?? [], this.o.pod.files());
    const sysctls = this.o.pod.sysctls();
    if (Object.keys(sysctls).length) spec.linux = { ...spec.linux, sysctl: { ...sysctls, ...spec.linux?.sysctl } };

    // containerd's snapshot mounts go on bundle/rootfs; without any (ctr run --rootfs), the
    // spec's own root path is the rootfs.
    const rootfs = req.rootfs.length ? path.join(req.bundle, 'rootfs') : path.resolve(req.bundle, spec.root?.path ?? 'rootfs');
    let mounted = false;
    try {
      const sandbox = await this.o.pod.ensure({ annotations: spec.annotations ?? {}, hostname: spec.hostname, netns: podNetns(spec) });
      // A block-based snapshot (devmapper, blockfile) goes into the VM as a disk where it can;
      // anything else is mounted here and shared.
      const mounts = req.rootfs.map((m) => ({ type: m.type ?? '', source: m.source ?? '', options: m.options ?? [] }));
      const disk = mounts.length && sandbox.live().canTakeDisks() ? await rootDisk(mounts) : undefined;
      if (mounts.length && !disk) {
        await mountAll(mounts, rootfs);
        mounted = true;
      }
      const container = await sandbox.createContainer(req.id, spec, disk ?? rootfs);
      const task: Task = { id: req.id, bundle: req.bundle, stdio, container, rootfsMounted: mounted, finished: finished(), exitPublished: false, execs: new Map(), queue: new PQueue({ concurrency: 1 }) };
      this.tasks.set(req.id, task);
      // Nothing half-made stays: a create that cannot be recorded is undone.
      await this.save(task).catch(async (err: unknown) => {
        this.tasks.delete(req.id);
        await sandbox.deleteContainer(req.id).catch((e: unknown) => this.o.log.warn({ err: e, task: req.id }, 'undoing an unrecorded create failed'));
        throw err;
      });
      const pid = await this.pid();
      this.o.events.publish(...taskEvents.create({ container_id: req.id, bundle: req.bundle, rootfs: req.rootfs, io: stdio, pid }));
      return { pid };
    } catch (err) {
      if (mounted) await unmount(rootfs).catch((err) => this.o.log.warn({ err, rootfs }, 'rootfs unmount failed'));
      throw err;
    }
  }

  async start(req: Req<'StartRequest'>): Promise<{ pid: number }> {
    const task = this.task(req.id);
    return task.queue.add(async () => {
      const pid = await this.pid();
      if (!req.exec_id) {
        await task.container.start();
        task.io = this.attach(task.stdio, task.container.init);
        this.watchExit(task, task.container.init, task.io.done, task, '');
        await this.save(task);
        this.o.events.publish(...taskEvents.start({ container_id: task.id, pid }));
        return { pid };
      }
      const e = this.execEntry(task, req.exec_id);
      if (e.process) throw failedPrecondition(`exec ${req.exec_id} has already started`);
      e.process = await task.container.exec(req.exec_id, e.spec);
      e.io = this.attach(e.stdio, e.process);
      this.watchExit(task, e.process, e.io.done, e, req.exec_id);
      await this.save(task);
      this.o.events.publish(...taskEvents.execStarted({ container_id: task.id, exec_id: req.exec_id, pid }));
      return { pid };
    });
  }

  async exec(req: Req<'ExecProcessRequest'>): Promise<void> {
    const task = this.task(req.id);
    validateId('exec', req.exec_id);
    if (task.execs.has(req.exec_id)) throw new HuskError(GrpcCode.AlreadyExists, `exec ${req.exec_id} already exists in ${req.id}`);
    if (!req.spec?.value) throw invalidArgument('exec without a process spec');
    let spec: Record<string, unknown>;
    try {
      spec = JSON.parse(Buffer.from(req.spec.value).toString('utf8')) as Record<string, unknown>;
    } catch (err) {
      throw invalidArgument(`exec ${req.exec_id}: the process spec is not JSON: ${(err as Error).message}`);
    }
    const stdio = { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal };
    validateStdio(stdio);
    task.execs.set(req.exec_id, { spec: { ...spec, terminal: req.terminal }, stdio, finished: finished(), exitPublished: false });
    // Only the task's record changes: the sandbox knows an exec once it starts.
    await this.calls.track(this.save(task, { pod: false })).catch((err: unknown) => {
      task.execs.delete(req.exec_id);
      throw err;
    });
    this.o.events.publish(...taskEvents.execAdded({ container_id: req.id, exec_id: req.exec_id }));
  }

  async state(req: Req<'StateRequest'>) {
    const task = this.task(req.id);
    const { process: p, stdio } = this.target(task, req.exec_id);
    const status = !p ? Status.CREATED : p.exit ? Status.STOPPED : req.exec_id ? Status.RUNNING : containerStatus(task.container.state);
    return {
      id: req.id,
      exec_id: req.exec_id,
      bundle: task.bundle,
      pid: await this.pid(),
      status,
      stdin: stdio.stdin,
      stdout: stdio.stdout,
      stderr: stdio.stderr,
      terminal: stdio.terminal,
      exit_status: p?.exit?.status ?? 0,
      exited_at: p?.exit ? toTimestamp(p.exit.at) : undefined,
    };
  }

  async wait(req: Req<'WaitRequest'>) {
    const task = this.task(req.id);
    const exit = await this.target(task, req.exec_id).finished.promise;
    return { exit_status: exit.status, exited_at: toTimestamp(exit.at) };
  }

  async kill(req: Req<'KillRequest'>): Promise<void> {
    const task = this.task(req.id);
    // Queued: a Kill sent while Start runs must see whether the process started.
    await task.queue.add(async () => {
      const p = this.target(task, req.exec_id).process;
      // Killing what has already exited is not an error: containerd retries kills.
      if (!p || p.exit) return;
      const unstarted = !req.exec_id && task.container.state === 'created';
      await task.container.kill(req.signal, req.exec_id || undefined, req.all).catch((err: HuskError) => {
        if (err.grpcCode !== GrpcCode.NotFound) throw err;
      });
      if (unstarted) {
        // Never started: no output to wait for.
        task.finished.settle(p.exit!);
        // Published before it is recorded as published, as watchExit does: a failed save must
        // not leave an exit nobody was told of.
        this.o.events.publish(...taskEvents.exit({ container_id: task.id, id: task.id, pid: await this.pid(), exit_status: p.exit!.status, exited_at: toTimestamp(p.exit!.at) }));
        task.exitPublished = true;
        await this.save(task);
      }
    });
  }

  async delete(req: Req<'DeleteRequest'>) {
    const task = this.task(req.id);
    return task.queue.add(async () => {
      const pid = await this.pid();
      if (req.exec_id) {
        const e = this.execEntry(task, req.exec_id);
        if (e.process && !e.process.exit) throw failedPrecondition(`exec ${req.exec_id} is still running`);
        task.execs.delete(req.exec_id);
        task.container.forget(req.exec_id);
        await this.save(task);
        return deleteResponse(pid, e.process?.exit);
      }
      const init = task.container.init;
      if (init.state === 'running' && !init.exit) throw failedPrecondition(`task ${req.id} is still running; kill it first`);
      const sandbox = (await this.o.pod.current())!;
      await sandbox.deleteContainer(req.id);
      if (task.rootfsMounted) await unmount(path.join(task.bundle, 'rootfs')).catch((err) => this.o.log.warn({ err, task: req.id }, 'rootfs unmount failed'));
      this.tasks.delete(req.id);
      await this.o.persist?.forget(req.id);
      await this.o.persist?.pod();
      this.o.events.publish(...taskEvents.delete({ container_id: req.id, pid, exit_status: init.exit?.status ?? 0, exited_at: toTimestamp(init.exit?.at ?? new Date()) }));
      return deleteResponse(pid, init.exit);
    });
  }

  /** The container's processes by their pids in the guest; an exec's own process carries its exec id, as runc's shim reports it. */
  async pids(req: Req<'PidsRequest'>) {
    const processes = await this.task(req.id).container.processes();
    return { processes: processes.map((p) => (p.execId ? { pid: p.pid, info: processDetails(p.execId) } : { pid: p.pid })) };
  }

  async pause(req: Req<'PauseRequest'>): Promise<void> {
    const task = this.task(req.id);
    await task.queue.add(async () => {
      await task.container.pause();
      await this.save();
    });
    this.o.events.publish(...taskEvents.paused({ container_id: req.id }));
  }

  async resume(req: Req<'ResumeRequest'>): Promise<void> {
    const task = this.task(req.id);
    await task.queue.add(async () => {
      await task.container.resume();
      await this.save();
    });
    this.o.events.publish(...taskEvents.resumed({ container_id: req.id }));
  }

  async resizePty(req: Req<'ResizePtyRequest'>): Promise<void> {
    const p = this.target(this.task(req.id), req.exec_id).process;
    if (!p) throw failedPrecondition(`exec ${req.exec_id} has not started`);
    if (p.exit) return; // a resize racing the exit: nothing left to resize
    await p.resize(req.height, req.width);
  }

  async closeIO(req: Req<'CloseIORequest'>): Promise<void> {
    if (req.stdin) this.target(this.task(req.id), req.exec_id).io?.closeStdin();
  }

  async update(req: Req<'UpdateTaskRequest'>): Promise<void> {
    const task = this.task(req.id);
    const resources = req.resources?.value?.length ? JSON.parse(Buffer.from(req.resources.value).toString('utf8')) : {};
    await task.queue.add(async () => {
      const sandbox = await this.o.pod.current();
      if (!sandbox) throw failedPrecondition(`sandbox ${this.o.pod.id} is not running`);
      // The VM grows or shrinks with its containers' limits (sandbox.ts updateContainer).
      await sandbox.updateContainer(req.id, resources);
      await this.save();
    });
  }

  /** cgroup v2 Metrics, as the runc shim reports on a cgroup v2 host. */
  async stats(req: Req<'StatsRequest'>) {
    const s = await this.task(req.id).container.stats();
    const u = (n: bigint) => Long.fromString(n.toString(), true);
    const metrics = io.containerd.cgroups.v2.Metrics.encode({
      pids: { current: u(s.pids.current), limit: u(s.pids.limit) },
      cpu: { usage_usec: u(s.cpu.totalNs / 1000n), user_usec: u(s.cpu.userNs / 1000n), system_usec: u(s.cpu.systemNs / 1000n) },
      memory: { usage: u(s.memory.usage), usage_limit: u(s.memory.limit), max_usage: u(s.memory.maxUsage) },
    }).finish();
    return { stats: { type_url: 'io.containerd.cgroups.v2.Metrics', value: metrics } };
  }

  async connect(req: Req<'ConnectRequest'>) {
    return { shim_pid: process.pid, task_pid: await this.pid(), version: HUSK_VERSION };
  }

  /**
   * Leaves only when no task remains; then the VM goes and the shim exits. A pod the Sandbox
   * API manages ends with ShutdownSandbox instead: containerd sends Shutdown after every
   * task's Delete.
   */
  async shutdown(): Promise<void> {
    if (this.tasks.size > 0 || this.o.pod.managed) return;
    await this.o.pod.destroy();
    this.o.onShutdown();
  }

  /** The shim is going away with tasks still in it (SIGTERM, ShutdownSandbox): take the VM down too. */
  async destroy(): Promise<void> {
    await this.o.pod.destroy();
    for (const t of this.tasks.values()) if (t.rootfsMounted) await unmount(path.join(t.bundle, 'rootfs')).catch(() => undefined);
    this.tasks.clear();
  }

  /** `held`: for a process taken over, what the previous shim had taken from it and not written. */
  private attach(stdio: StdioPaths, p: Process, held?: HeldOutput): StdioConnection {
    return connectStdio(stdio, p, (err) => this.o.log.warn({ err }, 'stdio copy failed'), { containerId: p.id, namespace: this.o.namespace }, held);
  }

  /** Wait's answer and TaskExit once the exit is known and its output has reached containerd's FIFOs. */
  private watchExit(task: Task, p: Process, drained: Promise<void>, outcome: Outcome, execId: string): void {
    void Promise.all([p.exited, drained]).then(async ([exit]) => {
      // Handed over: the output was not all delivered, and the next shim reports the exit.
      if (this.released) return;
      outcome.finished.settle(exit);
      if (outcome.exitPublished) return;
      outcome.exitPublished = true;
      this.o.events.publish(...taskEvents.exit({ container_id: task.id, id: execId || task.id, pid: await this.pid(), exit_status: exit.status, exited_at: toTimestamp(exit.at) }));
      if (this.tasks.get(task.id) === task) await this.save(task).catch((err: unknown) => this.o.log.error({ err, task: task.id }, 'cannot record a published exit'));
    });
  }

  /** Writes the task's record (if given) and the pod's, before the call that changed them answers. */
  private async save(task?: Task, options: { pod?: boolean } = {}): Promise<void> {
    if (!this.o.persist) return;
    if (task) await this.o.persist.task(taskRecord(task));
    if (options.pod !== false) await this.o.persist.pod();
  }

  /**
   * Takes over the tasks another shim recorded, over the sandbox it handed over (already
   * resumed): stdio is reopened where the other left it, with the output it held written
   * first, and exits are watched again (published if that shim had not).
   */
  takeOver(records: TaskRecord[], sandbox: Sandbox): void {
    for (const r of records) {
      if (!sandbox.containers.has(r.id)) {
        this.o.log.warn({ task: r.id }, 'a task record names a container the sandbox does not have; dropped');
        void this.o.persist?.forget(r.id).catch((err: unknown) => this.o.log.warn({ err, task: r.id }, 'cannot drop the task record'));
        continue;
      }
      const container = sandbox.container(r.id);
      const task: Task = { id: r.id, bundle: r.bundle, stdio: r.stdio, container, rootfsMounted: r.rootfsMounted, finished: finished(), exitPublished: r.init.exitPublished, execs: new Map(), queue: new PQueue({ concurrency: 1 }) };
      this.tasks.set(r.id, task);
      if (container.state !== 'created' || container.init.exit) {
        task.io = this.attach(task.stdio, container.init, heldOf(r.init));
        this.watchExit(task, container.init, task.io.done, task, '');
      }
      for (const [execId, e] of Object.entries(r.execs)) {
        const entry: ExecEntry = { spec: e.spec, stdio: e.stdio, finished: finished(), exitPublished: e.exitPublished };
        task.execs.set(execId, entry);
        const p = e.started ? container.execs.get(execId) : undefined;
        if (!p) continue;
        entry.process = p;
        entry.io = this.attach(e.stdio, p, heldOf(e));
        this.watchExit(task, p, entry.io.done, entry, execId);
      }
    }
  }

  /** Every call in progress has ended: Creates (outside any task's queue) and each task's. */
  async idle(): Promise<void> {
    await this.calls.idle();
    await Promise.all([...this.tasks.values()].map((t) => t.queue.onIdle()));
  }

  /**
   * Hands the tasks over, after the sandbox was released: each process's stdio copying stops
   * and what it had taken but not written goes into its record. The FIFOs stay open until
   * closeStdio(), once the next shim has them.
   */
  async handOver(): Promise<TaskRecord[]> {
    this.released = true;
    const records: TaskRecord[] = [];
    for (const t of this.tasks.values()) {
      const r = taskRecord(t);
      const held = await t.io?.release();
      if (held) r.init.held = encodeHeld(held);
      for (const [execId, e] of t.execs) {
        const h = await e.io?.release();
        if (h) r.execs[execId]!.held = encodeHeld(h);
      }
      records.push(r);
    }
    return records;
  }

  /** After handOver(), once the next shim has the FIFOs open: lets go of them. */
  closeStdio(): void {
    for (const t of this.tasks.values()) {
      t.io?.close();
      for (const e of t.execs.values()) e.io?.close();
    }
  }

  private task(id: string): Task {
    validateId('task', id);
    const t = this.tasks.get(id);
    if (!t) throw notFound(`task ${id} not found`);
    return t;
  }

  /** The init process (empty exec id) or an exec: its process once started, its stdio, copying and outcome. */
  private target(task: Task, execId: string): { process?: Process; stdio: StdioPaths; io?: StdioConnection; finished: Finished } {
    if (!execId) return { process: task.container.init, stdio: task.stdio, io: task.io, finished: task.finished };
    return this.execEntry(task, execId);
  }

  private execEntry(task: Task, execId: string): ExecEntry {
    const e = task.execs.get(execId);
    if (!e) throw notFound(`exec ${execId} not found in task ${task.id}`);
    return e;
  }
}

/**
 * The Task API's methods (v3; v2 has the same names and messages) to their handlers. Calls
 * that answer nothing but success answer Empty.
 */
export function taskServiceImpl(tasks: TaskService): ServiceImplementation<typeof TaskV3> {
  const ok = () => ({});
  return {
    Create: (r) => tasks.create(r),
    Start: (r) => tasks.start(r),
    State: (r) => tasks.state(r),
    Delete: (r) => tasks.delete(r),
    Pids: (r) => tasks.pids(r),
    Pause: (r) => tasks.pause(r).then(ok),
    Resume: (r) => tasks.resume(r).then(ok),
    Kill: (r) => tasks.kill(r).then(ok),
    Exec: (r) => tasks.exec(r).then(ok),
    ResizePty: (r) => tasks.resizePty(r).then(ok),
    CloseIO: (r) => tasks.closeIO(r).then(ok),
    Update: (r) => tasks.update(r).then(ok),
    Wait: (r) => tasks.wait(r),
    Stats: (r) => tasks.stats(r),
    Connect: (r) => tasks.connect(r),
    Shutdown: () => tasks.shutdown().then(ok),
  };
}

/** The init process's or an exec's outcome: what Wait answers, and whether TaskExit went out. */
interface Outcome {
  finished: Finished;
  exitPublished: boolean;
}

function taskRecord(t: Task): TaskRecord {
  const execs: Record<string, ExecRecord> = {};
  for (const [id, e] of t.execs) execs[id] = { spec: e.spec, stdio: e.stdio, started: e.process !== undefined, exitPublished: e.exitPublished };
  return { id: t.id, bundle: t.bundle, stdio: t.stdio, rootfsMounted: t.rootfsMounted, init: { exitPublished: t.exitPublished }, execs };
}

function encodeHeld(h: HeldOutput): { stdout: string; stderr: string } {
  return { stdout: h.stdout.toString('base64'), stderr: h.stderr.toString('base64') };
}

/** What a previous shim held for the process: always given for a process taken over, so its FIFOs are reopened as such. */
function heldOf(r: { held?: { stdout: string; stderr: string } }): HeldOutput {
  return { stdout: Buffer.from(r.held?.stdout ?? '', 'base64'), stderr: Buffer.from(r.held?.stderr ?? '', 'base64') };
}

/** containerd.runc.v1.ProcessDetails, which containerd and ctr decode by that bare name. */
function processDetails(execId: string): AnyMessage {
  return packAny('containerd.runc.v1.ProcessDetails', containerd.runc.v1.ProcessDetails.encode({ exec_id: execId }).finish());
}

function containerStatus(state: Container['state']): number {
  return { created: Status.CREATED, running: Status.RUNNING, paused: Status.PAUSED, stopped: Status.STOPPED }[state];
}

function deleteResponse(pid: number, exit: ProcessExit | undefined) {
  return { pid, exit_status: exit?.status ?? 0, exited_at: toTimestamp(exit?.at ?? new Date()) };
}

/**
 * The network namespace CRI made for the pod, named by path in its first container's spec
 * (the pause container's). Later containers name /proc/<pid>/ns/net of that one, which the
 * pod's VM already has; a /proc path is never a pod's own namespace to set up.
 */
function podNetns(spec: { linux?: { namespaces?: Array<{ type: string; path?: string }> } }): string | undefined {
  const p = spec.linux?.namespaces?.find((n) => n.type === 'network')?.path;
  return p && !p.startsWith('/proc/') ? p : undefined;
}

/** Adds the pod's own /etc files to a container's mounts, unless the spec brings its own. */
function withPodFiles(mounts: Array<{ destination: string }>, files: PodFiles | undefined) {
  if (!files) return mounts;
  const add = [
    { destination: '/etc/hostname', source: files.hostname },
    { destination: '/etc/hosts', source: files.hosts },
    { destination: '/etc/resolv.conf', source: files.resolvConf },
  ].filter((f) => !mounts.some((m) => m.destination === f.destination));
  return [...mounts, ...add.map((f) => ({ ...f, type: 'bind', options: ['rbind', 'ro'] }))];
}
