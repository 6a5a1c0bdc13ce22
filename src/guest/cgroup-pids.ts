/**
 * The processes in a container's cgroup v2 directory, its child cgroups included (a container
 * may make its own): what `runc ps` lists, as pids of the guest's own namespace.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** Sorted; empty when the cgroup is gone (a terminal init's goes with it, see runc.ts). */
export async function readCgroupPids(dir: string): Promise<number[]> {
  const pids: number[] = [];
  await collect(dir, pids);
  return pids.sort((a, b) => a - b);
}

async function collect(dir: string, into: number[]): Promise<void> {
  let procs: string;
  try {
    procs = await fs.readFile(path.join(dir, 'cgroup.procs'), 'utf8');
  } catch (err) {
    // Removed under us: whatever was in it has ended.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  for (const line of procs.split('\n')) if (/^\d+$/.test(line)) into.push(Number(line));
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) if (e.isDirectory()) await collect(path.join(dir, e.name), into);
}
