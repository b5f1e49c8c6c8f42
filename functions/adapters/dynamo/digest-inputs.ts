/**
 * Loads what every member's digest is composed from, with a number of
 * DynamoDB calls that grows with the cases, not with the members:
 * - all cases: one paginated Query of the byKind index (gsi2pk = CASES);
 * - the coming hearings: one paginated Query (gsi2pk = HEARINGS, by time);
 * - for each case with something this week (updated in the window, or with
 *   a hearing ahead): one Query of its partition, for its events and for the
 *   children that name a member (participations).
 * The consent ledger is filtered out in DynamoDB; sensitive fields live in
 * their own partition and are never read.
 */
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import { coverageLookups, findGaps, GAP_STATUSES } from '#shared/missions/gap-rules.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import { gapStore } from './gap-store.ts';
import { notificationStore } from './notification-store.ts';
import { emptyInputs, type DigestActionRequest, type DigestGap, type DigestInputs } from '#shared/digests/inputs.ts';
import type { DigestWindow } from '#shared/digests/iso-week.ts';
import { queryAll } from './query-all.ts';
import { keys, stripKeys } from './keys.ts';

/** Partition Queries in flight at once. */
const PARALLEL = 8;

export async function loadDigestInputs(doc: DynamoDBDocumentClient, table: string, window: DigestWindow): Promise<DigestInputs> {
  const byKind = (kind: string, extra: Partial<QueryCommandInput> = {}): QueryCommandInput => ({
    TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': kind }, ...extra,
  });
  const [caseItems, hearingItems] = await Promise.all([
    queryAll(doc, byKind('CASES')),
    queryAll(doc, byKind('HEARINGS', {
      KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':kind': 'HEARINGS', ':from': window.hearingsFrom, ':to': window.hearingsTo },
    })),
  ]);

  const inputs = emptyInputs();
  for (const item of caseItems) {
    const c = stripKeys<DefenderCase>(item);
    inputs.cases.set(c.id, c);
  }
  // The HEARINGS index also dates action requests and observer sign-ups: keep the hearings.
  inputs.hearings = hearingItems
    .filter((i) => i.itemType === 'event')
    .map((i) => stripKeys<TimelineEvent>(i))
    .filter((h) => inputs.cases.has(h.caseId));

  // An event posted in the window moved its case's updatedAt into (or past) the window.
  const active = new Set([...inputs.cases.values()].filter((c) => c.updatedAt >= window.from).map((c) => c.id));
  for (const h of inputs.hearings) active.add(h.caseId);
  const ids = [...active];
  const participations = new Map<string, Set<string>>();
  const events: TimelineEvent[] = [];

  const readCase = async (caseId: string) => {
    const children = await queryAll(doc, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      // The case record is already loaded; the consent ledger is not for digests.
      FilterExpression: 'itemType <> :case AND itemType <> :consent',
      ExpressionAttributeValues: { ':pk': keys.case(caseId).pk, ':case': 'case', ':consent': 'consent' },
    });
    for (const child of children) {
      if (child.itemType === 'event') {
        const e = stripKeys<TimelineEvent>(child);
        if (e.createdAt >= window.from && e.createdAt < window.to) events.push(e);
      }
      // Participation: pledges, logged actions, mission actions and observer sign-ups (issues 4
      // and 5) are children of the case that carry the member's id; whatever their type, they count.
      if (typeof child.memberId === 'string') {
        const mine = participations.get(child.memberId) ?? new Set<string>();
        mine.add(caseId);
        participations.set(child.memberId, mine);
      }
    }
  };
  for (let i = 0; i < ids.length; i += PARALLEL) await Promise.all(ids.slice(i, i + PARALLEL).map(readCase));

  inputs.events = events.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  inputs.participations = new Map([...participations].map(([memberId, set]) => [memberId, [...set]]));
  inputs.openRequests = await openRequests(doc, table, inputs);
  inputs.gaps = await gaps(doc, table, inputs, window);
  // Notifications kept for this digest (issue 11): one range Query of byKind `DIGEST_NOTES`, linear in notes.
  inputs.notes = await notificationStore(doc, table).listDigestNotes(window.from, window.to);
  return inputs;
}

/**
 * Open action requests, by country of posting: one Query per country that
 * has cases (requests are addressed to the missions where a case is), so
 * the reads grow with countries, not members.
 */
async function openRequests(doc: DynamoDBDocumentClient, table: string, inputs: DigestInputs): Promise<DigestActionRequest[]> {
  const countries = [...new Set([...inputs.cases.values()].map((c) => c.country))];
  const found: DigestActionRequest[] = [];
  for (let i = 0; i < countries.length; i += PARALLEL) {
    const pages = await Promise.all(countries.slice(i, i + PARALLEL).map((country) =>
      queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope AND begins_with(gsi1sk, :open)',
        ExpressionAttributeValues: { ':scope': `COUNTRY#${country}`, ':open': 'REQUEST#OPEN#' },
      })));
    for (const item of pages.flat()) {
      const r = stripKeys<ActionRequest>(item);
      if (r.status !== 'open' && r.status !== 'acknowledged') continue;
      found.push({ id: r.id, caseId: r.caseId, country: r.country, actionLabel: euActionLabel(r.actionType), dueDate: r.dueDate, status: r.status });
    }
  }
  return found;
}

/** The gap view's rows for coordinators: coverage markers read in batches of 100 (grows with cases). */
async function gaps(doc: DynamoDBDocumentClient, table: string, inputs: DigestInputs, window: DigestWindow): Promise<DigestGap[]> {
  const candidates = [...inputs.cases.values()].filter((c) => c.state === 'active' && GAP_STATUSES.includes(c.riskStatus));
  const pairs = coverageLookups(candidates);
  const store = gapStore(doc, table);
  const markers = [];
  for (let i = 0; i < pairs.length; i += 100) markers.push(...(await store.getCoverage(pairs.slice(i, i + 100))));
  return findGaps(candidates, markers, new Date(window.to)).map((g) => ({
    caseId: g.caseId, description: `${g.label} (${g.ageDays} days)`,
  }));
}
