/**
 * A container in the guest: its bundle, its init process (started by StartContainer) and
 * its exec processes. State follows runc's: created → running ⇄ paused → stopped.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { failedPrecondition, notFound } from '../errors.js';
import { readCgroupPids } from './cgroup-pids.js';
import { GuestProcess } from './process.js';
import type { Runc } from './runc.js';

export type ContainerState = 'created' | 'running' | 'paused' | 'stopped';

/** A pid of the guest's, and the exec it is the process of, if any. */
export interface ContainerProcess {
  pid: number;
  execId?: string;
}

export class GuestContainer {
  state: ContainerState = 'created';
  init: GuestProcess | undefined;
  readonly execs = new Map<string, GuestProcess>();

  constructor(
    readonly id: string,
    readonly bundle: string,
    readonly cgroupPath: string,
    private readonly terminal: boolean,
    private readonly runc: Runc,
    private readonly log: Logger,
  ) {}

  async start(): Promise<GuestProcess> {
    if (this.state !== 'created') throw failedPrecondition(`container ${this.id} is ${this.state}, not created`);
    this.state = 'running';
    const files = this.files('init', this.terminal);
    try {
      this.init = await GuestProcess.start(this.id, this.runc.run(this.id, this.bundle, files), files, this.log);
    } catch (err) {
      this.state = 'created';
      await this.runc.delete(this.id, true).catch(() => undefined);
      throw err;
    }
    // In a PID namespace of its own, the init's end ends every process of the container. In
    // the pod's or the VM's, its children live on (reparented to that namespace's init) and
    // hold the container's output open, so its exit would never be reported: whatever is
    // left in its cgroup is killed, as containerd's runc shim kills all on an init's exit.
    void this.init.runnerExited.then(() => this.killRemaining());
    void this.init.exited.then(() => (this.state = 'stopped'));
    return this.init;
  }

  /** Kills every process still in the container's cgroup (cgroup v2's cgroup.kill). */
  private async killRemaining(): Promise<void> {
    try {
      const left = (await fs.readFile(path.join(this.cgroupPath, 'cgroup.procs'), 'utf8')).trim();
      if (!left) return;
      this.log.info({ pids: left.split('\n').length }, 'the init exited: killing what it left in the container');
      await fs.writeFile(path.join(this.cgroupPath, 'cgroup.kill'), '1');
    } catch (err) {
      // No cgroup any more (a terminal init's, removed by plain `run`): nothing can be left in it.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn({ err }, 'cannot kill what the init left in the container');
    }
  }

  async exec(execId: string, processSpec: Record<string, unknown>): Promise<GuestProcess> {
    if (this.state !== 'running') throw failedPrecondition(`container ${this.id} is ${this.state}, not running`);
    if (execId === this.id || this.execs.has(execId)) throw failedPrecondition(`exec ${execId} already exists in ${this.id}`);
    const file = path.join(this.bundle, `exec-${execId}.json`);
    await fs.writeFile(file, JSON.stringify(processSpec), { mode: 0o600 });
    const files = this.files(`exec-${execId}`, processSpec.terminal === true);
    const p = await GuestProcess.start(execId, this.runc.exec(this.id, file, files), files, this.log);
    this.execs.set(execId, p);
    return p;
  }

  private files(name: string, terminal: boolean) {
    return { pid: path.join(this.bundle, `${name}.pid`), log: path.join(this.bundle, `${name}.runc.log`), terminal };
  }

  /** The init process for an empty exec id or the container's own id, else that exec. */
  process(execId: string): GuestProcess {
    const p = !execId || execId === this.id ? this.init : this.execs.get(execId);
    if (!p) throw notFound(!execId || execId === this.id ? `container ${this.id} has not started` : `exec ${execId} not found in ${this.id}`);
    return p;
  }

  /**
   * The init process by the container's id, an exec by its own; an empty exec id signals
   * every process of the container (Kata's meaning of it), which `runc kill --all` does.
   */
  async signal(execId: string, signal: number): Promise<void> {
    if (!execId || execId === this.id) {
      if (this.state === 'created') throw failedPrecondition(`container ${this.id} has not started`);
      // Once the init has ended, nothing of the container is left to signal (see start).
      if (this.init?.exitStatus !== undefined) throw notFound(`container ${this.id}: process already finished`);
      await this.runc.kill(this.id, signal, !execId).catch((err: Error) => {
        // It ended between our look and runc's; its exit is on its way to us.
        if (/container not running|process already finished/.test(err.message)) throw notFound(`container ${this.id}: process already finished`);
        throw err;
      });
      return;
    }
    const p = this.process(execId);
    if (p.exitStatus !== undefined) throw notFound(`exec ${execId}: process already finished`);
    if (p.pid === undefined) throw failedPrecondition(`exec ${execId} has no pid yet`);
    process.kill(p.pid, signal);
  }

  /** Every process in the container's cgroup, with the exec each running exec's own pid belongs to. */
  async processes(): Promise<ContainerProcess[]> {
    // Nothing runs before start: runc creates the container only then (`run`).
    if (this.state === 'created') return [];
    const execOf = new Map<number, string>();
    for (const [id, p] of this.execs) if (p.pid !== undefined && p.exitStatus === undefined) execOf.set(p.pid, id);
    return (await readCgroupPids(this.cgroupPath)).map((pid) => (execOf.has(pid) ? { pid, execId: execOf.get(pid) } : { pid }));
  }

  async pause(): Promise<void> {
    if (this.state !== 'running') throw failedPrecondition(`container ${this.id} is ${this.state}, not running`);
    await this.runc.pause(this.id);
    this.state = 'paused';
  }

  async resume(): Promise<void> {
    if (this.state !== 'paused') throw failedPrecondition(`container ${this.id} is ${this.state}, not paused`);
    await this.runc.resume(this.id);
    this.state = 'running';
  }

  async update(resources: Record<string, unknown>): Promise<void> {
    if (this.state === 'stopped') throw failedPrecondition(`container ${this.id} is stopped`);
    const file = path.join(this.bundle, 'resources.json');
    await fs.writeFile(file, JSON.stringify(resources), { mode: 0o600 });
    await this.runc.update(this.id, file);
  }

  /** Stops whatever still runs (SIGKILL, bounded wait), then forgets the container in runc. */
  async remove(timeoutMs: number): Promise<void> {
    if (this.state === 'paused') await this.runc.resume(this.id).catch(() => undefined);
    const running = [this.init, ...this.execs.values()].filter((p) => p && p.exitStatus === undefined) as GuestProcess[];
    if (running.length) {
      await this.runc.kill(this.id, 9, true).catch((err) => this.log.warn({ err }, 'kill before remove failed'));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((r) => (timer = setTimeout(r, timeoutMs)));
      await Promise.race([Promise.all(running.map((p) => p.exited)), timeout]);
      clearTimeout(timer);
    }
    if (this.state !== 'created') await this.runc.delete(this.id, true).catch((err) => this.log.warn({ err }, 'runc delete failed'));
    this.state = 'stopped';
    await fs.rm(this.bundle, { recursive: true, force: true });
  }
}
