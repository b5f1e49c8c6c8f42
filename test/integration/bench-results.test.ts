/**
 * The bench's verdict and its page, checked on the recorded full run
 * (test/bench/results.json) without measuring anything:
 * - docs/performance.md is exactly what the generator makes of results.json
 *   (nobody edits it by hand, and it names the run it shows);
 * - the verdict fails a run for every request over its budget and every
 *   Scan, over all the route × caller requests of the recorded run, and for
 *   every figure that could not be measured; it never fails one for a speed
 *   ratio (CI runs the quick bench on a shared, noisy machine).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPerformanceDoc } from '../bench/performance-doc.ts';
import { FIGURES, mergeRun, PERFORMANCE_DOC, problemsOf, RESULTS_FILE, type BenchResults } from '../bench/results.ts';
import { argsFrom, PLANS } from '../bench/plan.ts';

const recorded = JSON.parse(readFileSync(RESULTS_FILE.full, 'utf8')) as BenchResults;
const copy = (): BenchResults => structuredClone(recorded);

describe('the recorded run and its page', () => {
  it('is a full run that records the machine and its load at both ends', () => {
    expect(recorded.mode).toBe('full');
    expect(recorded.machine).toMatchObject({ cpuModel: expect.any(String), cpuCount: expect.any(Number), memoryGiB: expect.any(Number) });
    expect(recorded.machine.loadAverage.atStart).toHaveLength(3);
    expect(recorded.machine.loadAverage.atEnd).toHaveLength(3);
  });

  it('passes its own verdict, as written', () => {
    expect(problemsOf(recorded)).toEqual(recorded.problems);
    expect(recorded.problems).toEqual([]);
  });

  it('docs/performance.md is generated from it (npm run bench:report)', () => {
    expect(readFileSync(PERFORMANCE_DOC, 'utf8')).toBe(renderPerformanceDoc(recorded));
  });
});

describe('what fails a bench run', () => {
  const calls = recorded.callsPerRoute!;
  const excepted = new Set(calls.exceptions.map((e) => e.route));

  it('every request within the budget outside the exceptions fails the run when it makes one call more', () => {
    const unnoticed: string[] = [];
    calls.rows.forEach((row, i) => {
      if (excepted.has(row.route)) return;
      const run = copy();
      run.callsPerRoute!.rows[i]!.calls = calls.budget.maxCalls + 1;
      if (!problemsOf(run).some((p) => p.includes(`${row.caller} GET ${row.path} made ${calls.budget.maxCalls + 1} DynamoDB calls`))) unnoticed.push(`${row.caller} ${row.path}`);
    });
    expect(unnoticed).toEqual([]);
    expect(calls.rows.length - [...calls.rows].filter((r) => excepted.has(r.route)).length).toBeGreaterThan(300);
  });

  it('every request fails the run when it makes a Scan or answers 5xx, exceptions included', () => {
    const unnoticed: string[] = [];
    calls.rows.forEach((row, i) => {
      for (const change of [{ scans: 1 }, { status: 500 }]) {
        const run = copy();
        Object.assign(run.callsPerRoute!.rows[i]!, change);
        if (problemsOf(run).length !== 1) unnoticed.push(`${row.caller} ${row.path} ${JSON.stringify(change)}`);
      }
    });
    expect(unnoticed).toEqual([]);
  });

  it('a Scan in the digest fails the run', () => {
    const run = copy();
    run.digest!.scans = 1;
    expect(problemsOf(run)).toEqual(['the digest made 1 Scans (budget 0)']);
  });

  it('every figure that could not be measured fails the run', () => {
    for (const figure of FIGURES) {
      const failed = copy();
      delete failed[figure];
      failed.failures = [{ figure, error: 'Error: DynamoDB Local did not answer' }];
      expect(problemsOf(failed)).toEqual([`${figure} could not be measured: Error: DynamoDB Local did not answer`]);
      const missing = copy();
      delete missing[figure];
      if (figure === 'alerts') missing.plan.alerts = PLANS.full.alerts;
      if (figure === 'imports') missing.plan.imports = PLANS.full.imports;
      expect(problemsOf(missing)).toEqual([`${figure} could not be measured: no result`]);
    }
  });

  it('a run whose plan has no alert figure (quick runs) is not failed for lacking it', () => {
    const quick = copy();
    delete quick.alerts;
    delete quick.plan.alerts;
    expect(problemsOf(quick)).toEqual([]);
    expect(PLANS.quick.alerts).toBeUndefined();
    expect(PLANS.full.alerts).toEqual({ recipients: 2_000, smaller: 500, sendRate: 50 });
  });

  it('an alert that reaches a member twice, sends fewer emails than recipients or makes a Scan fails the run', () => {
    const base = copy();
    base.plan.alerts = PLANS.full.alerts;
    base.alerts = {
      status: 'measured', sendRate: 50, linearity: 1, peakRssMiB: 200,
      runs: [{ recipients: 2000, createCalls: 88, deliveryCalls: 4400, scans: 0, emails: 2000, duplicates: 0, createMs: 5000, deliveredMs: 50_000 }],
    };
    expect(problemsOf(base)).toEqual([]);
    for (const [change, problem] of [
      [{ duplicates: 1 }, 'the alert to 2000: 1 members got two emails'],
      [{ emails: 1999 }, 'the alert to 2000 sent 1999 emails'],
      [{ scans: 1 }, 'the alert to 2000 made 1 Scans (budget 0)'],
    ] as const) {
      const run = structuredClone(base);
      Object.assign(run.alerts!.runs[0]!, change);
      expect(problemsOf(run)).toEqual([problem]);
    }
  });

  it('a figure measured as nothing fails the run', () => {
    const noLoad = copy();
    noLoad.throughput!.rows[0]!.bareSdk.requestsPerSecond = 0;
    const noHello = copy();
    delete noHello.lambdaBundles!.hello.coldStart;
    const noEmail = copy();
    noEmail.digest!.emails = 0;
    for (const run of [noLoad, noHello, noEmail]) expect(problemsOf(run)).toHaveLength(1);
  });

  it('no speed ratio fails a run, however bad', () => {
    const slow = copy();
    for (const ratio of Object.values(slow.lambdaBundles!.ratios)) Object.assign(ratio, { processStartToAnswer: 100, loadAndAnswer: 100 });
    for (const row of slow.throughput!.rows) Object.assign(row, { throughputRatio: 0.01, p99Ratio: 100 });
    slow.digest!.wallMs *= 100;
    expect(problemsOf(slow)).toEqual([]);
  });
});

describe('measuring some figures again (npm run bench -- --only)', () => {
  it('reads the figures to measure, and refuses a typo or a quick run', () => {
    expect(argsFrom([])).toEqual({ mode: 'full' });
    expect(argsFrom(['--quick'])).toEqual({ mode: 'quick' });
    expect(argsFrom(['--only', 'alerts,imports'])).toEqual({ mode: 'full', only: ['alerts', 'imports'] });
    expect(argsFrom(['--only=digest'])).toEqual({ mode: 'full', only: ['digest'] });
    expect(() => argsFrom(['--only', 'alert'])).toThrow(/--only takes figures among/);
    expect(() => argsFrom(['--only'])).toThrow(/--only takes figures among/);
    expect(() => argsFrom(['--only', 'alerts', '--quick'])).toThrow(/does not combine with --quick/);
    expect(() => argsFrom(['--fast'])).toThrow(/unknown option --fast/);
  });

  it('replaces only those figures, each keeping the date, commit and load it was measured under', () => {
    const later = { date: '2099-01-01T00:00:00.000Z', commit: 'abc1234', loadAverage: { atStart: [0.5, 0.5, 0.5], atEnd: [0.6, 0.5, 0.5] }, seconds: 90 };
    const again = { ...copy(), alerts: { ...copy().alerts!, sendRate: 999 }, digest: undefined, failures: [], figureRuns: { alerts: later } };
    const merged = mergeRun(copy(), ['alerts'], again);
    expect(merged.alerts!.sendRate).toBe(999);
    expect(merged.digest).toEqual(recorded.digest);
    expect(merged.figureRuns!.alerts).toEqual(later);
    expect(merged.figureRuns!.digest!.commit).toBe((recorded.figureRuns?.digest ?? recorded.machine).commit);
    expect(merged.machine).toEqual(recorded.machine);
  });

  it('a figure that fails when measured again fails the merged run, and an old failure of it is forgotten', () => {
    const old = { ...copy(), failures: [{ figure: 'alerts' as const, error: 'old' }] };
    const again = { ...copy(), alerts: undefined, failures: [{ figure: 'alerts' as const, error: 'new' }], figureRuns: {} };
    const merged = mergeRun(old, ['alerts'], again);
    expect(merged.failures).toEqual([{ figure: 'alerts', error: 'new' }]);
    expect(problemsOf(merged)).toEqual(['alerts could not be measured: new']);
  });
});
