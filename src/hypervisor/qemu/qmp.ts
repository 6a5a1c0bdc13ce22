/**
 * A client for QEMU's machine protocol (QMP) over a unix socket: one JSON object per line
 * each way. The server greets first; nothing but `qmp_capabilities` is accepted until the
 * client sends it. Commands carry an `id` the answer echoes, so answers are matched by id
 * rather than by order; everything with an `event` key is an asynchronous event.
 */
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { GrpcCode } from '../../errors.js';
import { HypervisorError } from '../hypervisor.js';

export interface QmpEvent {
  event: string;
  data: Record<string, unknown>;
  /** When QEMU emitted it, from the event's timestamp. */
  at: Date;
}

export interface QmpGreeting {
  version?: { qemu?: { major: number; minor: number; micro: number }; package?: string };
  capabilities?: string[];
}

export interface QmpCommandOptions {
  /** Default: the client's commandTimeoutMs. */
  timeoutMs?: number;
}

export interface QmpConnectOptions {
  /** Bounds connecting plus the greeting plus capability negotiation. Default 5000. */
  timeoutMs?: number;
  /** Default timeout of each command. Default 10000. */
  commandTimeoutMs?: number;
}

/** QEMU answered a command with `{"error": {"class", "desc"}}`. */
export class QmpCommandError extends HypervisorError {
  constructor(
    readonly command: string,
    readonly qmpClass: string,
    readonly desc: string,
  ) {
    super(GrpcCode.Internal, `QMP command "${command}" failed: ${qmpClass}: ${desc}`);
  }
}

/** Longest line accepted; query-qmp-schema, the biggest answer QEMU gives, is far below it. */
const MAX_LINE = 16 * 1024 * 1024;

interface Pending {
  command: string;
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: NodeJS.Timeout;
}

type EventListener = (event: QmpEvent) => void;

export class QmpClient {
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<EventListener>();
  private nextId = 1;
  private buffered = '';
  private closeReason: Error | undefined;
  private resolveClosed!: () => void;
  /** Settles when the connection is gone, for whatever reason. */
  readonly closed = new Promise<void>((r) => (this.resolveClosed = r));
  private settleGreeting!: { resolve(g: QmpGreeting): void; reject(e: Error): void };
  /** QEMU greets as soon as it accepts the connection, possibly before anyone asks. */
  private readonly greetingReceived = new Promise<QmpGreeting>((resolve, reject) => (this.settleGreeting = { resolve, reject }));
  private readonly commandTimeoutMs: number;
  /** The greeting QEMU sent, once the handshake is done. */
  greeting: QmpGreeting | undefined;

  /** Takes a connected stream; most callers want QmpClient.connect. */
  constructor(private readonly stream: Duplex, options: { commandTimeoutMs?: number } = {}) {
    this.commandTimeoutMs = options.commandTimeoutMs ?? 10_000;
    this.greetingReceived.catch(() => {}); // Only handshake() cares, and it handles the rejection.
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => this.onData(chunk));
    stream.once('end', () => this.shutdown(new Error('QMP connection closed by QEMU')));
    stream.on('error', (err) => this.shutdown(err));
    stream.once('close', () => this.shutdown(new Error('QMP connection closed')));
  }

  /** Connects, reads the greeting and negotiates capabilities; resolves with a client ready for commands. */
  static async connect(path: string, options: QmpConnectOptions = {}): Promise<QmpClient> {
    const timeoutMs = options.timeoutMs ?? 5000;
    const deadline = Date.now() + timeoutMs;
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect(path);
      const timer = setTimeout(() => {
        s.destroy();
        reject(new HypervisorError(GrpcCode.DeadlineExceeded, `connecting to QMP socket ${path} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(new HypervisorError(GrpcCode.Unavailable, `cannot connect to QMP socket ${path}: ${err.message}`, { cause: err }));
      });
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(s);
      });
    });
    const client = new QmpClient(socket, { commandTimeoutMs: options.commandTimeoutMs });
    try {
      await client.handshake(Math.max(1, deadline - Date.now()));
    } catch (err) {
      client.close();
      const code = err instanceof HypervisorError ? err.grpcCode : GrpcCode.Unavailable;
      throw new HypervisorError(code, `QMP handshake on ${path}: ${(err as Error).message}`, { cause: err });
    }
    return client;
  }

  get isClosed(): boolean {
    return this.closeReason !== undefined;
  }

  /** Waits for the greeting and sends qmp_capabilities. */
  async handshake(timeoutMs: number): Promise<QmpGreeting> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new HypervisorError(GrpcCode.DeadlineExceeded, `QMP greeting did not arrive within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    let greeting: QmpGreeting;
    try {
      greeting = await Promise.race([this.greetingReceived, timeout]);
    } finally {
      clearTimeout(timer);
    }
    await this.execute('qmp_capabilities', undefined, { timeoutMs });
    this.greeting = greeting;
    return greeting;
  }

  /** Runs a command; resolves with its `return` value. */
  execute<T = unknown>(command: string, args?: Record<string, unknown>, options: QmpCommandOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.closeReason) return reject(this.closedError(`"${command}"`));
      const id = this.nextId++;
      const timeoutMs = options.timeoutMs ?? this.commandTimeoutMs;
      const timer = setTimeout(() => {
        // A late answer finds no pending entry and is dropped.
        this.pending.delete(id);
        reject(new HypervisorError(GrpcCode.DeadlineExceeded, `QMP command "${command}" timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { command, resolve: resolve as (v: unknown) => void, reject, timer });
      const message = args === undefined ? { execute: command, id } : { execute: command, arguments: args, id };
      this.stream.write(JSON.stringify(message) + '\n');
    });
  }

  /** Subscribes to asynchronous events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves with the first event `matches` takes, arriving from now on; rejects with
   * DeadlineExceeded after `timeoutMs`, Unavailable if the connection closes first. Subscribe
   * before sending the command that causes the event.
   */
  nextEvent(matches: (e: QmpEvent) => boolean, timeoutMs: number, what: string): Promise<QmpEvent> {
    return new Promise((resolve, reject) => {
      const done = (settle: () => void) => {
        clearTimeout(timer);
        off();
        settle();
      };
      const off = this.onEvent((e) => {
        if (matches(e)) done(() => resolve(e));
      });
      const timer = setTimeout(() => done(() => reject(new HypervisorError(GrpcCode.DeadlineExceeded, `no ${what} within ${timeoutMs} ms`))), timeoutMs);
      void this.closed.then(() => done(() => reject(this.closedError(what))));
    });
  }

  close(): void {
    this.shutdown(new Error('QMP connection closed by the client'));
  }

  private onData(chunk: string): void {
    this.buffered += chunk;
    let newline: number;
    while ((newline = this.buffered.indexOf('\n')) >= 0) {
      const line = this.buffered.slice(0, newline).trim();
      this.buffered = this.buffered.slice(newline + 1);
      if (line) this.onLine(line);
      if (this.closeReason) return;
    }
    if (this.buffered.length > MAX_LINE) this.shutdown(new Error(`QMP peer sent a line longer than ${MAX_LINE} bytes`));
  }

  private onLine(line: string): void {
    let msg: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
      msg = parsed as Record<string, unknown>;
    } catch (err) {
      // QEMU only ever sends objects; anything else means the wrong thing is on the other end.
      this.shutdown(new Error(`QMP peer sent something that is not a JSON object: ${line.slice(0, 200)}`, { cause: err }));
      return;
    }
    if ('QMP' in msg) {
      this.settleGreeting.resolve((msg.QMP ?? {}) as QmpGreeting);
      return;
    }
    if (typeof msg.event === 'string') {
      this.emit(msg);
      return;
    }
    const id = msg.id;
    if (typeof id !== 'number') return; // An answer to no command of ours: nothing waits for it.
    const p = this.pending.get(id);
    if (!p) return; // Timed out earlier.
    this.pending.delete(id);
    clearTimeout(p.timer);
    if ('return' in msg) {
      p.resolve(msg.return);
    } else {
      const error = (msg.error ?? {}) as { class?: unknown; desc?: unknown };
      p.reject(new QmpCommandError(p.command, String(error.class ?? 'GenericError'), String(error.desc ?? JSON.stringify(msg))));
    }
  }

  private emit(msg: Record<string, unknown>): void {
    const ts = msg.timestamp as { seconds?: number; microseconds?: number } | undefined;
    const at = ts && typeof ts.seconds === 'number' ? new Date(ts.seconds * 1000 + Math.floor((ts.microseconds ?? 0) / 1000)) : new Date();
    const event: QmpEvent = { event: msg.event as string, data: (msg.data ?? {}) as Record<string, unknown>, at };
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // One listener's bug must not keep the event from the others or break the connection.
      }
    }
  }

  private closedError(what: string): HypervisorError {
    return new HypervisorError(GrpcCode.Unavailable, `QMP connection closed while waiting for ${what}: ${this.closeReason?.message}`, {
      cause: this.closeReason,
    });
  }

  private shutdown(reason: Error): void {
    if (this.closeReason) return;
    this.closeReason = reason;
    this.stream.destroy();
    this.settleGreeting.reject(this.closedError('the greeting'));
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      clearTimeout(p.timer);
      p.reject(this.closedError(`"${p.command}"`));
    }
    this.resolveClosed();
  }
}
