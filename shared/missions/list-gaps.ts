/**
 * The gap view for coordinators: active cases whose risk status calls for an
 * action no mission or MP has logged since, with the gap's age, optionally in
 * one country. One Query for candidate cases and one BatchGet for their
 * coverage markers per page, whatever the number of actions. The first page
 * also lists the risk gaps (a risk analysis raised to high or critical with no
 * action in 14 days) from the raised-risk roster the table's stream keeps,
 * read in that same BatchGet (issue 14: 3 calls with the session).
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { countryCode } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import type { GapStore } from './mission-store.ts';
import { coverageLookups, findGaps, GAP_STATUSES, MAX_CODES_PER_CASE, type Gap } from './gap-rules.ts';
import { executionLookups, findExecutionGaps, type ExecutionGap } from '../proceedings/index.ts';
// Directly, not through shared/risk's index: that one reaches cases, which reach missions (a cycle).
import { findRiskGaps, type RiskGap } from '../risk/risk-gap.ts';

export const gapQuerySchema = z
  .object({ country: countryCode.optional(), cursor: z.string().max(2000).optional() })
  .strict();

/** Cases per page: their coverage lookups (the status rules' and the execution gap's one) and the roster must fit one BatchGet (100 keys). */
export const GAP_PAGE_CASES = Math.floor((100 - 1) / (MAX_CODES_PER_CASE + 1));

export interface GapList {
  /** The risk gaps (issue 15) carry the level and the suggested alert: this list is for coordinators only. */
  items: Array<Gap | ExecutionGap | RiskGap>;
  nextCursor: string | null;
}

/** `GET /api/gaps?country=&cursor=`. */
/** The gap view: its candidates and markers, today's date, the key that seals the cursor. */
export interface GapListDeps {
  store: Pick<GapStore, 'listGapCandidates' | 'getCoverage' | 'getCoverageAndRaisedRisks'>;
  clock: Clock;
  secret: string;
}

export async function listGaps(deps: GapListDeps, viewer: Viewer, query: unknown): Promise<GapList> {
  requireRole(viewer, 'coordinator');
  const q = parseOrThrow(gapQuerySchema, query);
  // Coordinators see every case, so no gap candidate is hidden from the caller; the cursor is still bound to both.
  const scope = { list: 'gaps', caller: callerOf(viewer), filter: { country: q.country ?? '*' } };
  const start = q.cursor ? openCursor(deps.secret, scope, q.cursor) : undefined;
  // Cases watching a judgment's execution (issue 15) are candidates whatever their status.
  const now = deps.clock.now();
  const page = await deps.store.listGapCandidates({ country: q.country, statuses: GAP_STATUSES, orExecutionWatched: true }, GAP_PAGE_CASES, start);
  const lookups = [...coverageLookups(page.items), ...executionLookups(page.items)];
  // The risk gaps are listed on the first page, from the roster read with the markers.
  const { markers, raised } = start ? { markers: await deps.store.getCoverage(lookups), raised: [] } : await deps.store.getCoverageAndRaisedRisks(lookups);
  const riskGaps = findRiskGaps(raised.filter((r) => !q.country || r.case.country === q.country), now);
  return {
    items: [...findGaps(page.items, markers, now), ...findExecutionGaps(page.items, markers, now), ...riskGaps]
      .sort((a, b) => a.since.localeCompare(b.since) || a.defenderName.localeCompare(b.defenderName)),
    nextCursor: page.next ? sealCursor(deps.secret, scope, page.next) : null,
  };
}
