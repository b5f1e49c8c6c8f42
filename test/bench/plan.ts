/**
 * How much each figure measures: the full run (`npm run bench`, the recorded
 * figures) and the quick run (`npm run bench -- --quick`, in CI), which
 * takes every figure with fewer samples and a smaller digest. The request
 * budget keeps its full fixture in both: the 120 newer restricted cases are
 * what makes a member's list read a second query page, the case the budget
 * is about, and measuring each route once is already the smallest sample.
 */
import type { AlertPlan } from './alerts.ts';
import type { DigestScale } from './digest.ts';
import type { ImportPlan } from './imports.ts';
import type { ThroughputPlan } from './throughput.ts';

export type BenchMode = 'full' | 'quick';

/** What a run measures, in the order it measures them (test/bench/results.ts holds their results). */
export const FIGURES = ['callsPerRoute', 'lambdaBundles', 'throughput', 'digest', 'alerts', 'imports'] as const;
export type Figure = (typeof FIGURES)[number];

export interface BenchPlan {
  /** Restricted cases newer than the visible ones, in the request-budget fixture. */
  budgetFillers: number;
  /**
   * Fresh Node processes per bundle, for the cold-start medians. 31 in full runs: four runs of 11 on
   * one afternoon (3 Dec) put the web function at 3.00×, 3.29×, 3.38× and 3.55× hello, and the floor
   * at 1.64× to 2.12×, a spread larger than any one change measured since.
   */
  coldStartRuns: number;
  throughput: ThroughputPlan;
  digest: DigestScale;
  /** The urgent alert figure: full runs only (paced at 50 emails/s it takes about a minute, by design). */
  alerts?: AlertPlan;
  /** The spreadsheet import: rows of one file. */
  imports: ImportPlan;
}

export const PLANS: Record<BenchMode, BenchPlan> = {
  full: {
    budgetFillers: 120, coldStartRuns: 31,
    throughput: { connections: 10, seconds: 5, warmUpSeconds: 1, rounds: 3, dynamoWarmUpSeconds: 10 },
    // Paced as local runs are (TANDEM_SEND_RATE, 50 a second by default): 20,000 emails take about 7 minutes.
    digest: { members: 20_000, cases: 2_000, sendRate: Number(process.env.TANDEM_SEND_RATE ?? 50) },
    alerts: { recipients: 2_000, smaller: 500, sendRate: 50 },
    imports: { rows: 10_000 },
  },
  quick: {
    budgetFillers: 120, coldStartRuns: 3,
    throughput: { connections: 10, seconds: 2, warmUpSeconds: 1, rounds: 1, dynamoWarmUpSeconds: 4 },
    digest: { members: 500, cases: 100 },
    imports: { rows: 1_000 },
  },
};

export interface BenchArgs {
  mode: BenchMode;
  /**
   * `--only alerts,imports`: measure these figures of a full run again and keep the others from
   * results.json as they were, each with the date, commit and load it was measured under
   * (`figureRuns`). For a figure that only a quiet machine can show (the paced alert, the
   * 10,000-row import) when the whole run would take half an hour on a busy one.
   */
  only?: Figure[];
}

/** `--quick`, `--only <figures>` or nothing; anything else is a typo that would silently run the long bench. */
export function argsFrom(args: string[]): BenchArgs {
  const rest = [...args];
  let only: Figure[] | undefined;
  const at = rest.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (at >= 0) {
    const [flag] = rest.splice(at, 1);
    const list = flag!.includes('=') ? flag!.slice('--only='.length) : rest.splice(at, 1)[0];
    only = (list ?? '').split(',').filter(Boolean) as Figure[];
    const unknownFigures = only.filter((f) => !FIGURES.includes(f));
    if (only.length === 0 || unknownFigures.length > 0) throw new Error(`npm run bench: --only takes figures among ${FIGURES.join(', ')} (got ${list ?? 'nothing'})`);
  }
  const unknown = rest.filter((a) => a !== '--quick');
  if (unknown.length > 0) throw new Error(`npm run bench: unknown option ${unknown.join(' ')} (only --quick, --only <figures>)`);
  const mode = rest.includes('--quick') ? 'quick' : 'full';
  if (only && mode === 'quick') throw new Error('npm run bench: --only re-measures figures of the recorded full run; it does not combine with --quick');
  return { mode, ...(only ? { only } : {}) };
}
