/**
 * A container of a sandbox, from the host: created → running ⇄ paused → stopped, its init
 * process and its execs. The guest agent does the work; this keeps the states honest.
 */
import type { Logger } from 'pino';
import type { ContainerStats, GuestAgent, GuestProcessInfo } from '../agent/guest-agent.js';
import { alreadyExists, failedPrecondition, notFound, validateId } from '../errors.js';
import { Process, type ProcessRecord } from './process.js';

export type ContainerState = 'created' | 'running' | 'paused' | 'stopped';

/** A container as the store keeps it: its state, its init and the execs it has started, with the exits known. */
export interface ContainerRecord {
  id: string;
  state: ContainerState;
  init: ProcessRecord;
  execs: Record<string, ProcessRecord>;
}

/** Runs guest-heavy work in its turn (the host's admission queue); by default at once. Urgent work goes ahead of waiting work. */
export type Turn = <T>(what: string, work: () => Promise<T>, options?: { urgent?: boolean }) => Promise<T>;
const atOnce: Turn = (_what, work) => work();

export class Container {
  state: ContainerState = 'created';
  readonly init: Process;
  readonly execs = new Map<string, Process>();

  constructor(
    readonly id: string,
    private readonly agent: GuestAgent,
    private readonly log: Logger,
    private readonly turn: Turn = atOnce,
    resumed?: ContainerRecord,
  ) {
    this.init = resumed ? Process.resume(id, id, agent, log, resumed.init) : new Process(id, id, agent, log);
    if (resumed) {
      this.state = resumed.state;
      for (const [execId, r] of Object.entries(resumed.execs)) this.execs.set(execId, Process.resume(id, execId, agent, log.child({ exec: execId }), r));
    }
    void this.init.exited.then(() => (this.state = 'stopped'));
  }

  /** What another shim needs to take the container over (Sandbox.resume). */
  record(): ContainerRecord {
    return { id: this.id, state: this.state, init: this.init.record(), execs: Object.fromEntries([...this.execs].map(([id, p]) => [id, p.record()])) };
  }

  /** The exec was deleted (Task Delete): the container no longer knows it. */
  forget(execId: string): void {
    if (execId !== this.id) this.execs.delete(execId);
  }

  /** The shim hands the container over: see Process.release. */
  async release(): Promise<void> {
    await Promise.all([this.init, ...this.execs.values()].map((p) => p.release()));
  }

  async start(): Promise<void> {
    this.expect('created', 'start');
    await this.turn(`start container ${this.id}`, () => this.agent.startContainer(this.id));
    this.state = 'running';
    this.init.started();
  }

  /** Runs another process in the container; `process` is an OCI process spec (JSON). */
  async exec(execId: string, process: Record<string, unknown>): Promise<Process> {
    validateId('exec', execId);
    this.expect('running', 'exec into');
    if (execId === this.id || this.execs.has(execId)) throw alreadyExists(`exec ${execId} already exists in ${this.id}`);
    const p = new Process(this.id, execId, this.agent, this.log.child({ exec: execId }));
    this.execs.set(execId, p);
    try {
      // Someone waits for an exec's output (kubectl exec, a probe): ahead of other pods' steps.
      await this.turn(`exec ${execId} in ${this.id}`, () => this.agent.exec(this.id, execId, process), { urgent: true });
    } catch (err) {
      this.execs.delete(execId);
      throw err;
    }
    p.started();
    return p;
  }

  process(execId?: string): Process {
    if (!execId || execId === this.id) return this.init;
    const p = this.execs.get(execId);
    if (!p) throw notFound(`exec ${execId} not found in container ${this.id}`);
    return p;
  }

  /**
   * Signals the init process, or the exec named. A container that never started has no
   * process to signal; as with runc, killing it ends it (128+signal) so it can be deleted.
   * `all` signals every process of the container; as containerd's runc shim (`runc kill
   * --all`), only with the init's kill: an exec's ignores it.
   */
  async kill(signal: number, execId?: string, all = false): Promise<void> {
    const p = this.process(execId);
    if (p === this.init && this.state === 'created') {
      p.lost('killed before it started', 128 + signal);
      this.state = 'stopped';
      return;
    }
    if (all && p === this.init) {
      if (p.state !== 'running') throw failedPrecondition(`process ${p.id} is ${p.state}`);
      await this.agent.signalAll(this.id, signal);
      return;
    }
    await p.signal(signal);
  }

  /**
   * The processes in the container, by their pids in the guest. Before start there are none:
   * the guest creates the container only then (runc's shim has the init from create on).
   */
  async processes(): Promise<GuestProcessInfo[]> {
    if (this.state === 'created') return [];
    return this.agent.processes(this.id);
  }

  async pause(): Promise<void> {
    this.expect('running', 'pause');
    await this.agent.pause(this.id);
    this.state = 'paused';
  }

  async resume(): Promise<void> {
    this.expect('paused', 'resume');
    await this.agent.resume(this.id);
    this.state = 'running';
  }

  update(resources: Record<string, unknown>): Promise<void> {
    if (this.state === 'stopped') throw failedPrecondition(`container ${this.id} is stopped`);
    return this.agent.update(this.id, resources);
  }

  /** Nothing has run yet in a created container: zeros, as runc reports for its empty cgroup. */
  async stats(): Promise<ContainerStats> {
    if (this.state === 'created') return { cpu: { totalNs: 0n, userNs: 0n, systemNs: 0n }, memory: { usage: 0n, limit: 0n, maxUsage: 0n, stats: {} }, pids: { current: 0n, limit: 0n } };
    return this.agent.stats(this.id);
  }

  /** Removes it from the guest, killing what still runs there. */
  async delete(): Promise<void> {
    if (this.state === 'running' || this.state === 'paused') throw failedPrecondition(`container ${this.id} is ${this.state}; kill it first`);
    await this.agent.removeContainer(this.id, 10);
  }

  /** The VM died: every process is over. */
  lost(reason: string): void {
    for (const p of [this.init, ...this.execs.values()]) p.lost(reason);
    this.state = 'stopped';
  }

  private expect(state: ContainerState, action: string): void {
    if (this.state !== state) throw failedPrecondition(`cannot ${action} container ${this.id}: it is ${this.state}`);
  }
}
