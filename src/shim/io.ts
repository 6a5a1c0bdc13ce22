/**
 * A process's stdio as containerd hands it over: FIFO paths (stdin, stdout, stderr) opened
 * here and joined to the process's streams with pipe(), which gives back-pressure end to
 * end: a reader that stops reading the FIFO stops the shim pulling output from the guest.
 * An empty path means not connected; stdin not connected is closed at once, so a process
 * reading it sees EOF instead of waiting forever. Output may instead go to a log URI
 * (file://, binary://, see log-uri.ts) named by stdout.
 */
import type { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { invalidArgument } from '../errors.js';
import { hangUpFifo, openFifoReader } from './fifo.js';
import { FifoPump } from './fifo-pump.js';
import { checkLogUri, LOGGER_TIMEOUTS, openLog, parseStdioUri, type LoggerTimeouts, type LogUri } from './log-uri.js';

export interface StdioPaths {
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
}

export interface ProcessStreams {
  stdin: Writable;
  stdout: Readable;
  stderr: Readable;
}

/** stdin is always a FIFO: a log URI has nothing to read from. */
function fifoPath(p: string): string {
  const uri = parseStdioUri(p);
  if (uri.scheme !== 'fifo') throw invalidArgument(`stdio ${p}: a FIFO path is expected here`);
  return uri.path;
}

/**
 * Where output goes: containerd's FIFOs, or the one log destination stdout names. Then
 * stderr, when set, repeats stdout's URI, as `ctr --log-uri` sends it; the runc shim reads
 * only stdout's, and a differing stderr would be silently ignored there.
 */
function logUri(io: StdioPaths): LogUri | undefined {
  const out = io.stdout ? parseStdioUri(io.stdout) : undefined;
  const err = io.stderr ? parseStdioUri(io.stderr) : undefined;
  if (out && out.scheme !== 'fifo') {
    if (io.stderr && io.stderr !== io.stdout) throw invalidArgument(`stderr ${io.stderr}: must be empty or the same log URI as stdout ${io.stdout}`);
    return out;
  }
  if (err && err.scheme !== 'fifo') throw invalidArgument(`stderr ${io.stderr}: a log URI goes in stdout (and stderr repeats it)`);
  return undefined;
}

export function validateStdio(io: StdioPaths): void {
  if (io.stdin) fifoPath(io.stdin);
  const log = logUri(io);
  if (log) checkLogUri(log, io.stdout);
}

/** What a logging binary (binary://) is told about the process it logs for. */
export interface StdioOwner {
  /** CONTAINER_ID: the runc shim gives a container's id for its init, the exec id for an exec. */
  containerId: string;
  /** CONTAINER_NAMESPACE: containerd's namespace. */
  namespace: string;
  loggerTimeouts?: Partial<LoggerTimeouts>;
}

export interface StdioConnection {
  /**
   * Resolves once all output reached the FIFOs, was written to the log file, or was handed
   * to the logging binary and that has exited: when the exit may be published. Never rejects.
   */
  done: Promise<void>;
  /** CloseIO: the process's stdin ends once what was written to the FIFO has been passed on. */
  closeStdin(): void;
  /**
   * The shim hands the process to another (see release.ts): copying stops at once, and what
   * was taken from the process but not yet written comes back, to be written first by the
   * next shim. The destinations stay open until close().
   */
  release(): Promise<HeldOutput>;
  /** Lets go of the destinations and stdin after release(). */
  close(): void;
}

/** How long a release waits for a log destination to take what it was given. */
const LOG_DRAIN_MS = 2000;

/** Output a shim took from a process and did not get to write. */
export interface HeldOutput {
  stdout: Buffer;
  stderr: Buffer;
}

/** One destination's copying: what it still holds comes back on release. */
interface Copy {
  done: Promise<void>;
  release(): Promise<Buffer>;
  close(): void;
}

/**
 * Joins the FIFOs (or the log destination) to the process's streams; copying runs until the
 * process's output ends. `owner` is needed for binary:// only; without it the logging
 * binary sees CONTAINER_ID and CONTAINER_NAMESPACE empty.
 */
export function connectStdio(io: StdioPaths, p: ProcessStreams, onError: (err: Error) => void, owner?: StdioOwner, resumed?: Partial<HeldOutput>): StdioConnection {
  // A write to a process that went away must not take the shim down with it.
  p.stdin.on('error', onError);
  let input: Socket | undefined;
  if (io.stdin) {
    // containerd opens the writing end when the user has input to give (see fifo.ts: no
    // thread waits for it). The pipe ends the process's stdin at EOF.
    input = openFifoReader(fifoPath(io.stdin));
    input.pipe(p.stdin);
    input.on('error', (err) => {
      onError(err);
      p.stdin.end();
    });
  } else {
    p.stdin.end();
  }
  const log = logUri(io);
  const copies = log ? copyToLog(log, io, p, onError, owner, resumed) : copyToFifos(io, p, resumed);
  const done = Promise.all(copies.map((c) => c.done)).then(() => {
    input?.destroy();
  });
  return {
    done,
    release: async () => {
      const [stdout, stderr] = await Promise.all(copies.map((c) => c.release()));
      return { stdout: stdout ?? Buffer.alloc(0), stderr: stderr ?? Buffer.alloc(0) };
    },
    close: () => {
      for (const c of copies) c.close();
      input?.destroy();
    },
    closeStdin: () => {
      if (!input || input.destroyed || input.readableEnded) {
        if (!p.stdin.writableEnded) p.stdin.end();
        return;
      }
      // containerd has closed its end: EOF is on its way and the pipe will end stdin. A FIFO
      // that never had a writer gets its end now, so that it can.
      hangUpFifo(fifoPath(io.stdin));
    },
  };
}

/** `resumed`: another shim had these FIFOs, and this is what it held back (see FifoPump). */
function copyToFifos(io: StdioPaths, p: ProcessStreams, resumed?: Partial<HeldOutput>): Copy[] {
  const copy = (from: Readable, path: string, first?: Buffer): Copy => (path ? new FifoPump(from, fifoPath(path), { first, resume: resumed !== undefined }) : dropping(from));
  // With a terminal, stderr is the same pty as stdout: the guest sends everything on stdout.
  return [copy(p.stdout, io.stdout, resumed?.stdout), io.terminal ? dropping(p.stderr) : copy(p.stderr, io.stderr, resumed?.stderr)];
}

/** Output nobody takes: read to its end and let go. */
function dropping(from: Readable): Copy {
  return { done: drain(from), release: async () => Buffer.alloc(0), close: () => undefined };
}

function copyToLog(uri: LogUri, io: StdioPaths, p: ProcessStreams, onError: (err: Error) => void, owner?: StdioOwner, resumed: Partial<HeldOutput> = {}): Copy[] {
  const log = openLog(uri, {
    stderr: !io.terminal && !!io.stderr,
    containerId: owner?.containerId ?? '',
    namespace: owner?.namespace ?? '',
    timeouts: { ...LOGGER_TIMEOUTS, ...owner?.loggerTimeouts },
    onError,
  });
  const copies = [copyOut(p.stdout, log.stdout, onError, resumed.stdout), log.stderr ? copyOut(p.stderr, log.stderr, onError, resumed.stderr) : dropping(p.stderr)];
  const done = Promise.all(copies.map((c) => c.done)).then(() => log.close());
  // The log closes once both copies are done, whichever way they ended.
  return copies.map((c, i) => (i === 0 ? { ...c, done } : c));
}

/**
 * Copies with back-pressure once the destination is there. A destination that is never
 * there, or fails (disk full, the logger died), gets nothing more: the rest of the output
 * is read and dropped, so the process is never stuck writing output nobody takes.
 */
function copyOut(from: Readable, to: Promise<Writable>, onError: (err: Error) => void, first?: Buffer): Copy {
  let dest: Writable | undefined;
  let released = false;
  const done = (async () => {
    try {
      dest = await to;
    } catch {
      return drain(from); // the destination reported why
    }
    if (released) return;
    if (first?.length) dest.write(first);
    from.pipe(dest);
    try {
      await finished(dest, { readable: false });
    } catch (err) {
      onError(err as Error);
      from.unpipe(dest);
      dest.destroy();
      await drain(from);
      return;
    }
    // A logger's socket can end without an error when the logger goes: the rest is dropped.
    if (!from.readableEnded) {
      onError(new Error('the log destination closed before the output ended'));
      from.unpipe(dest);
      await drain(from);
    }
  })();
  return {
    done,
    // A file or a logger's pipe takes what it was given: only what is still in the stream comes back.
    release: async () => {
      released = true;
      if (dest) from.unpipe(dest);
      const rest: Buffer[] = dest ? [] : first?.length ? [first] : [];
      for (let c = from.read() as Buffer | null; c !== null; c = from.read() as Buffer | null) rest.push(c);
      // A logger that stopped reading is not waited for past a moment.
      if (dest && dest.writableLength > 0) await Promise.race([new Promise((r) => dest!.once('drain', r).once('close', r).once('error', r)), new Promise((r) => setTimeout(r, LOG_DRAIN_MS))]);
      return Buffer.concat(rest);
    },
    close: () => undefined,
  };
}

function drain(s: Readable): Promise<void> {
  if (s.readableEnded || s.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    s.on('end', resolve).on('close', resolve).resume();
  });
}
