/** Facts about host processes from /proc. */
import fs from 'node:fs';
import fsp from 'node:fs/promises';

/**
 * When process `pid` started (field 22 of /proc/PID/stat, clock ticks since boot), or
 * undefined when there is no such process or it has exited (a zombie, whoever reaps it).
 * A pid and its start time name one process incarnation: a recycled pid has another start time.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may itself contain spaces or ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3, the state.
    return fields[0] === 'Z' || fields[0] === 'X' ? undefined : fields[19];
  } catch {
    return undefined;
  }
}

/** Whether `pid` is still the process that started at `startTime`. */
export function sameProcess(pid: number, startTime: string): boolean {
  return processStartTime(pid) === startTime;
}

/**
 * Resolves once a process that is not our child (no exit status reaches us) is gone:
 * checked every `everyMs`, and often once `soon` resolves (for QEMU, its QMP socket closing
 * is the first sign of its exit).
 */
export function processGone(pid: number, startTime: string, soon: Promise<unknown>, everyMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    let interval = everyMs;
    let timer: NodeJS.Timeout;
    const check = () => {
      if (!sameProcess(pid, startTime)) return resolve();
      timer = setTimeout(check, interval);
    };
    void soon.then(() => {
      interval = 20;
      clearTimeout(timer);
      check();
    });
    timer = setTimeout(check, interval);
  });
}

/**
 * Sends `signal` to `pid` if it is still the process that started at `startTime` (a pid is
 * reused once its process is reaped); false when that process is gone, whether before the
 * check or between the check and the signal.
 */
export function signalProcess(pid: number, startTime: string, signal: NodeJS.Signals): boolean {
  return sameProcess(pid, startTime) && killQuietly(pid, signal);
}

/** process.kill, false instead of an error when the process has gone (ESRCH). */
export function killQuietly(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

/** A process's CPU time and resident and proportional set sizes, from /proc. */
export async function processUsage(pid: number): Promise<{ cpuUsec: number; rssBytes: number; pssBytes: number }> {
  const stat = await fsp.readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[11]) + Number(f[12]);
  const status = await fsp.readFile(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const rollup = await fsp.readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const pssKiB = Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
  // USER_HZ is 100 on Linux.
  return { cpuUsec: ticks * 10_000, rssBytes: rssKiB * 1024, pssBytes: pssKiB * 1024 };
}
