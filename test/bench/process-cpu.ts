/**
 * CPU time a process has used so far (user + system, its threads included), from Linux's
 * /proc/<pid>/stat; undefined where there is no /proc (macOS): the bench then reports no CPU figure
 * rather than a wrong one. Read before and after a load, it tells what one request cost the process
 * itself, which req/s alone cannot: on a machine the server shares with DynamoDB Local and the load
 * generator, req/s mixes every process's cost.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime: USER_HZ, 100 on every Linux Node runs on. */
const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'); utime and stime are 14th and 15th.
    const afterName = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').pop()!.split(' ');
    const ticks = Number(afterName[11]) + Number(afterName[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
