/**
 * One process in the guest (a container's init or an exec): runc in the foreground with
 * its pipes, which are the process's own stdio.
 */
import fs from 'node:fs/promises';
import { constants } from 'node:os';
import { execa } from 'execa';
import type { Logger } from 'pino';
import { failedPrecondition } from '../errors.js';
import { lastRuncError, readPid, waitForPid, type ProcessFiles, type RuncChild } from './runc.js';
import { InputPipe, OutputPipe } from './stdio.js';

export class GuestProcess {
  readonly stdin: InputPipe;
  readonly stdout: OutputPipe;
  readonly stderr: OutputPipe;
  /**
   * The exit status as a shell reports it: the code, or 128+signal. Settles once the runner
   * has exited and the process's output is closed: a child it left holding its stdout keeps
   * that open (see GuestContainer.start).
   */
  readonly exited: Promise<number>;
  /** Settles as soon as the runner (runc, oci-run) has exited, whatever still holds its output. */
  readonly runnerExited: Promise<void>;
  exitStatus: number | undefined;
  pid: number | undefined;

  private constructor(
    readonly id: string,
    child: RuncChild,
    readonly terminal: boolean,
    log: Logger,
  ) {
    this.stdin = new InputPipe(child.stdin!);
    this.stdout = new OutputPipe(child.stdout!);
    this.stderr = new OutputPipe(child.stderr!);
    this.runnerExited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    this.exited = child.then((r) => {
      // runc itself reports the container's signal as 128+n; a signal that hit runc shows here.
      const status = r.exitCode ?? (r.signal ? 128 + signalNumber(r.signal) : 255);
      this.exitStatus = status;
      log.info({ exec: id, status }, 'process exited');
      return status;
    });
  }

  resize(rows: number, columns: number): Promise<void> {
    return resizeTerminal(this, rows, columns);
  }

  /**
   * Starts a process through runc and resolves once it runs (runc wrote its pid). If runc
   * gives up first, the start fails with runc's own reason rather than as an exit status.
   */
  static async start(id: string, child: RuncChild, files: ProcessFiles, log: Logger): Promise<GuestProcess> {
    const p = new GuestProcess(id, child, files.terminal, log);
    const stop = new AbortController();
    // A quick process may be gone before the file is seen; the file still says it started.
    const pid = (await Promise.race([waitForPid(files.pid, stop.signal), p.exited.then(() => undefined)])) ?? (await readPid(files.pid));
    stop.abort();
    if (pid === undefined) {
      const why = (await lastRuncError(files.log)) ?? `runc exited with status ${p.exitStatus}`;
      throw failedPrecondition(`starting ${id}: ${why}`);
    }
    p.pid = pid;
    return p;
  }
}
/**
 * Sets the window size of the process's terminal: the pty runc gave it, reached through the
 * process's own root (its devpts instance is private to the container). The kernel then
 * sends SIGWINCH to the terminal's foreground group, as on any resize.
 */
export async function resizeTerminal(p: GuestProcess, rows: number, columns: number): Promise<void> {
  if (!p.terminal) throw failedPrecondition(`process ${p.id} has no terminal`);
  if (p.pid === undefined) throw failedPrecondition(`process ${p.id} has not started`);
  // ctr resizes as soon as an exec starts; a quick one may already be over: nothing to resize.
  if (p.exitStatus !== undefined) return;
  // A process that is exiting has no descriptors left to look at (its exit is still on its
  // way to us): a resize racing its end is not the caller's error, there is nothing to resize.
  const tty = await fs.readlink(`/proc/${p.pid}/fd/0`).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ESRCH') return undefined;
    throw err;
  });
  if (tty === undefined) return;
  if (!tty.startsWith('/dev/pts/')) throw failedPrecondition(`process ${p.id}: stdin is ${tty}, not its terminal`);
  const r = await execa('stty', ['-F', `/proc/${p.pid}/root${tty}`, 'rows', String(rows), 'cols', String(columns)], { reject: false });
  const gone = await fs.access(`/proc/${p.pid}/fd/0`).then(() => false, () => true);
  if (r.exitCode !== 0 && !gone) throw failedPrecondition(`resizing the terminal of ${p.id}: ${r.stderr.trim()}`);
}

function signalNumber(name: string): number {
  return (constants.signals as Record<string, number>)[name] ?? 0;
}
