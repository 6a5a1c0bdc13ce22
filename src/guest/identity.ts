/**
 * What makes a guest restored from a VM template one of its own (every clone starts with the
 * template's kernel random state and clock): the host's random bytes credited to the kernel's
 * entropy pool with the CRNG reseeded at once, and the realtime clock set to the host's.
 * Node has neither ioctl nor clock_settime: a small static helper does both
 * (scripts/guest/identity.c). The agent keeps one helper serving from its start (start()),
 * so a template holds it and a clone asks it over a pipe instead of forking a process; a
 * helper that died is started again on the next call. The agent itself draws no random
 * numbers, so its own state (V8's, OpenSSL's), cloned with the template, is never used.
 * The same helper sets the hostname and mounts the sandbox's storages: the first fork and
 * exec after a restore is the slowest thing a clone does under TCG, and a pod's start
 * then needs none before its container's.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import readline from 'node:readline';
import { GrpcCode, HuskError, invalidArgument } from '../errors.js';
import { HELPER_LIMIT_MS } from './limits.js';

export const IDENTITY_HELPER = '/usr/libexec/husk/identity';
/** What the helper takes: enough for a full reseed, little enough to read at once. */
export const SEED_BYTES = { min: 32, max: 512 };

interface Helper {
  child: ChildProcessWithoutNullStreams;
  /** Answers in order, one per command written. */
  waiting: Array<(answer: string | Error) => void>;
  dead?: Error;
}

export class GuestIdentity {
  private helper: Helper | undefined;
  /** Commands go one at a time: each waits for the previous answer. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly binary = IDENTITY_HELPER) {}

  /** Starts the serving helper now (the agent does at its start, before a template is saved). */
  start(): void {
    if (!this.helper || this.helper.dead) this.helper = this.spawn();
  }

  /** Ends the helper. */
  close(): void {
    this.helper?.child.kill('SIGKILL');
    this.helper = undefined;
  }

  async reseed(seed: Uint8Array): Promise<void> {
    if (seed.length < SEED_BYTES.min || seed.length > SEED_BYTES.max) {
      throw invalidArgument(`a random seed of ${seed.length} bytes: want ${SEED_BYTES.min} to ${SEED_BYTES.max}`);
    }
    await this.ask('reseed', `reseed ${Buffer.from(seed).toString('hex')}`);
  }

  async setClock(seconds: number, microseconds: number): Promise<void> {
    if (!Number.isSafeInteger(seconds) || seconds < 0 || !Number.isInteger(microseconds) || microseconds < 0 || microseconds >= 1e6) {
      throw invalidArgument(`guest time ${seconds} s ${microseconds} µs is not a time`);
    }
    await this.ask('clock', `clock ${seconds} ${microseconds}`);
  }

  /** sethostname(2). */
  async hostname(name: string): Promise<void> {
    if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/.test(name)) throw invalidArgument(`hostname ${JSON.stringify(name)} is not 1-64 letters, digits, dots and dashes`);
    await this.ask('hostname', `hostname ${name}`);
  }

  /** mount(2) as mount(8) would do it with these options (flags such as ro taken out of them). */
  async mount(m: { fstype: string; source: string; target: string; options: readonly string[] }): Promise<void> {
    const words = [m.fstype, m.source, m.target, m.options.length ? m.options.join(',') : '-'];
    if (words.some((w) => w === '' || /[\s\0]/.test(w))) throw invalidArgument(`mount ${JSON.stringify(words)}: an empty word or whitespace`);
    await this.ask('mount', `mount ${words.join(' ')}`);
  }

  private ask(what: string, command: string): Promise<void> {
    const asked = this.turn.then(() => this.once(what, command));
    this.turn = asked.catch(() => undefined);
    return asked;
  }

  private async once(what: string, command: string): Promise<void> {
    this.start();
    const h = this.helper!;
    const answer = await new Promise<string | Error>((resolve) => {
      const timer = setTimeout(() => resolve(new Error(`no answer within ${HELPER_LIMIT_MS / 1000} s`)), HELPER_LIMIT_MS);
      h.waiting.push((a) => {
        clearTimeout(timer);
        resolve(a);
      });
      h.child.stdin.write(`${command}\n`);
    });
    if (answer === 'ok') return;
    if (answer instanceof Error) this.close();
    throw new HuskError(GrpcCode.Internal, `${this.binary} ${what}: ${answer instanceof Error ? answer.message : answer}`);
  }

  private spawn(): Helper {
    const child = spawn(this.binary, ['serve'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const h: Helper = { child, waiting: [] };
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-500)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => h.waiting.shift()?.(line));
    const died = (err: Error) => {
      h.dead ??= err;
      for (const w of h.waiting.splice(0)) w(h.dead);
    };
    child.on('error', (err) => died(new Error(`cannot run it: ${err.message}`)));
    child.on('exit', (code, signal) => died(new Error(`it exited (${signal ?? code})${stderr ? `: ${stderr.trim()}` : ''}`)));
    // A write to a helper that is gone fails on the pipe; its exit says why.
    child.stdin.on('error', () => undefined);
    // Idle, it must not keep a test's agent process alive.
    child.unref();
    for (const pipe of [child.stdin, child.stdout, child.stderr]) (pipe as unknown as { unref?: () => void }).unref?.();
    return h;
  }
}
