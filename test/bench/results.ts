/**
 * What a bench run writes (test/bench/results.json for the full run,
 * results.quick.json for the quick one), and the verdict drawn from it. A
 * run fails only when a figure could not be measured or a budget that does
 * not depend on the machine is broken: DynamoDB calls per request (at most
 * 3, except the documented exceptions) and Scans (none, anywhere). Speed
 * ratios are reported, never a reason to fail: the machine is shared and
 * noisy, and a quick run takes too few samples to judge them.
 */
import { fileURLToPath } from 'node:url';
import type { CallsResult } from './calls-per-route.ts';
import type { DigestResult } from './digest.ts';
import type { AlertsResult } from './alerts.ts';
import type { ImportsResult } from './imports.ts';
import type { BundlesResult } from './lambda-bundles.ts';
import { FIGURES, type BenchMode, type BenchPlan, type Figure } from './plan.ts';
import type { Machine } from './report.ts';
import type { ThroughputResult } from './throughput.ts';

/** The full run's results are recorded in git; the quick run's are not (git-ignored), so CI never rewrites them. */
export const RESULTS_FILE: Record<BenchMode, string> = {
  full: fileURLToPath(new URL('./results.json', import.meta.url)),
  quick: fileURLToPath(new URL('./results.quick.json', import.meta.url)),
};
export const PERFORMANCE_DOC = fileURLToPath(new URL('../../docs/performance.md', import.meta.url));

export { FIGURES, type Figure } from './plan.ts';

/** `wholeRun`: recorded before figures had their own record, so `seconds` is the whole run's. */
export type FigureRun = Pick<Machine, 'date' | 'commit' | 'loadAverage'> & { seconds: number; wholeRun?: true };

export interface BenchResults {
  mode: BenchMode;
  plan: BenchPlan;
  machine: Machine;
  runSeconds: number;
  callsPerRoute?: CallsResult;
  lambdaBundles?: BundlesResult;
  throughput?: ThroughputResult;
  digest?: DigestResult;
  /** Full runs only (plan.alerts). */
  alerts?: AlertsResult;
  /** The spreadsheet import (absent from runs older than it). */
  imports?: ImportsResult;
  /**
   * When, at which commit and under which load each figure was measured: the run's own machine
   * record, or a later `--only` run's for the figures it measured again (absent in older runs).
   */
  figureRuns?: Partial<Record<Figure, FigureRun>>;
  /** Figures that threw instead of giving a result. */
  failures: { figure: Figure; error: string }[];
  /** Why this run failed (empty: it passed), from `problemsOf`. */
  problems: string[];
}

/**
 * Requests over budget, judged from the results alone (the recorded
 * exceptions, not today's table), so a results file carries its own verdict:
 * more calls than the row's ceiling, any Scan, or a 5xx (which would make a
 * low count meaningless).
 */
export function overBudgetRows(calls: CallsResult): CallsResult['rows'] {
  const ceiling = (route: string) => {
    const exception = calls.exceptions.find((e) => e.route === route);
    if (!exception) return calls.budget.maxCalls;
    return typeof exception.maxCalls === 'number' ? exception.maxCalls : Number.POSITIVE_INFINITY;
  };
  return calls.rows.filter((r) => r.calls > ceiling(r.route) || r.scans > calls.budget.maxScans || r.status >= 500);
}

const positive = (n: number | undefined) => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** Every reason the run fails; see the header for what counts. */
export function problemsOf(results: Omit<BenchResults, 'problems'>): string[] {
  const problems: string[] = [];
  for (const figure of FIGURES) {
    const failure = results.failures.find((f) => f.figure === figure);
    // A figure the run's plan does not include (the alert in quick runs, and in runs older than it) is not missing.
    if (!failure && figure === 'alerts' && !results.plan.alerts) continue;
    if (!failure && figure === 'imports' && !results.plan.imports) continue;
    if (failure) problems.push(`${figure} could not be measured: ${failure.error.split('\n')[0]}`);
    else if (!results[figure]) problems.push(`${figure} could not be measured: no result`);
  }

  const calls = results.callsPerRoute;
  if (calls) {
    if (calls.rows.length === 0) problems.push('callsPerRoute measured no request');
    for (const r of overBudgetRows(calls)) {
      problems.push(`over budget: ${r.caller} GET ${r.path} made ${r.calls} DynamoDB calls and ${r.scans} Scans (status ${r.status})`);
    }
  }

  const bundles = results.lambdaBundles;
  if (bundles) {
    if (!positive(bundles.hello.coldStart?.medianAnsweredMs)) problems.push('cold start of the "hello" yardstick could not be measured');
    const web = bundles.bundles.find((b) => b.entry.endsWith('/web.ts'));
    if (!positive(web?.coldStart?.medianAnsweredMs)) problems.push('cold start of the web function could not be measured');
    for (const b of bundles.bundles) if (!positive(b.bytes)) problems.push(`bundle ${b.entry} has no size`);
  }

  const throughput = results.throughput;
  if (throughput) {
    if (throughput.rows.length === 0) problems.push('throughput measured no page');
    for (const r of throughput.rows) {
      if (!positive(r.server.requestsPerSecond) || !positive(r.bareSdk.requestsPerSecond)) {
        problems.push(`throughput of ${r.page} could not be measured (server ${r.server.requestsPerSecond} req/s, bare SDK ${r.bareSdk.requestsPerSecond} it/s)`);
      }
    }
  }

  const digest = results.digest;
  if (digest) {
    if (digest.scans > 0) problems.push(`the digest made ${digest.scans} Scans (budget 0)`);
    if (digest.emails === 0) problems.push('the digest sent no email: nothing was measured');
  }
  const alerts = results.alerts;
  if (alerts) {
    for (const a of alerts.runs) {
      if (a.scans > 0) problems.push(`the alert to ${a.recipients} made ${a.scans} Scans (budget 0)`);
      if (a.duplicates > 0) problems.push(`the alert to ${a.recipients}: ${a.duplicates} members got two emails`);
      if (a.emails !== a.recipients) problems.push(`the alert to ${a.recipients} sent ${a.emails} emails`);
    }
  }
  const imports = results.imports;
  if (imports) {
    for (const s of imports.steps) {
      // A real run answers 202 since imports run as jobs (results recorded before that have 200).
      const expected = s.step.startsWith('dry run') ? [200] : [200, 202];
      if (!expected.includes(s.status)) problems.push(`the import's ${s.step} answered ${s.status}`);
      if (s.scans > 0) problems.push(`the import's ${s.step} made ${s.scans} Scans (budget 0)`);
    }
    if (imports.created !== imports.rows) problems.push(`the import created ${imports.created} of ${imports.rows} rows`);
  }
  return problems;
}

/** A run from before figureRuns: each figure was measured under the run's own record. */
const runOf = (r: BenchResults): FigureRun => ({ date: r.machine.date, commit: r.machine.commit, loadAverage: r.machine.loadAverage, seconds: r.runSeconds, wholeRun: true });

/**
 * An `--only` run: the recorded full run with the figures measured again put in place, each
 * figure keeping the record of the run that measured it; the verdict is drawn again afterwards.
 */
export function mergeRun(recorded: BenchResults, only: Figure[], again: Omit<BenchResults, 'problems'>): Omit<BenchResults, 'problems'> {
  if (recorded.mode !== 'full') throw new Error('--only re-measures figures of a recorded full run; test/bench/results.json holds none');
  const { problems: _verdict, ...kept } = recorded;
  return {
    ...kept,
    ...Object.fromEntries(only.map((f) => [f, again[f]])),
    figureRuns: { ...Object.fromEntries(FIGURES.map((f) => [f, runOf(recorded)])), ...recorded.figureRuns, ...again.figureRuns },
    failures: [...recorded.failures.filter((f) => !only.includes(f.figure)), ...again.failures],
  };
}
