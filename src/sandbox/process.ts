/**
 * A process as the host sees it: a container's init or an exec, running in the guest. Output
 * is pulled from the agent as the consumer reads (back-pressure reaches the guest); the exit
 * is known from the agent's WaitProcess, or from the sandbox when the VM dies under it.
 */
import { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { GuestAgent } from '../agent/guest-agent.js';
import { failedPrecondition, GrpcCode } from '../errors.js';

export type ProcessState = 'created' | 'running' | 'stopped';

export interface ProcessExit {
  /** The code, or 128+signal; 255 when the VM died and the real status is unknowable. */
  status: number;
  at: Date;
  /** Set when the exit was not the process's own, e.g. "the VM died (qemu-exit)". */
  reason?: string;
}

const READ_SIZE = 64 * 1024;

/** A process as the store keeps it: whether it was started in the guest, and its exit once known. */
export interface ProcessRecord {
  started: boolean;
  exit?: { status: number; at: string; reason?: string };
}

export class Process {
  state: ProcessState = 'created';
  exit: ProcessExit | undefined;
  readonly stdout: Readable;
  readonly stderr: Readable;
  readonly stdin: Writable;
  /** Settles when the exit is known, whether or not the output has been read yet. */
  readonly exited: Promise<ProcessExit>;
  private resolveExit!: (e: ProcessExit) => void;
  private readonly stop = new AbortController();
  private readonly pendingReads: Array<() => void> = [];
  /** The guest ran it (a process that exited is 'stopped' either way). */
  private everStarted = false;
  /** Set by release(): no more calls go to the agent, and what fails now is expected. */
  private released = false;
  /** Output reads the agent has not answered yet. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    readonly containerId: string,
    /** The exec id; the container id for the init process. */
    readonly id: string,
    private readonly agent: GuestAgent,
    private readonly log: Logger,
  ) {
    this.exited = new Promise((r) => (this.resolveExit = r));
    this.stdout = this.output('stdout');
    this.stderr = this.output('stderr');
    this.stdin = new Writable({
      write: (chunk: Buffer, _enc, cb) => {
        this.agent.writeStdin(this.containerId, this.execId, chunk).then(() => cb(), cb);
      },
      final: (cb) => {
        this.agent.closeStdin(this.containerId, this.execId).then(() => cb(), cb);
      },
    });
  }

  /** The agent addresses the init process by an empty exec id. */
  private get execId(): string {
    return this.id === this.containerId ? '' : this.id;
  }

  /** Called once the agent has started the process: from now on its exit is watched. */
  started(): void {
    this.everStarted = true;
    if (!this.exit) this.state = 'running';
    for (const pull of this.pendingReads.splice(0)) pull();
    this.agent.wait(this.containerId, this.execId, this.stop.signal).then(
      (status) => this.exited_(status),
      (err) => {
        // The VM's death is reported by the sandbox with its reason; anything else is logged.
        if (!this.stop.signal.aborted && !this.released && !connectionLost(err)) this.log.warn({ err }, 'waiting for the process failed');
      },
    );
  }

  /**
   * The shim hands the process to another (the agent has been told, see GuestAgent.release):
   * no more output is asked for, and this resolves once every read already asked for has
   * been answered, its bytes in the output streams. The process runs on in the guest.
   */
  async release(): Promise<void> {
    this.released = true;
    this.pendingReads.length = 0;
    await Promise.allSettled([...this.inFlight]);
  }

  record(): ProcessRecord {
    const e = this.exit;
    return { started: this.everStarted, ...(e ? { exit: { status: e.status, at: e.at.toISOString(), ...(e.reason ? { reason: e.reason } : {}) } } : {}) };
  }

  /**
   * A process another shim recorded, as the guest still has it: one that ran is watched again
   * from here (its exit, already known to the guest or not, and the output it still holds);
   * one that never ran keeps the exit recorded for it (killed before it started).
   */
  static resume(containerId: string, id: string, agent: GuestAgent, log: Logger, r: ProcessRecord): Process {
    const p = new Process(containerId, id, agent, log);
    const exit = r.exit ? { status: r.exit.status, at: new Date(r.exit.at), ...(r.exit.reason ? { reason: r.exit.reason } : {}) } : undefined;
    if (!r.started) {
      if (exit) p.lost(exit.reason ?? 'it never started', exit.status, exit.at);
      return p;
    }
    // Known already: kept with its time (the guest would answer the status again, not when).
    if (exit) p.exited_(exit.status, exit.reason, exit.at);
    p.started();
    return p;
  }

  /** Resolves when the process has exited and both output streams have ended. */
  async wait(): Promise<ProcessExit> {
    const exit = await this.exited;
    await Promise.all([ended(this.stdout), ended(this.stderr)]);
    return exit;
  }

  async signal(signal: number): Promise<void> {
    if (this.state !== 'running') throw failedPrecondition(`process ${this.id} is ${this.state}`);
    await this.agent.signal(this.containerId, this.execId, signal);
  }

  async resize(rows: number, columns: number): Promise<void> {
    if (this.state !== 'running') throw failedPrecondition(`process ${this.id} is ${this.state}`);
    await this.agent.resizeTty(this.containerId, this.execId, rows, columns);
  }

  /** The VM is gone: nothing more will come from the guest. */
  lost(reason: string, status = 255, at = new Date()): void {
    this.stop.abort();
    this.exited_(status, reason, at);
    this.pendingReads.length = 0;
    endOutput(this.stdout);
    endOutput(this.stderr);
  }

  private exited_(status: number, reason?: string, at = new Date()): void {
    if (this.exit) return;
    this.state = 'stopped';
    this.exit = { status, at, ...(reason ? { reason } : {}) };
    this.log.info({ status, reason }, 'process exited');
    this.resolveExit(this.exit);
  }

  /** Output pulled from the agent one read per consumer demand; demand before start waits for it. */
  private output(which: 'stdout' | 'stderr'): Readable {
    const pull = () => {
      const read = this.agent.read(this.containerId, this.execId, which, READ_SIZE, this.stop.signal).then(
        (data) => (data ? push(stream, data) : endOutput(stream)),
        (err) => {
          // A released read ends without taking anything: the output is the next shim's.
          if (this.released) return;
          if (!this.stop.signal.aborted && !connectionLost(err)) this.log.warn({ err, stream: which }, 'reading output failed');
          endOutput(stream);
        },
      );
      this.inFlight.add(read);
      void read.finally(() => this.inFlight.delete(read));
    };
    const stream = new Readable({
      read: () => {
        if (this.released) return;
        if (this.state === 'created') this.pendingReads.push(pull);
        else pull();
      },
    });
    return stream;
  }
}

/** The agent's connection went away: the sandbox learns why from the VM and reports it. */
export function connectionLost(err: unknown): boolean {
  return (err as { grpcCode?: number }).grpcCode === GrpcCode.Unavailable;
}

/** Outputs that have been given their end; a late answer from the agent is dropped. */
const finished = new WeakSet<Readable>();

function push(s: Readable, data: Buffer): void {
  if (!finished.has(s)) s.push(data);
}

function endOutput(s: Readable): void {
  if (finished.has(s)) return;
  finished.add(s);
  s.push(null);
}

function ended(s: Readable): Promise<void> {
  if (s.readableEnded || s.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    s.once('end', resolve);
    s.once('close', resolve);
  });
}
