/**
 * A container's resource usage read from its cgroup v2 directory in the guest, in the shape
 * of Kata's CgroupStats (which keeps cgroup v1 names: usage in ns, memory "usage"/"limit").
 */
import fs from 'node:fs/promises';
import path from 'node:path';

export interface CgroupStats {
  cpu: { totalNs: bigint; userNs: bigint; systemNs: bigint; periods: bigint; throttledPeriods: bigint; throttledNs: bigint };
  memory: { usage: bigint; maxUsage: bigint; limit: bigint; failcnt: bigint; stats: Record<string, bigint> };
  pids: { current: bigint; limit: bigint };
}

const UNLIMITED = 2n ** 64n - 1n;

async function read(dir: string, file: string): Promise<string | undefined> {
  try {
    return (await fs.readFile(path.join(dir, file), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

/** "key value" lines (cpu.stat, memory.stat, memory.events). */
export function parseFlatKeyed(text: string | undefined): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const line of (text ?? '').split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v && /^\d+$/.test(v)) out[k] = BigInt(v);
  }
  return out;
}

function single(text: string | undefined): bigint {
  if (text === undefined || text === '') return 0n;
  return text === 'max' ? UNLIMITED : /^\d+$/.test(text) ? BigInt(text) : 0n;
}

export async function readCgroupStats(dir: string): Promise<CgroupStats> {
  const [cpuStat, memCurrent, memPeak, memMax, memStat, memEvents, pidsCurrent, pidsMax] = await Promise.all(
    ['cpu.stat', 'memory.current', 'memory.peak', 'memory.max', 'memory.stat', 'memory.events', 'pids.current', 'pids.max'].map((f) => read(dir, f)),
  );
  const cpu = parseFlatKeyed(cpuStat);
  const us = (k: string) => (cpu[k] ?? 0n) * 1000n;
  return {
    cpu: {
      totalNs: us('usage_usec'),
      userNs: us('user_usec'),
      systemNs: us('system_usec'),
      periods: cpu.nr_periods ?? 0n,
      throttledPeriods: cpu.nr_throttled ?? 0n,
      throttledNs: us('throttled_usec'),
    },
    memory: {
      usage: single(memCurrent),
      maxUsage: single(memPeak),
      limit: single(memMax),
      failcnt: parseFlatKeyed(memEvents).max ?? 0n,
      stats: parseFlatKeyed(memStat),
    },
    pids: { current: single(pidsCurrent), limit: single(pidsMax) },
  };
}

/** The oom_kill counter of memory.events: it grows each time the kernel kills for this cgroup. */
export async function readOomKills(dir: string): Promise<bigint> {
  return parseFlatKeyed(await read(dir, 'memory.events')).oom_kill ?? 0n;
}
