/**
 * The scheduled step that keeps the dashboard's "gaps by kind" current: gaps
 * open when the clock passes a deadline (a detention visit missing, a
 * judgment unexecuted for six months, a raised risk with no action in 14
 * days), not when something is written, so the stream cannot keep this
 * count. Every 15 minutes (the reminders' schedule) it counts the open gaps
 * with the gap view's own reads and replaces one item beside the country
 * rows, which the dashboard reads in the Query it already makes.
 * Calls per run: 1 + 2 × (the gap view's pages, at most 33 candidate cases each), and one Put.
 */
import type { Store } from '../ports/store.ts';
import { countOpenGaps } from '../missions/index.ts';

export async function recountGaps(deps: { store: Pick<Store, 'listGapCandidates' | 'getCoverage' | 'listRaisedRisks' | 'saveGapCounts'> }, now: Date): Promise<Record<string, number>> {
  const { tally, reads } = await countOpenGaps(deps.store, now);
  await deps.store.saveGapCounts({ countedAt: now.toISOString(), counts: tally });
  const open = Object.values(tally.ALL ?? {}).reduce((sum, n) => sum + n, 0);
  // For the log: counts only.
  return { open, countries: Object.keys(tally).filter((scope) => scope !== 'ALL').length, reads };
}
