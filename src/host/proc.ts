/** Facts about host processes from /proc. */
import fs from 'node:fs';

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
