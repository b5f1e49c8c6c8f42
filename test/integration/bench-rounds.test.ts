import { describe, expect, it } from 'vitest';
import { processCpuMs } from '../bench/process-cpu.ts';
import { cpuPerRequest, measured, medianRound } from '../bench/rounds.ts';

const figures = (requestsPerSecond: number, p99Ms: number, total = 100) => ({ requestsPerSecond, p99Ms, p50Ms: p99Ms / 2, total });

describe('the throughput bench rounds', () => {
  it("reports a side by its median round, that round's latencies with it", () => {
    expect(medianRound([figures(279, 90), figures(421, 40), figures(401.8, 49)])).toEqual(figures(401.8, 49));
    expect(medianRound([figures(300, 60)])).toEqual(figures(300, 60));
    expect(medianRound([figures(300, 60), figures(200, 80)])).toEqual(figures(300, 60));
  });

  it('charges CPU per answered request over every round, and none when a round could not be read', () => {
    expect(cpuPerRequest([{ ...figures(1, 1, 1000), cpuMs: 2000 }, { ...figures(1, 1, 3000), cpuMs: 6000 }])).toBe(2000);
    expect(cpuPerRequest([{ ...figures(1, 1, 1000), cpuMs: 2000 }, figures(1, 1, 3000)])).toBeUndefined();
  });

  it("reads a process's CPU time from /proc on Linux: it grows while that process works", async () => {
    if (process.platform !== 'linux') return expect(processCpuMs(process.pid)).toBeUndefined();
    const busy = await measured(process.pid, async () => {
      const until = performance.now() + 200;
      while (performance.now() < until);
      return figures(1, 1);
    });
    // 200 ms of spinning; ticks are 10 ms, and a shared machine may take some of the time away.
    expect(busy.cpuMs).toBeGreaterThanOrEqual(100);
    expect(busy.cpuMs).toBeLessThan(2000);
    expect(processCpuMs(2 ** 22 + 12345)).toBeUndefined();
  });
});
