/**
 * runc, driven through its command line. Containers run in the foreground (`runc run`,
 * `runc exec`) with the agent as runc's parent: runc passes the pipes straight to the
 * container process and exits with its status, 128+signal when a signal ended it. That
 * gives the agent every exit code without being a child subreaper, which Node cannot become.
 */
import fs from 'node:fs/promises';
import { execa, type ResultPromise } from 'execa';
import { HuskError, GrpcCode, notFound } from '../errors.js';
import { HELPER_LIMIT_MS } from './limits.js';

export interface RuncOptions {
  binary?: string;
  /** runc's state directory (--root). */
  root: string;
  /**
   * For a runtime without `run --keep` (crun 1.8): scripts/guest/oci-run.c, which creates and
   * starts the container and waits for it as a subreaper, leaving it to `delete` as --keep
   * does. A terminal init cannot be created without a console socket: it runs with plain
   * `run`, and its cgroup goes when it exits.
   */
  runner?: string;
}

/** Where runc writes a foreground process's pid and its own log, and whether it wants a terminal. */
export interface ProcessFiles {
  pid: string;
  log: string;
  terminal: boolean;
}

export type RuncChild = ResultPromise<{ stdin: 'pipe'; stdout: 'pipe'; stderr: 'pipe'; reject: false; buffer: false }>;

export class Runc {
  private readonly binary: string;
  private readonly root: string;
  private readonly runner: string | undefined;

  constructor(options: RuncOptions) {
    this.binary = options.binary ?? 'runc';
    this.root = options.root;
    this.runner = options.runner;
  }

  /** Creates and starts the container in the foreground; the child's stdio is the container's. */
  run(id: string, bundle: string, files: ProcessFiles): RuncChild {
    if (this.runner && !files.terminal) return this.start(files, [this.runner, this.binary, this.root, files.log, bundle, files.pid, id]);
    // --keep: the cgroup outlives the process, so its OOM count and stats can still be read.
    return this.spawn(files, ['run', ...(this.runner ? [] : ['--keep']), '--bundle', bundle, '--pid-file', files.pid, id]);
  }

  /** Runs one more process in a running container, from an OCI process JSON file. */
  exec(id: string, processFile: string, files: ProcessFiles): RuncChild {
    return this.spawn(files, ['exec', '--process', processFile, '--pid-file', files.pid, id]);
  }

  async kill(id: string, signal: number, all = false): Promise<void> {
    await this.command(['kill', ...(all ? ['--all'] : []), id, String(signal)]);
  }

  async pause(id: string): Promise<void> {
    await this.command(['pause', id]);
  }

  async resume(id: string): Promise<void> {
    await this.command(['resume', id]);
  }

  async update(id: string, resourcesFile: string): Promise<void> {
    await this.command(['update', '--resources', resourcesFile, id]);
  }

  async delete(id: string, force = false): Promise<void> {
    await this.command(['delete', ...(force ? ['--force'] : []), id]);
  }

  async state(id: string): Promise<{ pid: number; status: string }> {
    const out = await this.command(['state', id]);
    const s = JSON.parse(out) as { pid: number; status: string };
    return { pid: s.pid, status: s.status };
  }

  /**
   * runc's own messages go to a JSON log, so the process's stderr carries only its output.
   * A terminal process needs a terminal on runc's side too, and Node cannot open a pty:
   * util-linux `script` runs runc on one and relays it to our pipes (runc sets it raw, so
   * bytes pass untouched); `-e` hands back the exit status.
   */
  private spawn(files: ProcessFiles, args: string[]): RuncChild {
    return this.start(files, [this.binary, '--root', this.root, '--log', files.log, '--log-format', 'json', ...args]);
  }

  private start(files: ProcessFiles, argv: string[]): RuncChild {
    const [file, ...rest] = files.terminal ? ['script', '-q', '-e', '-c', argv.map(shellQuote).join(' '), '/dev/null'] : argv;
    return execa(file!, rest, {
      stdin: 'pipe',
      stdout: 'pipe',
      stderr: 'pipe',
      reject: false,
      buffer: false,
      // runc forwards signals it receives to the container; it must not share our group.
      detached: true,
    });
  }

  /** A short runc command; its stderr becomes the error, "does not exist" a NotFound. */
  private async command(args: string[]): Promise<string> {
    const r = await execa(this.binary, ['--root', this.root, ...args], { reject: false, timeout: HELPER_LIMIT_MS });
    if (r.exitCode === 0) return r.stdout;
    const why = r.timedOut ? `still running after ${HELPER_LIMIT_MS / 1000} s; ended` : (r.stderr || r.stdout || `exit ${r.exitCode}`).trim().split('\n').pop()!;
    if (/does not exist|not exist|no such/i.test(why)) throw notFound(`runc ${args[0]}: ${why}`);
    throw new HuskError(GrpcCode.Internal, `runc ${args[0]}: ${why}`);
  }
}

/** The pid runc wrote to a pid file, if it has. */
export async function readPid(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await fs.readFile(file, 'utf8')).trim());
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Waits for runc to write a pid file; undefined once `signal` aborts first. */
export async function waitForPid(file: string, signal: AbortSignal): Promise<number | undefined> {
  while (!signal.aborted) {
    const pid = await readPid(file);
    if (pid !== undefined) return pid;
    await new Promise((r) => setTimeout(r, 10));
  }
  return undefined;
}

/** The last error runc logged (JSON lines of {level, msg}), for a start that failed. */
export async function lastRuncError(logFile: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await fs.readFile(logFile, 'utf8');
  } catch {
    return undefined;
  }
  let last: string | undefined;
  for (const line of text.split('\n')) {
    try {
      const entry = JSON.parse(line) as { level?: string; msg?: string };
      if ((entry.level === 'error' || entry.level === 'fatal') && entry.msg) last = entry.msg;
    } catch {
      // not a JSON line
    }
  }
  return last;
}

function shellQuote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
