import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Microseconds of CPU a server has used so far (user + system); read before and after a round. */
export type CpuProbe = () => Promise<number>;

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/**
 * CPU time of this process's main thread (Linux `/proc`), in microseconds: the servers compared in one process run
 * on it, while the load generator runs in a worker thread, so the load does not count. Database work done in another
 * process (PostgreSQL) does not count either; PGlite's, in this thread, does. Resolution: one clock tick (10 ms).
 */
export const mainThreadCpu: CpuProbe = async () => {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  // fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / clockTicks()) * 1e6;
};

/** CPU of the whole current process (every thread), in microseconds: for a server alone in its process. */
export const processCpu = (): number => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
