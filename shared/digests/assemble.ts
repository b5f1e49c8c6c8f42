/**
 * The digest's rules over the records the store read (records.ts): which
 * requests are still open and how they are labelled, which gaps the
 * coordinators see, and what of the records an audience may be handed at
 * all. The job, its batches, previews and the send count all go through
 * here, so the store applies no rule and these are tested without DynamoDB.
 */
import type { Member } from '../domain/member.ts';
import { euActionLabel } from '../domain/eu-guidelines.ts';
import { coverageLookups, findGaps, GAP_STATUSES, isOpen } from '../missions/index.ts';
import { executionLookups, findExecutionGaps } from '../proceedings/index.ts';
import { digestMaySee } from './compose.ts';
import type { DigestActionRequest, DigestCase, DigestGap, DigestInputs } from './inputs.ts';
import type { DigestWindow } from './iso-week.ts';
import type { DigestCoverageRecord, DigestRecords, DigestRequestRecord } from './records.ts';

/** Whose digests the inputs are for: every member (the job, the send count), or some (a preview, a batch). */
export type DigestAudience = { kind: 'everyone' } | { kind: 'members'; members: readonly Member[] };

export const EVERYONE: DigestAudience = { kind: 'everyone' };

/** The postings whose requests these members' digests list: a diplomat follows the country of posting. */
export const postingsOf = (members: readonly Member[]): string[] =>
  [...new Set(members.flatMap((m) => (m.role === 'diplomat' && m.country ? [m.country] : [])))];

/** Gaps are for coordinators' digests only. */
export const wantsGaps = (audience: DigestAudience): boolean =>
  audience.kind === 'everyone' || audience.members.some((m) => m.role === 'coordinator');

/** Active cases in a status some gap rule watches, or watching a judgment's execution (issue 15) whatever their statuses. */
const gapCandidates = (cases: Iterable<DigestCase>): DigestCase[] =>
  [...cases].filter((c) => c.state === 'active' && (c.riskStatuses.some((s) => GAP_STATUSES.includes(s)) || (c.executionWatch?.size ?? 0) > 0));

/** The coverage markers the gap rules need for these cases: (case, code) pairs for the store to read. */
export function gapLookups(cases: Iterable<DigestCase>): Array<{ caseId: string; code: string }> {
  const candidates = gapCandidates(cases);
  return [...coverageLookups(candidates), ...executionLookups(candidates)];
}

/** The gaps open at the window's end: the gap view's rules, then the execution gap. */
export function digestGaps(cases: Iterable<DigestCase>, markers: readonly DigestCoverageRecord[], window: DigestWindow): DigestGap[] {
  const candidates = gapCandidates(cases);
  const at = new Date(window.to);
  return [...findGaps(candidates, markers, at), ...findExecutionGaps(candidates, markers, at)].map((g) => ({
    caseId: g.caseId, rule: g.rule, ageDays: g.ageDays,
  }));
}

/** A request as a digest lists it, when it is still open (the missions' own rule); undefined otherwise. */
export function digestRequestOf(r: DigestRequestRecord): DigestActionRequest | undefined {
  if (!isOpen(r)) return undefined;
  return {
    id: r.id, caseId: r.caseId, country: r.country, actionLabel: euActionLabel(r.actionType),
    ...(r.dueDate ? { dueDate: r.dueDate } : {}), status: r.status,
  };
}

/**
 * The inputs the audience's digests are composed from. For some members, only what one of them may read
 * (the app's visibility rule, never a paused case) is kept, and only their own participations, notes and
 * postings' requests: a case hidden from all of them is not in their inputs at all, whatever the records hold.
 */
export function assembleDigestInputs(records: DigestRecords, window: DigestWindow, audience: DigestAudience = EVERYONE): DigestInputs {
  const readers = audience.kind === 'members' ? audience.members : undefined;
  const cases = new Map(records.cases.filter((c) => !readers || readers.some((m) => digestMaySee(m, c))).map((c) => [c.id, c]));
  const kept = (caseId: string) => cases.has(caseId);
  const readerIds = readers ? new Set(readers.map((m) => m.id)) : undefined;
  const isReader = (memberId: string) => !readerIds || readerIds.has(memberId);
  const postings = readers ? new Set(postingsOf(readers)) : undefined;
  const participations = new Map<string, string[]>();
  for (const [memberId, caseIds] of records.participations) {
    const theirs = isReader(memberId) ? caseIds.filter(kept) : [];
    if (theirs.length) participations.set(memberId, theirs);
  }
  return {
    cases,
    events: records.events.filter((e) => kept(e.caseId)),
    hearings: records.hearings.filter((h) => kept(h.caseId)),
    participations,
    openRequests: records.requests
      .filter((r) => kept(r.caseId) && (!postings || postings.has(r.country)))
      .flatMap((r) => digestRequestOf(r) ?? []),
    gaps: wantsGaps(audience) ? digestGaps(cases.values(), records.markers, window) : [],
    notes: records.notes.filter((n) => isReader(n.memberId) && kept(n.caseId)),
  };
}
