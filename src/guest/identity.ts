/**
 * What makes a guest restored from a VM template one of its own (every clone starts with the
 * template's kernel random state and clock): the host's random bytes credited to the kernel's
 * entropy pool with the CRNG reseeded at once, and the realtime clock set to the host's.
 * Node has neither ioctl nor clock_settime: a small static helper does both
 * (scripts/guest/identity.c). The agent itself draws no random numbers, so its own state
 * (V8's, OpenSSL's), cloned with the template, is never used.
 */
import { execa } from 'execa';
import { GrpcCode, HuskError, invalidArgument } from '../errors.js';
import { HELPER_LIMIT_MS } from './limits.js';

export const IDENTITY_HELPER = '/usr/libexec/husk/identity';
/** What the helper takes: enough for a full reseed, little enough to read at once. */
export const SEED_BYTES = { min: 32, max: 512 };

export class GuestIdentity {
  constructor(private readonly helper = IDENTITY_HELPER) {}

  async reseed(seed: Uint8Array): Promise<void> {
    if (seed.length < SEED_BYTES.min || seed.length > SEED_BYTES.max) {
      throw invalidArgument(`a random seed of ${seed.length} bytes: want ${SEED_BYTES.min} to ${SEED_BYTES.max}`);
    }
    await this.run(['reseed'], seed);
  }

  async setClock(seconds: number, microseconds: number): Promise<void> {
    if (!Number.isSafeInteger(seconds) || seconds < 0 || !Number.isInteger(microseconds) || microseconds < 0 || microseconds >= 1e6) {
      throw invalidArgument(`guest time ${seconds} s ${microseconds} µs is not a time`);
    }
    await this.run(['clock', String(seconds), String(microseconds)]);
  }

  private async run(args: string[], input?: Uint8Array): Promise<void> {
    const r = await execa(this.helper, args, { input, reject: false, timeout: HELPER_LIMIT_MS });
    if (r.exitCode !== 0) throw new HuskError(GrpcCode.Internal, `${this.helper} ${args[0]}: ${(r.stderr || r.shortMessage || '').trim()}`);
  }
}
