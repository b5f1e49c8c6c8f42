/**
 * Open gaps counted per country and per kind (the rule's code), for the
 * dashboard's "gaps by kind". Gaps open when the clock passes a deadline, not
 * when something is written, so a stream aggregator cannot keep this count:
 * the scheduled job (every 15 minutes) runs it and stores the result.
 *
 * It makes the gap view's own reads, every page of them: per page one Query
 * for candidate cases and one BatchGet for their coverage markers, plus one
 * Query of the raised risks. So the counts are exactly what GET /api/gaps
 * lists at the same clock. Only codes and counts leave this module: no
 * defender's name, no risk level.
 */
import type { Store } from '../ports/store.ts';
import { EXECUTION_GAP_RULE, findExecutionGaps, executionLookups } from '../proceedings/index.ts';
// Directly, not through shared/risk's index (a cycle), as list-gaps.ts does.
import { findRiskGaps, RISK_GAP_DAYS, RISK_GAP_RULE } from '../risk/risk-gap.ts';
import { coverageLookups, findGaps, GAP_RULES, GAP_STATUSES } from './gap-rules.ts';
import { GAP_PAGE_CASES } from './list-gaps.ts';

/** Scope (`<country>` or `ALL`) → gap kind → open gaps. */
export type GapTally = Record<string, Record<string, number>>;

export const ALL_COUNTRIES = 'ALL';

/** Every kind of gap the gap view lists: the status rules', the execution gap, the risk gap. */
export const GAP_KINDS: readonly string[] = [...GAP_RULES.map((r) => r.code), EXECUTION_GAP_RULE, RISK_GAP_RULE];

export async function countOpenGaps(
  store: Pick<Store, 'listGapCandidates' | 'getCoverage' | 'listRaisedRisks'>, now: Date,
): Promise<{ tally: GapTally; reads: number }> {
  const tally: GapTally = {};
  const add = (country: string, rule: string) => {
    for (const scope of [country, ALL_COUNTRIES]) {
      const row = (tally[scope] ??= {});
      row[rule] = (row[rule] ?? 0) + 1;
    }
  };
  const raisedBy = new Date(now.getTime() - RISK_GAP_DAYS * 86_400_000).toISOString();
  for (const gap of findRiskGaps(await store.listRaisedRisks(raisedBy), now)) add(gap.country, gap.rule);
  let reads = 1;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await store.listGapCandidates({ statuses: GAP_STATUSES, orExecutionWatched: true }, GAP_PAGE_CASES, start);
    const markers = await store.getCoverage([...coverageLookups(page.items), ...executionLookups(page.items)]);
    reads += 2;
    for (const gap of [...findGaps(page.items, markers, now), ...findExecutionGaps(page.items, markers, now)]) add(gap.country, gap.rule);
    start = page.next;
  } while (start);
  return { tally, reads };
}
