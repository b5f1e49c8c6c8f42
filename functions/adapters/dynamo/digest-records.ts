/**
 * Reads the records digests are assembled from (shared/digests/records.ts),
 * with a number of DynamoDB calls that grows with the cases, not with the
 * members, and applies no rule to them (shared/digests/assemble.ts does):
 * - all cases: one paginated Query of the byKind index (gsi2pk = CASES);
 * - the coming hearings: one paginated Query (gsi2pk = HEARINGS, by time);
 * - the week's events: one paginated Query of the weekly news partition
 *   (`NEWS#<ISO week>`, written with each event: news-items.ts);
 * - who took part in which case (pledges, logged actions, co-signatures,
 *   observer sign-ups: the case children that carry a member's id). For some
 *   members (a preview, a batch) that is one Query of byScope `MEMBER#<id>`
 *   each; for the job, one Query per case with something this week (updated
 *   in the window, or with a hearing ahead), projected to the member ids;
 * - the action requests filed under a posting's open key (byScope
 *   `COUNTRY#<code>`, `REQUEST#OPEN#`), one Query per posting asked for.
 * The coverage markers the gap rules need are read apart (gap-store.ts's
 * `getCoverage`, with the pairs the core asks for). The consent ledger is
 * filtered out in DynamoDB; sensitive fields live in their own partition and
 * are never read.
 */
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { DigestEvent } from '#shared/digests/inputs.ts';
import type { DigestReadScope, DigestRecords, DigestRequestRecord } from '#shared/digests/records.ts';
import { isoWeekOf, type DigestWindow } from '#shared/digests/iso-week.ts';
import { notificationStore } from './notification-store.ts';
import { queryAll } from './query-all.ts';
import { HOME_ITEM_TYPE } from './home-items.ts';
import { caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { newsKeys } from './news-items.ts';

/** Partition Queries in flight at once. */
const PARALLEL = 8;

export async function loadDigestRecords(
  doc: DynamoDBDocumentClient, table: string, window: DigestWindow, scope?: DigestReadScope,
): Promise<Omit<DigestRecords, 'markers'>> {
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
  const cases = caseItems.map(caseFromItem);
  const caseIds = new Set(cases.map((c) => c.id));
  // The HEARINGS index also dates action requests and observer sign-ups: keep the hearings.
  const hearings = hearingItems
    .filter((i) => i.itemType === 'event')
    .map((i) => stripKeys<TimelineEvent>(i))
    .filter((h) => caseIds.has(h.caseId));
  const participations = scope
    ? await membersParticipations(doc, table, scope.memberIds)
    : await caseParticipations(doc, table, cases, hearings, window);
  const postings = scope ? [...scope.postings] : [...new Set(cases.map((c) => c.country))];
  const requests = postings.length ? await postingRequests(doc, table, postings) : [];
  // Notifications kept for this digest (issue 11): one range Query of byKind `DIGEST_NOTES`, linear in notes.
  const notes = await notificationStore(doc, table).listDigestNotes(window.from, window.to);
  return { cases, events, hearings, participations, requests, notes };
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
async function membersParticipations(doc: DynamoDBDocumentClient, table: string, memberIds: readonly string[]): Promise<Map<string, string[]>> {
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
  const ids = [...new Set(memberIds)];
  for (let i = 0; i < ids.length; i += PARALLEL) await Promise.all(ids.slice(i, i + PARALLEL).map(read));
  return found;
}

/**
 * Who took part in each case with something this week (its events, or a hearing ahead), for the job:
 * one Query per such case, projected to the member ids.
 */
async function caseParticipations(
  doc: DynamoDBDocumentClient, table: string, cases: DigestRecords['cases'], hearings: DigestRecords['hearings'], window: DigestWindow,
): Promise<Map<string, string[]>> {
  // An event posted in the window moved its case's updatedAt into (or past) the window.
  const active = new Set(cases.filter((c) => c.updatedAt >= window.from).map((c) => c.id));
  for (const h of hearings) active.add(h.caseId);
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
 * The requests filed under each posting's open key (the key the request's write sets), by country of
 * posting: one Query per country asked for (every country with cases, or the postings of the diplomats
 * composed for), so the reads grow with countries, not members. Read as stored: the core keeps the open ones.
 */
async function postingRequests(doc: DynamoDBDocumentClient, table: string, countries: readonly string[]): Promise<DigestRequestRecord[]> {
  const found: DigestRequestRecord[] = [];
  for (let i = 0; i < countries.length; i += PARALLEL) {
    const pages = await Promise.all(countries.slice(i, i + PARALLEL).map((country) =>
      queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope AND begins_with(gsi1sk, :open)',
        ExpressionAttributeValues: { ':scope': `COUNTRY#${country}`, ':open': 'REQUEST#OPEN#' },
      })));
    found.push(...pages.flat().map(requestRecordOf));
  }
  return found;
}

/** A stored request item as the digest's record: what the rules and the digest read of it, no note or reason. */
export function requestRecordOf(item: Record<string, unknown>): DigestRequestRecord {
  const { id, caseId, country, actionType, dueDate, status } = item as Record<string, string | undefined>;
  return { id: String(id), caseId: String(caseId), country: String(country), actionType: String(actionType), ...(dueDate ? { dueDate } : {}), status: String(status) };
}
