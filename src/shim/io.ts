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
import { hangUpFifo, openFifoReader, openFifoWriter } from './fifo.js';
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
}

/**
 * Joins the FIFOs (or the log destination) to the process's streams; copying runs until the
 * process's output ends. `owner` is needed for binary:// only; without it the logging
 * binary sees CONTAINER_ID and CONTAINER_NAMESPACE empty.
 */
export function connectStdio(io: StdioPaths, p: ProcessStreams, onError: (err: Error) => void, owner?: StdioOwner): StdioConnection {
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
  const copies = log ? copyToLog(log, io, p, onError, owner) : copyToFifos(io, p);
  const done = copies.then(() => {
    input?.destroy();
  });
  return {
    done,
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

function copyToFifos(io: StdioPaths, p: ProcessStreams): Promise<void> {
  const copy = (from: Readable, path: string) =>
    path
      ? openFifoWriter(fifoPath(path))
          .then((to) => pipeline(from, to))
          .catch(() => from.resume())
      : drain(from);
  // With a terminal, stderr is the same pty as stdout: the guest sends everything on stdout.
  return Promise.all([copy(p.stdout, io.stdout), io.terminal ? drain(p.stderr) : copy(p.stderr, io.stderr)]).then(() => undefined);
}

async function copyToLog(uri: LogUri, io: StdioPaths, p: ProcessStreams, onError: (err: Error) => void, owner?: StdioOwner): Promise<void> {
  const log = openLog(uri, {
    stderr: !io.terminal && !!io.stderr,
    containerId: owner?.containerId ?? '',
    namespace: owner?.namespace ?? '',
    timeouts: { ...LOGGER_TIMEOUTS, ...owner?.loggerTimeouts },
    onError,
  });
  await Promise.all([copyOut(p.stdout, log.stdout, onError), log.stderr ? copyOut(p.stderr, log.stderr, onError) : drain(p.stderr)]);
  await log.close();
}

/**
 * Copies with back-pressure once the destination is there. A destination that is never
 * there, or fails (disk full, the logger died), gets nothing more: the rest of the output
 * is read and dropped, so the process is never stuck writing output nobody takes.
 */
async function copyOut(from: Readable, to: Promise<Writable>, onError: (err: Error) => void): Promise<void> {
  let dest: Writable;
  try {
    dest = await to;
  } catch {
    return drain(from); // the destination reported why
  }
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
}

function drain(s: Readable): Promise<void> {
  if (s.readableEnded || s.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    s.on('end', resolve).on('close', resolve).resume();
  });
}
