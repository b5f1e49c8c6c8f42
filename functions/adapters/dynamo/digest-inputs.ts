/**
 * Loads what digests are composed from, with a number of DynamoDB calls that
 * grows with the cases, not with the members:
 * - all cases: one paginated Query of the byKind index (gsi2pk = CASES);
 * - the coming hearings: one paginated Query (gsi2pk = HEARINGS, by time);
 * - the week's events: one paginated Query of the weekly news partition
 *   (`NEWS#<ISO week>`, written with each event: news-items.ts);
 * - who took part in which case (pledges, logged actions, co-signatures,
 *   observer sign-ups: the case children that carry a member's id). For one
 *   member (a preview) that is one Query of byScope `MEMBER#<id>`; for the
 *   job, one Query per case with something this week (updated in the window,
 *   or with a hearing ahead), projected to the member ids.
 * The consent ledger is filtered out in DynamoDB; sensitive fields live in
 * their own partition and are never read.
 */
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import { coverageLookups, findGaps, GAP_STATUSES, type CoverageMarker } from '#shared/missions/gap-rules.ts';
import { executionLookups, findExecutionGaps } from '#shared/proceedings/execution-gaps.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import { gapStore } from './gap-store.ts';
import { notificationStore } from './notification-store.ts';
import { emptyInputs, type DigestActionRequest, type DigestEvent, type DigestGap, type DigestInputs } from '#shared/digests/inputs.ts';
import { isoWeekOf, type DigestWindow } from '#shared/digests/iso-week.ts';
import { guarded } from './errors.ts';
import { queryAll } from './query-all.ts';
import { HOME_ITEM_TYPE } from './home-items.ts';
import { caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { newsKeys } from './news-items.ts';

/** Partition Queries in flight at once. */
const PARALLEL = 8;

/**
 * Whose digests the inputs are for: every member (the send count), or some
 * members (a preview: one; a batch of the weekly job: up to 500), for whom
 * only their own participations (one Query each), their postings' requests
 * (diplomats) and the gaps (if a coordinator is among them) are read.
 */
export type DigestAudience = { kind: 'everyone' } | { kind: 'members'; members: readonly Member[] };

export async function loadDigestInputs(
  doc: DynamoDBDocumentClient, table: string, window: DigestWindow, audience: DigestAudience = { kind: 'everyone' },
): Promise<DigestInputs> {
  const byKind = (kind: string, extra: Partial<QueryCommandInput> = {}): QueryCommandInput => ({
    TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': kind }, ...extra,
  });
  const [caseItems, hearingItems, events] = await Promise.all([
    queryAll(doc, byKind('CASES')),
    queryAll(doc, byKind('HEARINGS', {
      KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':kind': 'HEARINGS', ':from': window.hearingsFrom, ':to': window.hearingsTo },
    })),
    weekEvents(doc, table, window),
  ]);

  const inputs = emptyInputs();
  for (const item of caseItems) {
    const c = caseFromItem(item);
    inputs.cases.set(c.id, c);
  }
  // The HEARINGS index also dates action requests and observer sign-ups: keep the hearings.
  inputs.hearings = hearingItems
    .filter((i) => i.itemType === 'event')
    .map((i) => stripKeys<TimelineEvent>(i))
    .filter((h) => inputs.cases.has(h.caseId));
  inputs.events = events;

  if (audience.kind === 'members') {
    const { members } = audience;
    inputs.participations = await membersParticipations(doc, table, members);
    const postings = [...new Set(members.flatMap((m) => (m.role === 'diplomat' && m.country ? [m.country] : [])))];
    if (postings.length) inputs.openRequests = await openRequests(doc, table, postings);
    if (members.some((m) => m.role === 'coordinator')) inputs.gaps = await gaps(doc, table, inputs, window);
  } else {
    inputs.participations = await caseParticipations(doc, table, inputs, window);
    inputs.openRequests = await openRequests(doc, table, [...new Set([...inputs.cases.values()].map((c) => c.country))]);
    inputs.gaps = await gaps(doc, table, inputs, window);
  }
  // Notifications kept for this digest (issue 11): one range Query of byKind `DIGEST_NOTES`, linear in notes.
  inputs.notes = await notificationStore(doc, table).listDigestNotes(window.from, window.to);
  return inputs;
}

/**
 * The window's events from the weekly news partition: a digest window is one
 * ISO week in UTC (Monday to Monday), the week the events were posted in.
 */
async function weekEvents(doc: DynamoDBDocumentClient, table: string, window: DigestWindow): Promise<DigestEvent[]> {
  const items = await queryAll(doc, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': newsKeys.week(isoWeekOf(new Date(window.from))), ':from': `EVENT#${window.from}`, ':to': `EVENT#${window.to}` },
  });
  return weekEventsFrom(items, window);
}

/** The news items posted in the window, oldest first; events posted in the same millisecond by id. */
export function weekEventsFrom(items: readonly Record<string, unknown>[], window: DigestWindow): DigestEvent[] {
  return items
    .map((i) => stripKeys<DigestEvent>(i))
    .filter((e) => e.createdAt >= window.from && e.createdAt < window.to)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * The cases each member took part in: their pledges, logged actions, co-signatures and observer sign-ups,
 * one Query of byScope `MEMBER#<id>` per member (8 at once).
 */
async function membersParticipations(doc: DynamoDBDocumentClient, table: string, members: readonly Member[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const read = async (memberId: string) => {
    const items = await queryAll(doc, {
      TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :member',
      // An alert waiting for the member's answer is not taking part (their home lists it, the digest does not),
      // nor is a case their home suggests or a hearing or request of their posting (home projections, home-items.ts).
      FilterExpression: 'NOT (itemType IN (:waiting, :suggestion, :hearing, :request))',
      ExpressionAttributeValues: {
        ':member': `MEMBER#${memberId}`, ':waiting': 'alert_waiting', ':suggestion': HOME_ITEM_TYPE.suggestion, ':hearing': HOME_ITEM_TYPE.hearing, ':request': HOME_ITEM_TYPE.request,
      },
      ProjectionExpression: 'caseId',
    });
    const cases = [...new Set(items.map((i) => i.caseId).filter((id): id is string => typeof id === 'string'))];
    if (cases.length) found.set(memberId, cases);
  };
  const ids = [...new Set(members.map((m) => m.id))];
  for (let i = 0; i < ids.length; i += PARALLEL) await Promise.all(ids.slice(i, i + PARALLEL).map(read));
  return found;
}

/**
 * Who took part in each case with something this week (its events, or a hearing ahead), for the job:
 * one Query per such case, projected to the member ids.
 */
async function caseParticipations(doc: DynamoDBDocumentClient, table: string, inputs: DigestInputs, window: DigestWindow): Promise<Map<string, string[]>> {
  // An event posted in the window moved its case's updatedAt into (or past) the window.
  const active = new Set([...inputs.cases.values()].filter((c) => c.updatedAt >= window.from).map((c) => c.id));
  for (const h of inputs.hearings) active.add(h.caseId);
  const ids = [...active];
  const participations = new Map<string, Set<string>>();
  const readCase = async (caseId: string) => {
    const children = await queryAll(doc, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      // Participation: pledges, logged actions, co-signatures and observer sign-ups (issues 4 and 5) are children of
      // the case that carry the member's id; whatever their type, they count. The consent ledger is not for digests.
      FilterExpression: 'attribute_exists(memberId) AND itemType <> :case AND itemType <> :consent',
      ProjectionExpression: 'memberId',
      ExpressionAttributeValues: { ':pk': keys.case(caseId).pk, ':case': 'case', ':consent': 'consent' },
    });
    for (const child of children) {
      if (typeof child.memberId !== 'string') continue;
      const mine = participations.get(child.memberId) ?? new Set<string>();
      mine.add(caseId);
      participations.set(child.memberId, mine);
    }
  };
  for (let i = 0; i < ids.length; i += PARALLEL) await Promise.all(ids.slice(i, i + PARALLEL).map(readCase));
  return new Map([...participations].map(([memberId, set]) => [memberId, [...set]]));
}

/**
 * Open action requests, by country of posting: one Query per country asked
 * for (every country with cases, or the postings of the diplomats composed
 * for), so the reads grow with countries, not members.
 */
async function openRequests(doc: DynamoDBDocumentClient, table: string, countries: string[]): Promise<DigestActionRequest[]> {
  const found: DigestActionRequest[] = [];
  for (let i = 0; i < countries.length; i += PARALLEL) {
    const pages = await Promise.all(countries.slice(i, i + PARALLEL).map((country) =>
      queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope AND begins_with(gsi1sk, :open)',
        ExpressionAttributeValues: { ':scope': `COUNTRY#${country}`, ':open': 'REQUEST#OPEN#' },
      })));
    found.push(...pages.flat().flatMap((item) => digestRequestOf(stripKeys<ActionRequest>(item)) ?? []));
  }
  return found;
}

/** An open (or acknowledged) request as a digest lists it; undefined for any other. */
export function digestRequestOf(r: ActionRequest): DigestActionRequest | undefined {
  if (r.status !== 'open' && r.status !== 'acknowledged') return undefined;
  return { id: r.id, caseId: r.caseId, country: r.country, actionLabel: euActionLabel(r.actionType), dueDate: r.dueDate, status: r.status };
}

/** The gap view's rows for coordinators: coverage markers read in batches of 100 (grows with cases). */
async function gaps(doc: DynamoDBDocumentClient, table: string, inputs: DigestInputs, window: DigestWindow): Promise<DigestGap[]> {
  const pairs = [...coverageLookups(gapCandidates(inputs)), ...executionLookups(gapCandidates(inputs))];
  const store = gapStore(doc, table);
  const markers = [];
  for (let i = 0; i < pairs.length; i += 100) markers.push(...(await store.getCoverage(pairs.slice(i, i + 100))));
  return digestGaps(inputs, markers, window);
}

/** Active cases in a status some rule watches, or watching a judgment's execution (issue 15) whatever their statuses. */
const gapCandidates = (inputs: DigestInputs) =>
  [...inputs.cases.values()].filter((c) => c.state === 'active' && (c.riskStatuses.some((s) => GAP_STATUSES.includes(s)) || (c.executionWatch?.size ?? 0) > 0));

/** The gaps open at the window's end, from the candidates' coverage markers (other markers change nothing). */
export function digestGaps(inputs: DigestInputs, markers: readonly CoverageMarker[], window: DigestWindow): DigestGap[] {
  const candidates = gapCandidates(inputs);
  const at = new Date(window.to);
  return [...findGaps(candidates, markers, at), ...findExecutionGaps(candidates, markers, at)].map((g) => ({
    caseId: g.caseId, rule: g.rule, ageDays: g.ageDays,
  }));
}
