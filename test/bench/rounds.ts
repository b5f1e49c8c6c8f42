/**
 * The throughput bench's rounds: each side (server, floor, bare loop) measured several times, taking
 * turns, and reported by its median round; with the CPU the measured process spent, where it can be read.
 */
import { processCpuMs } from './process-cpu.ts';

export interface LoadFigures {
  requestsPerSecond: number;
  p99Ms: number;
  p50Ms: number;
  total: number;
}

export interface Measured extends LoadFigures {
  cpuMs?: number;
}

/** A load on a process, with the CPU that process spent during it when it can be read. */
export async function measured(pid: number | undefined, run: () => Promise<LoadFigures>): Promise<Measured> {
  const before = processCpuMs(pid);
  const figures = await run();
  const after = processCpuMs(pid);
  return before === undefined || after === undefined ? figures : { ...figures, cpuMs: after - before };
}

/** The round with the median req/s (the upper one of an even count), whole, so its p50 and p99 go with it. */
export function medianRound<T extends LoadFigures>(rounds: T[]): LoadFigures {
  const { requestsPerSecond, p99Ms, p50Ms, total } = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds.length / 2)]!;
  return { requestsPerSecond, p99Ms, p50Ms, total };
}

/** CPU per answered request over every round, in µs; undefined when any round's CPU could not be read. */
export function cpuPerRequest(rounds: Measured[]): number | undefined {
  if (rounds.some((r) => r.cpuMs === undefined)) return undefined;
  const requests = rounds.reduce((sum, r) => sum + r.total, 0);
  return requests ? Math.round((rounds.reduce((sum, r) => sum + r.cpuMs!, 0) * 1000) / requests) : undefined;
}

