/**
 * Many pods at once through containerd: `ctr run -d` for each, all started together, then
 * each one waited for until its task is RUNNING and a command exec'd in it answers. Shared by
 * test/e2e/husk-load.test.ts (all must run) and bench/load (the time until the last runs).
 */
import { type Containerd } from './containerd.js';

export interface PodTiming {
  id: string;
  /** From the common start until `ctr run -d` returned (0 = it failed; see error). */
  runMs: number;
  /** Until `ctr task ls` said RUNNING. */
  runningMs: number;
  /** Until an exec'd command printed its answer. */
  execMs: number;
  error?: string;
}

export interface LoadResult {
  pods: PodTiming[];
  /** The last pod's execMs: when all of them were running and answering. */
  lastRunningMs: number;
  failed: PodTiming[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Task status by container id, from `ctr task ls`. */
async function taskStatus(cd: Containerd): Promise<Map<string, string>> {
  const out = await cd.ctrOk(['task', 'ls']);
  const rows = out.split('\n').slice(1).map((l) => l.trim().split(/\s+/));
  return new Map(rows.filter((r) => r.length >= 3).map((r) => [r[0]!, r[2]!]));
}

/**
 * Starts `count` containers of `image` running `sleep` at the same moment with `runtime`
 * (`['--runtime', 'io.containerd.husk.v2']`), then proves each runs by exec'ing `echo` in it.
 * `timeoutMs` bounds every ctr call; a pod that misses it is reported failed, not thrown.
 */
export async function startPodsAtOnce(cd: Containerd, runtime: string[], image: string, count: number, prefix: string, timeoutMs: number): Promise<LoadResult> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const t0 = performance.now();
  const since = () => performance.now() - t0;
  const pods = await Promise.all(
    ids.map(async (id): Promise<PodTiming> => {
      const timing: PodTiming = { id, runMs: 0, runningMs: 0, execMs: 0 };
      const run = await cd.ctr(['run', '-d', ...runtime, image, id, 'sleep', '100000'], { timeoutMs });
      if (run.exitCode !== 0) return { ...timing, error: `ctr run: exit ${run.exitCode}${run.timedOut ? ' (timed out)' : ''}: ${run.stderr.trim()}` };
      timing.runMs = since();
      for (;;) {
        const status = (await taskStatus(cd)).get(id);
        if (status === 'RUNNING') break;
        if (status !== 'CREATED' || since() > timeoutMs) return { ...timing, error: `task is ${status ?? 'missing'}` };
        await new Promise((r) => setTimeout(r, 200));
      }
      timing.runningMs = since();
      const exec = await cd.ctr(['task', 'exec', '--exec-id', 'probe', id, 'echo', `alive ${id}`], { timeoutMs });
      if (exec.exitCode !== 0 || exec.stdout.trim() !== `alive ${id}`) {
        return { ...timing, error: `exec: exit ${exec.exitCode}${exec.timedOut ? ' (timed out)' : ''}: ${JSON.stringify(exec.stdout)} ${exec.stderr.trim()}` };
      }
      timing.execMs = since();
      return timing;
    }),
  );
  const failed = pods.filter((p) => p.error);
  return { pods, failed, lastRunningMs: failed.length ? NaN : Math.max(...pods.map((p) => p.execMs)) };
}

/** Kills and deletes what startPodsAtOnce started (containerd's stop() sweeps anything left). */
export async function removePods(cd: Containerd, result: LoadResult): Promise<void> {
  await Promise.all(
    result.pods.map(async ({ id }) => {
      await cd.ctr(['task', 'kill', '-s', 'KILL', id]);
      for (let i = 0; i < 100; i++) {
        if ((await cd.ctr(['task', 'delete', id])).exitCode === 0 || !(await taskStatus(cd)).has(id)) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      await cd.ctr(['container', 'delete', id]);
    }),
  );
}

/** One line per pod and the summary, for logs. */
export function describeLoad(r: LoadResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = r.pods.map((p) => `${p.id}: ${p.error ? `FAILED (${p.error})` : `ctr run ${s(p.runMs)}, running ${s(p.runningMs)}, exec answered ${s(p.execMs)}`}`);
  const ok = r.pods.filter((p) => !p.error);
  lines.push(`${ok.length}/${r.pods.length} running; median ${s(median(ok.map((p) => p.execMs)))}, last ${Number.isNaN(r.lastRunningMs) ? '-' : s(r.lastRunningMs)}`);
  return lines.join('\n');
}
