/**
 * A process's stdio as containerd hands it over: FIFO paths (stdin, stdout, stderr) opened
 * here and joined to the process's streams with pipe(), which gives back-pressure end to
 * end: a reader that stops reading the FIFO stops the shim pulling output from the guest.
 * An empty path means not connected; stdin not connected is closed at once, so a process
 * reading it sees EOF instead of waiting forever.
 */
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { invalidArgument } from '../errors.js';

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

/** file:// and binary:// log URIs are not FIFOs; they are refused clearly until supported. */
function fifoPath(p: string): string {
  if (/^[a-z]+:\/\//.test(p) && !p.startsWith('fifo://')) throw invalidArgument(`stdio ${p}: only FIFO paths are supported yet`);
  return p.replace(/^fifo:\/\//, '');
}

export function validateStdio(io: StdioPaths): void {
  for (const p of [io.stdin, io.stdout, io.stderr]) if (p) fifoPath(p);
}

export interface StdioConnection {
  /** Resolves once all output reached the FIFOs: when the exit may be published. */
  done: Promise<void>;
  /** CloseIO: the process's stdin ends once what was written to the FIFO has been passed on. */
  closeStdin(): void;
}

/** Joins the FIFOs to the process's streams; copying runs until the process's output ends. */
export function connectStdio(io: StdioPaths, p: ProcessStreams, onError: (err: Error) => void): StdioConnection {
  // A write to a process that went away must not take the shim down with it.
  p.stdin.on('error', onError);
  let input: fs.ReadStream | undefined;
  if (io.stdin) {
    // Opening a FIFO for reading waits (in a pool thread) for its writer; containerd opens
    // one when the user has input to give. The pipe ends the process's stdin at EOF.
    input = fs.createReadStream(fifoPath(io.stdin));
    input.pipe(p.stdin);
    input.on('error', (err) => {
      onError(err);
      p.stdin.end();
    });
  } else {
    p.stdin.end();
  }
  const copy = (from: Readable, path: string) =>
    path ? pipeline(from, fs.createWriteStream(fifoPath(path))).catch(() => from.resume()) : drain(from);
  // With a terminal, stderr is the same pty as stdout: the guest sends everything on stdout.
  const done = Promise.all([copy(p.stdout, io.stdout), io.terminal ? drain(p.stderr) : copy(p.stderr, io.stderr)]).then(() => {
    if (input) releaseInput(input, fifoPath(io.stdin));
  });
  return {
    done,
    closeStdin: () => {
      if (!input || input.destroyed || input.readableEnded) {
        if (!p.stdin.writableEnded) p.stdin.end();
        return;
      }
      // containerd has closed its end: EOF is on its way and the pipe will end stdin; a FIFO
      // whose open never completed is completed now so that it can.
      if (input.pending) releaseInput(input, fifoPath(io.stdin));
    },
  };
}

/**
 * The process is done with its input. A stdin FIFO nobody ever wrote to still has its open
 * parked in a pool thread, which would keep the shim from exiting: opening the writer end
 * ourselves completes it, and closing that gives the stream its end.
 */
function releaseInput(input: fs.ReadStream, path: string): void {
  if (input.pending) {
    try {
      fs.closeSync(fs.openSync(path, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
    } catch {
      // the FIFO is gone, or its open already completed
    }
  }
  input.destroy();
}

function drain(s: Readable): Promise<void> {
  return new Promise((resolve) => {
    s.on('end', resolve).on('close', resolve).resume();
  });
}
