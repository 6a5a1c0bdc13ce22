/**
 * How slowly this host runs guests right now, as one factor ≥ 1 that deadlines for guest work
 * are multiplied by: the accelerator's (a TCG guest does the same work about eight times
 * slower than a KVM one; measured here: boot 7 s, container create 2 s, about 1 s and 0.2 s
 * under KVM) times the host's CPU contention (the 1-minute load average per core, when above
 * one). A deadline written for an idle KVM host then holds on a busy TCG one.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Accel } from '../hypervisor/hypervisor.js';

export const ACCEL_FACTOR: Record<Accel, number> = { kvm: 1, tcg: 8 };

export interface Pace {
  factor: number;
  accel: Accel;
  /** Load average per core (1 minute). */
  load: number;
}

export interface PaceSource {
  /** Default: os.availableParallelism(). */
  cores?: number;
  /** Default: the first field of /proc/loadavg. */
  loadAverage?: () => number;
}

function loadAverage(): number {
  try {
    return Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]) || 0;
  } catch {
    return os.loadavg()[0] ?? 0;
  }
}

export function hostPace(accel: Accel, source: PaceSource = {}): Pace {
  const cores = source.cores ?? os.availableParallelism();
  const load = (source.loadAverage ?? loadAverage)() / Math.max(1, cores);
  return { factor: ACCEL_FACTOR[accel] * Math.max(1, load), accel, load };
}

/** "8.0 (tcg, load 0.4 per core)": how a deadline came about, for error messages and logs. */
export function describePace(p: Pace): string {
  return `${p.factor.toFixed(1)} (${p.accel}, load ${p.load.toFixed(1)} per core)`;
}

/**
 * hostPace(accel), read at most once a second: agent calls ask for it on every call,
 * stdin writes included, and the load average moves far slower than that.
 */
export function pacer(accel: Accel, source: PaceSource = {}, everyMs = 1000): () => Pace {
  let last: { at: number; pace: Pace } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= everyMs) last = { at: now, pace: hostPace(accel, source) };
    return last.pace;
  };
}
