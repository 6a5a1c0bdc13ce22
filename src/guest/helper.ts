/**
 * The guest's serving helper (scripts/guest/identity.c with netlink.c, static C): what Node
 * cannot do or can only do by forking a process per step — ioctls, clock_settime,
 * sethostname, mount, rtnetlink — asked one line at a time over a pipe to one process the
 * agent keeps from its start. Under TCG a fork and exec of the agent costs 0.1-0.2 s; a
 * question to the helper, a pipe round trip. A VM template holds the helper running, so a
 * clone has it at once; one that died is started again on the next question.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import readline from 'node:readline';
import { GrpcCode, HuskError } from '../errors.js';
import { HELPER_LIMIT_MS } from './limits.js';

export const GUEST_HELPER = '/usr/libexec/husk/identity';

interface Process {
  child: ChildProcessWithoutNullStreams;
  /** Answers in order, one per command written. */
  waiting: Array<(answer: string | Error) => void>;
  dead?: Error;
}

export class GuestHelper {
  private process: Process | undefined;
  /** Commands go one at a time: each waits for the previous answer. */
  private turn: Promise<unknown> = Promise.resolve();

  /** `command`: the helper and any prefix (tests run it inside a network namespace). */
  constructor(private readonly command: readonly string[] = [GUEST_HELPER]) {}

  /** Starts the serving helper now (the agent does at its start, before a template is saved). */
  start(): void {
    if (!this.process || this.process.dead) this.process = this.spawn();
  }

  /** Ends the helper. */
  close(): void {
    this.process?.child.kill('SIGKILL');
    this.process = undefined;
  }

  /**
   * Asks one command (a line without its newline); resolves with what the helper answered
   * after "ok" (empty for nothing), rejects with Internal and its reason otherwise. `what`
   * names the command in the error.
   */
  ask(what: string, command: string): Promise<string> {
    const asked = this.turn.then(() => this.once(what, command));
    this.turn = asked.catch(() => undefined);
    return asked;
  }

  private async once(what: string, command: string): Promise<string> {
    this.start();
    const p = this.process!;
    const answer = await new Promise<string | Error>((resolve) => {
      const timer = setTimeout(() => resolve(new Error(`no answer within ${HELPER_LIMIT_MS / 1000} s`)), HELPER_LIMIT_MS);
      p.waiting.push((a) => {
        clearTimeout(timer);
        resolve(a);
      });
      p.child.stdin.write(`${command}\n`);
    });
    if (answer === 'ok') return '';
    if (typeof answer === 'string' && answer.startsWith('ok ')) return answer.slice(3);
    if (answer instanceof Error) this.close();
    throw new HuskError(GrpcCode.Internal, `${this.command.at(-1)} ${what}: ${answer instanceof Error ? answer.message : answer}`);
  }

  private spawn(): Process {
    const [file, ...args] = this.command;
    const child = spawn(file!, [...args, 'serve'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const p: Process = { child, waiting: [] };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-500)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => p.waiting.shift()?.(line));
    const died = (err: Error) => {
      p.dead ??= err;
      for (const w of p.waiting.splice(0)) w(p.dead);
    };
    child.on('error', (err) => died(new Error(`cannot run it: ${err.message}`)));
    child.on('exit', (code, signal) => died(new Error(`it exited (${signal ?? code})${stderr ? `: ${stderr.trim()}` : ''}`)));
    // A write to a helper that is gone fails on the pipe; its exit says why.
    child.stdin.on('error', () => undefined);
    // Idle, it must not keep a test's agent process alive.
    child.unref();
    for (const pipe of [child.stdin, child.stdout, child.stderr]) (pipe as unknown as { unref?: () => void }).unref?.();
    return p;
  }
}
