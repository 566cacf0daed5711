import { readFileSync } from 'node:fs';

// Linux counts process times in clock ticks of 1/100 s (`getconf CLK_TCK` on every Linux we run).
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system, every thread) another process has used so far, from
 * `/proc/<pid>/stat`; null where there is no such file (not Linux, or the process is gone).
 */
export function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name, in parentheses, may hold spaces: fields are counted after its ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime + stime) ? (utime + stime) / TICKS_PER_SECOND : null;
}
