/**
 * containerd's Task API over the sandbox model. One shim serves one pod: the first Create
 * boots the sandbox's VM, later ones add containers to it. Calls that change a container
 * are serialized per container; different containers proceed concurrently.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import Long from 'long';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import { containerd, io } from '../../api/gen/containerd.js';
import { toTimestamp } from '../api/well-known.js';
import { failedPrecondition, GrpcCode, HuskError, invalidArgument, notFound, validateId } from '../errors.js';
import type { Container } from '../sandbox/container.js';
import { unmount } from '../sandbox/mounts.js';
import type { Process, ProcessExit } from '../sandbox/process.js';
import type { EventSink } from './events.js';
import { taskEvents } from './events.js';
import type { Pod } from './pod.js';
import type { PodFiles } from './sandbox-service.js';
import { rootDisk } from '../sandbox/block-devices.js';
import { connectStdio, validateStdio, type StdioConnection, type StdioPaths } from './io.js';

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
}

interface Task {
  id: string;
  bundle: string;
  stdio: StdioPaths;
  container: Container;
  rootfsMounted: boolean;
  io?: StdioConnection;
  finished: Finished;
  execs: Map<string, ExecEntry>;
  queue: PQueue;
}

export interface TaskServiceOptions {
  namespace: string;
  /** The pod's sandbox, booted by the first Create unless the Sandbox API did. */
  pod: Pod;
  /** The pod's hostname, hosts and resolv.conf when the Sandbox API made the pod (no pause container to bind them from). */
  podFiles?(): PodFiles | undefined;
  /** The pod's sysctls when the Sandbox API made the pod (no pause container carries them). */
  podSysctls?(): Record<string, string>;
  events: EventSink;
  log: Logger;
  /** Called once Shutdown found nothing left to serve. */
  onShutdown(): void;
}

export class TaskService {
  private readonly tasks = new Map<string, Task>();
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
      return await this.createTask(req);
    } finally {
      this.creating.delete(req.id);
    }
  }

  private async createTask(req: Req<'CreateTaskRequest'>): Promise<{ pid: number }> {
    const stdio = { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal };
    validateStdio(stdio);
    const spec = JSON.parse(await fs.readFile(path.join(req.bundle, 'config.json'), 'utf8')) as Record<string, any>;
    spec.process = { ...spec.process, terminal: req.terminal };
    spec.mounts = withPodFiles(spec.mounts ?? [], this.o.podFiles?.());
    const sysctls = this.o.podSysctls?.() ?? {};
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
      if (req.rootfs.length && !disk) {
        await mountAll(req.rootfs, rootfs);
        mounted = true;
      }
      const container = await sandbox.createContainer(req.id, spec, disk ?? rootfs);
      const task: Task = { id: req.id, bundle: req.bundle, stdio, container, rootfsMounted: mounted, finished: finished(), execs: new Map(), queue: new PQueue({ concurrency: 1 }) };
      this.tasks.set(req.id, task);
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
        this.watchExit(task, task.container.init, task.io.done, task.finished, '');
        this.o.events.publish(...taskEvents.start({ container_id: task.id, pid }));
        return { pid };
      }
      const e = this.execEntry(task, req.exec_id);
      if (e.process) throw failedPrecondition(`exec ${req.exec_id} has already started`);
      e.process = await task.container.exec(req.exec_id, e.spec);
      e.io = this.attach(e.stdio, e.process);
      this.watchExit(task, e.process, e.io.done, e.finished, req.exec_id);
      this.o.events.publish(...taskEvents.execStarted({ container_id: task.id, exec_id: req.exec_id, pid }));
      return { pid };
    });
  }

  async exec(req: Req<'ExecProcessRequest'>): Promise<void> {
    const task = this.task(req.id);
    validateId('exec', req.exec_id);
    if (task.execs.has(req.exec_id)) throw new HuskError(GrpcCode.AlreadyExists, `exec ${req.exec_id} already exists in ${req.id}`);
    if (!req.spec?.value) throw invalidArgument('exec without a process spec');
    const spec = JSON.parse(Buffer.from(req.spec.value).toString('utf8')) as Record<string, unknown>;
    const stdio = { stdin: req.stdin, stdout: req.stdout, stderr: req.stderr, terminal: req.terminal };
    validateStdio(stdio);
    task.execs.set(req.exec_id, { spec: { ...spec, terminal: req.terminal }, stdio, finished: finished() });
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
      await task.container.kill(req.signal, req.exec_id || undefined).catch((err: HuskError) => {
        if (err.grpcCode !== GrpcCode.NotFound) throw err;
      });
      if (unstarted) {
        // Never started: no output to wait for.
        task.finished.settle(p.exit!);
        this.o.events.publish(...taskEvents.exit({ container_id: task.id, id: task.id, pid: await this.pid(), exit_status: p.exit!.status, exited_at: toTimestamp(p.exit!.at) }));
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
        return deleteResponse(pid, e.process?.exit);
      }
      const init = task.container.init;
      if (init.state === 'running' && !init.exit) throw failedPrecondition(`task ${req.id} is still running; kill it first`);
      const sandbox = (await this.o.pod.current())!;
      await sandbox.deleteContainer(req.id);
      if (task.rootfsMounted) await unmount(path.join(task.bundle, 'rootfs')).catch((err) => this.o.log.warn({ err, task: req.id }, 'rootfs unmount failed'));
      this.tasks.delete(req.id);
      this.o.events.publish(...taskEvents.delete({ container_id: req.id, pid, exit_status: init.exit?.status ?? 0, exited_at: toTimestamp(init.exit?.at ?? new Date()) }));
      return deleteResponse(pid, init.exit);
    });
  }

  async pids(req: Req<'PidsRequest'>) {
    this.task(req.id);
    return { processes: [{ pid: await this.pid() }] };
  }

  async pause(req: Req<'PauseRequest'>): Promise<void> {
    const task = this.task(req.id);
    await task.queue.add(() => task.container.pause());
    this.o.events.publish(...taskEvents.paused({ container_id: req.id }));
  }

  async resume(req: Req<'ResumeRequest'>): Promise<void> {
    const task = this.task(req.id);
    await task.queue.add(() => task.container.resume());
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
    return { shim_pid: process.pid, task_pid: await this.pid(), version: '0.1.0' };
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

  private attach(stdio: StdioPaths, p: Process): StdioConnection {
    return connectStdio(stdio, p, (err) => this.o.log.warn({ err }, 'stdio copy failed'), { containerId: p.id, namespace: this.o.namespace });
  }

  /** Wait's answer and TaskExit once the exit is known and its output has reached containerd's FIFOs. */
  private watchExit(task: Task, p: Process, drained: Promise<void>, done: Finished, execId: string): void {
    void Promise.all([p.exited, drained]).then(async ([exit]) => {
      done.settle(exit);
      this.o.events.publish(...taskEvents.exit({ container_id: task.id, id: execId || task.id, pid: await this.pid(), exit_status: exit.status, exited_at: toTimestamp(exit.at) }));
    });
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

function containerStatus(state: Container['state']): number {
  return { created: Status.CREATED, running: Status.RUNNING, paused: Status.PAUSED, stopped: Status.STOPPED }[state];
}

function deleteResponse(pid: number, exit: ProcessExit | undefined) {
  return { pid, exit_status: exit?.status ?? 0, exited_at: toTimestamp(exit?.at ?? new Date()) };
}

/**
 * Host bind mounts in a spec would name host paths the guest cannot see, and sharing them
 * is exactly what a VM boundary refuses: they are dropped, with a warning.
 */

/** Mounts containerd's rootfs mounts (an overlay from the snapshotter, usually) on target. */
async function mountAll(mounts: containerd.types.IMount[], target: string): Promise<void> {
  await fs.mkdir(target, { recursive: true });
  for (const m of mounts) {
    const args = ['-t', m.type || 'none', ...(m.options?.length ? ['-o', m.options.join(',')] : []), m.source || 'none', target];
    const r = await execa('mount', args, { reject: false });
    if (r.exitCode !== 0) throw failedPrecondition(`mounting the rootfs (${m.type}): ${r.stderr.trim()}`);
  }
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
