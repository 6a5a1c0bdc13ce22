/** Facts about host processes from /proc. */
import fs from 'node:fs';

/**
 * When process `pid` started (field 22 of /proc/PID/stat, clock ticks since boot), or
 * undefined when there is no such process. A pid and its start time name one process
 * incarnation: a recycled pid has another start time.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may itself contain spaces or ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether `pid` is still the process that started at `startTime`. */
export function sameProcess(pid: number, startTime: string): boolean {
  return processStartTime(pid) === startTime;
}
