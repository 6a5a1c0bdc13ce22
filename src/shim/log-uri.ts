/**
 * containerd's stdio URIs beyond FIFOs: `file:///path` and `binary:///path?k=v` (`ctr run
 * --log-uri`), with the meaning containerd's runc shim gives them
 * (cmd/containerd-shim-runc-v2/process/io.go). The URI comes in stdout, stderr repeats it.
 *
 * Parsed by hand rather than with WHATWG `URL`, which rewrites file: URLs (`file:x` becomes
 * `file:///x`, a `localhost` host vanishes) where containerd's Go url.Parse keeps what was
 * written; a path that is not plainly absolute is refused instead of being guessed at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { invalidArgument } from '../errors.js';

export type StdioUri =
  | { scheme: 'fifo'; path: string }
  | { scheme: 'file'; path: string }
  /** binary-v2: the logger must write a byte to fd 5 to be ready; EOF alone means it failed. */
  | { scheme: 'binary' | 'binary-v2'; path: string; args: string[] };

export type LogUri = Exclude<StdioUri, { scheme: 'fifo' }>;
type BinaryUri = Extract<LogUri, { args: string[] }>;

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const URI = /^[^:]*:(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#.*)?$/;

/** A bare path is a FIFO, as Go's url.Parse finds no scheme in it. */
export function parseStdioUri(uri: string): StdioUri {
  const scheme = SCHEME.exec(uri)?.[1]?.toLowerCase();
  if (!scheme) return { scheme: 'fifo', path: uri };
  if (scheme === 'fifo') return { scheme, path: uri.replace(/^fifo:(\/\/)?/i, '') };
  if (scheme !== 'file' && scheme !== 'binary' && scheme !== 'binary-v2') {
    throw invalidArgument(`stdio ${uri}: unknown scheme ${scheme}; a FIFO path, file:///path or binary:///path is expected`);
  }
  const [, host, rawPath = '', query = ''] = URI.exec(uri)!;
  // file://var/log/x would name host "var": the runc shim then writes /log/x.
  if (host) throw invalidArgument(`stdio ${uri}: the path must be absolute (${scheme}:///path), not host ${host}`);
  const p = decodePath(uri, rawPath);
  if (!path.isAbsolute(p)) throw invalidArgument(`stdio ${uri}: the path must be absolute (${scheme}:///path)`);
  if (scheme === 'file') return { scheme, path: p };
  return { scheme, path: p, args: binaryArgs(query) };
}

function decodePath(uri: string, raw: string): string {
  let p: string;
  try {
    p = decodeURIComponent(raw);
  } catch {
    throw invalidArgument(`stdio ${uri}: malformed escape in the path`);
  }
  if (p.includes('\0')) throw invalidArgument(`stdio ${uri}: NUL in the path`);
  return p;
}

/**
 * The runc shim's NewBinaryCmd: each query key, then its first value. Go's map gives the keys
 * in random order; here they keep the URI's. An empty value adds no argument, where Go adds "".
 */
function binaryArgs(query: string): string[] {
  const args: string[] = [];
  const params = new URLSearchParams(query);
  for (const key of new Set(params.keys())) {
    args.push(key);
    const value = params.get(key);
    if (value) args.push(value);
  }
  return args;
}

/** Fails Create/Exec on a logging binary that cannot run, as the runc shim's failed start would. */
export function checkLogUri(uri: LogUri, raw: string): void {
  if (uri.scheme === 'file') return;
  try {
    fs.accessSync(uri.path, fs.constants.X_OK);
    if (!fs.statSync(uri.path).isFile()) throw new Error('not a file');
  } catch {
    throw invalidArgument(`stdio ${raw}: ${uri.path} is not an executable file`);
  }
}

export interface LoggerTimeouts {
  /**
   * For the logging binary to signal ready. The runc shim waits without limit; here a logger
   * that never answers would hold the process's exit (Wait, TaskExit) forever.
   */
  readyMs: number;
  /** For the logger to exit by itself once its input ended, before it is sent SIGTERM. */
  exitMs: number;
  /** After SIGTERM, before SIGKILL: the runc shim's binaryIOProcTermTimeout. */
  termMs: number;
}

export const LOGGER_TIMEOUTS: LoggerTimeouts = { readyMs: 10_000, exitMs: 2_000, termMs: 12_000 };

export interface LogOptions {
  /** Whether the process's stderr goes to the log too (not with a terminal, nor when unset). */
  stderr: boolean;
  /** What a logging binary is told in CONTAINER_ID and CONTAINER_NAMESPACE. */
  containerId: string;
  namespace: string;
  timeouts: LoggerTimeouts;
  onError(err: Error): void;
}

/** Where a process's output is written; the promises reject when the destination never became usable. */
export interface LogDestination {
  stdout: Promise<Writable>;
  stderr?: Promise<Writable>;
  /** Once both copies are over: lets go of the destination. Never rejects. */
  close(): Promise<void>;
}

export function openLog(uri: LogUri, o: LogOptions): LogDestination {
  return uri.scheme === 'file' ? openFile(uri.path, o) : runLogger(uri, o);
}

/**
 * stdout and stderr each get their own O_APPEND descriptor on the one file: appends never
 * overwrite each other, as with the runc shim's shared descriptor.
 */
function openFile(file: string, o: LogOptions): LogDestination {
  const dir = mkdirs(path.dirname(file));
  dir.catch(o.onError);
  const open = () => dir.then(() => fs.createWriteStream(file, { flags: 'a', mode: 0o644 }));
  return { stdout: open(), stderr: o.stderr ? open() : undefined, close: () => Promise.resolve() };
}

/**
 * mkdir -p, as the runc shim does (0755). Not Node's `recursive: true`: under /proc or
 * behind a dangling link, mkdir says ENOENT while the parent exists, and Node's walk retries
 * the pair forever at full CPU; here a parent that exists settles it.
 */
async function mkdirs(dir: string): Promise<void> {
  try {
    await fs.promises.mkdir(dir, { mode: 0o755 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw err;
    await mkdirs(path.dirname(dir));
    await fs.promises.mkdir(dir, { mode: 0o755 }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
}

/**
 * containerd's logging-binary protocol: fd 3 carries stdout, fd 4 stderr, and fd 5 is
 * closed (binary) or written to (binary-v2) once the logger is ready. Until then nothing is
 * read from the process, so what it writes waits in the guest instead of being lost.
 */
function runLogger(uri: BinaryUri, o: LogOptions): LogDestination {
  let child: ChildProcess;
  try {
    // Only these two variables, as the runc shim gives (its cmd.Env starts empty).
    child = spawn(uri.path, uri.args, {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      env: { CONTAINER_ID: o.containerId, CONTAINER_NAMESPACE: o.namespace },
    });
  } catch (e) {
    // Node throws, rather than emitting 'error', for some exec failures (ENOEXEC, EISDIR).
    return failedLog(uri, e as Error, o);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const [out, err, wait] = [3, 4, 5].map((fd) => child.stdio?.[fd] as Socket | null | undefined);
  if (!out || !err || !wait) {
    // EMFILE/ENFILE: Node gave up before making the pipes and reports it as 'error' next.
    child.on('error', () => undefined);
    return failedLog(uri, new Error('no pipes for it (out of file descriptors)'), o);
  }
  // Failures reach us through readiness and the copies' own error handling.
  for (const s of [out, err, wait]) s.on('error', () => undefined);
  if (!o.stderr) err.end();

  let stopping: Promise<void> | undefined;
  const stop = (t: LoggerTimeouts) => (stopping ??= stopLogger(child, exited, t));

  const ready = loggerReady(child, wait, uri, o.timeouts.readyMs);
  ready.catch((e: Error) => {
    o.onError(e);
    // Not ready: it will get no output, so it gets no grace either.
    for (const s of [out, err]) s.destroy();
    void stop({ ...o.timeouts, exitMs: 0 });
  });
  return {
    stdout: ready.then(() => out),
    stderr: o.stderr ? ready.then(() => err) : undefined,
    close: async () => {
      // The copies have ended both sockets (EOF to the logger) or given up on them.
      for (const s of [out, err, wait]) s.destroy();
      await stop(o.timeouts);
    },
  };
}

function failedLog(uri: BinaryUri, e: Error, o: LogOptions): LogDestination {
  const failed = Promise.reject(new Error(`logging binary ${uri.path} did not start: ${e.message}`, { cause: e }));
  failed.catch(o.onError);
  return { stdout: failed, stderr: o.stderr ? failed : undefined, close: () => Promise.resolve() };
}

function loggerReady(child: ChildProcess, wait: Socket, uri: BinaryUri, readyMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let signalled = false;
    let settled = false;
    const settle = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      wait.destroy();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => settle(new Error(`logging binary ${uri.path} not ready after ${readyMs} ms`)), readyMs);
    // Kept for the child's life: a later 'error' (a failed kill) must not go unhandled.
    child.on('error', (e) => settle(new Error(`logging binary ${uri.path} did not start: ${e.message}`, { cause: e })));
    wait.once('data', () => {
      signalled = true;
      settle();
    });
    // A plain binary logger that exits without a word counts as ready, as in the runc shim;
    // its output then has nowhere to go and the copies report it.
    wait.once('end', () =>
      settle(uri.scheme === 'binary-v2' && !signalled ? new Error(`logging binary ${uri.path} did not call ready (it may have crashed or exited)`) : undefined),
    );
  });
}

/** Gives the logger time to write out what it read, then asks, then insists. */
async function stopLogger(child: ChildProcess, exited: Promise<void>, t: LoggerTimeouts): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (await settlesWithin(exited, t.exitMs)) return;
  child.kill('SIGTERM');
  if (await settlesWithin(exited, t.termMs)) return;
  child.kill('SIGKILL');
  await exited;
}

function settlesWithin(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, ms, false)));
  return Promise.race([p.then(() => true), timeout]).finally(() => clearTimeout(timer));
}
