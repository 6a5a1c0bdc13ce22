/**
 * What makes a guest restored from a VM template one of its own (every clone starts with the
 * template's kernel random state and clock): the host's random bytes credited to the kernel's
 * entropy pool with the CRNG reseeded at once, and the realtime clock set to the host's; and
 * what else a pod's guest is given at its start, its hostname and the sandbox's mounts. Node
 * has neither ioctl nor clock_settime: the serving helper (helper.ts) does all of it. The
 * agent itself draws no random numbers, so its own state (V8's, OpenSSL's), cloned with the
 * template, is never used.
 */
import { invalidArgument } from '../errors.js';
import { GuestHelper } from './helper.js';

/** What the helper takes: enough for a full reseed, little enough to read at once. */
export const SEED_BYTES = { min: 32, max: 512 };

export class GuestIdentity {
  constructor(private readonly helper = new GuestHelper()) {}

  async reseed(seed: Uint8Array): Promise<void> {
    if (seed.length < SEED_BYTES.min || seed.length > SEED_BYTES.max) {
      throw invalidArgument(`a random seed of ${seed.length} bytes: want ${SEED_BYTES.min} to ${SEED_BYTES.max}`);
    }
    await this.helper.ask('reseed', `reseed ${Buffer.from(seed).toString('hex')}`);
  }

  async setClock(seconds: number, microseconds: number): Promise<void> {
    if (!Number.isSafeInteger(seconds) || seconds < 0 || !Number.isInteger(microseconds) || microseconds < 0 || microseconds >= 1e6) {
      throw invalidArgument(`guest time ${seconds} s ${microseconds} µs is not a time`);
    }
    await this.helper.ask('clock', `clock ${seconds} ${microseconds}`);
  }

  /** sethostname(2). */
  async hostname(name: string): Promise<void> {
    if (!/^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$/.test(name)) throw invalidArgument(`hostname ${JSON.stringify(name)} is not 1-64 letters, digits, dots and dashes`);
    await this.helper.ask('hostname', `hostname ${name}`);
  }

  /** mount(2) as mount(8) would do it with these options (flags such as ro taken out of them). */
  async mount(m: { fstype: string; source: string; target: string; options: readonly string[] }): Promise<void> {
    const words = [m.fstype, m.source, m.target, m.options.length ? m.options.join(',') : '-'];
    if (words.some((w) => w === '' || /[\s\0]/.test(w))) throw invalidArgument(`mount ${JSON.stringify(words)}: an empty word or whitespace`);
    await this.helper.ask('mount', `mount ${words.join(' ')}`);
  }
}
