/**
 * The home projector: keeps the home projections (home-items.ts) current
 * from the table's stream, beside the coverage aggregator, in the same
 * Lambda and the same local poller.
 *
 * It reconciles rather than replays: a record only names what to look at
 * again (a case, or a member whose follows or posting changed), and the
 * projector reads that subject as it is now, works out every projection it
 * should have and writes the difference. Applying a record twice, or out of
 * order, therefore leaves the same items: it is idempotent per stream record
 * without a marker.
 */
import { BatchWriteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ObserverSignup } from '#shared/calendar/calendar.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import type { ApplyOutcome, StreamRecordLike } from './coverage-aggregator.ts';
import { guarded } from './errors.ts';
import { followerIds, followsOf } from './follow-items.ts';
import { caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { postingKey } from './posting-items.ts';
import { queryAll } from './query-all.ts';
import { desiredHomeItems, homeItemChanges, homeKeys, HOME_SCOPE_PREFIX } from './home-items.ts';

type Item = Record<string, unknown>;
export type HomeSubject = { kind: 'case'; id: string } | { kind: 'member'; id: string };

/** The case fields a projection depends on: a case record that changes none of them (a touch) is ignored. */
const CASE_FIELDS = ['state', 'adopterCount', 'visibility', 'namedMemberIds', 'country', 'themes'] as const;
/** The member fields that decide what their home is fed. */
const MEMBER_FIELDS = ['role', 'country', 'active'] as const;
const CASE_CHILDREN = ['event', 'observer', 'request'];
/** Cases a member's change reconciles at once: a change of follows can touch hundreds, within the Lambda's minute. */
const CASES_AT_ONCE = 8;

const image = (value: Record<string, unknown> | undefined) => (value ? unmarshall(value as never) as Item : undefined);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What a stream record asks the projector to look at again, if anything. */
export function homeSubjectOf(record: StreamRecordLike): HomeSubject | undefined {
  const keysOf = record.dynamodb?.Keys as Record<string, { S?: string }> | undefined;
  const pk = keysOf?.pk?.S ?? '';
  const sk = keysOf?.sk?.S ?? '';
  if (!pk.startsWith('CASE#') && !(pk.startsWith('MEMBER#') && sk === 'MEMBER')) return undefined;
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  const itemType = String(after?.itemType ?? before?.itemType ?? '');
  const changed = (fields: readonly string[]) => !before || !after || fields.some((f) => !same(before[f], after[f]));
  if (itemType === 'member') {
    const follows = (i: Item | undefined) => followsOf(i?.preferences);
    if (!changed(MEMBER_FIELDS) && same(follows(before), follows(after))) return undefined;
    return { kind: 'member', id: pk.slice('MEMBER#'.length) };
  }
  if (itemType === 'case' && !changed(CASE_FIELDS)) return undefined;
  if (itemType === 'event' && before?.type !== 'hearing' && after?.type !== 'hearing') return undefined;
  if (itemType !== 'case' && !CASE_CHILDREN.includes(itemType)) return undefined;
  return { kind: 'case', id: pk.slice('CASE#'.length) };
}

export function homeProjector(doc: DynamoDBDocumentClient, table: string, clock: () => Date = () => new Date()) {
  async function postedIn(countries: Iterable<string>): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (const country of new Set(countries)) {
      const { Item } = await guarded(() => doc.send(new GetCommand({ TableName: table, Key: postingKey(country), ConsistentRead: true })));
      found.set(country, [...((Item?.memberIds as Set<string> | undefined) ?? [])]);
    }
    return found;
  }

  async function writeChanges(puts: Item[], deletes: { pk: string; sk: string }[]): Promise<void> {
    const requests = [...puts.map((Item) => ({ PutRequest: { Item } })), ...deletes.map((Key) => ({ DeleteRequest: { Key } }))];
    for (let i = 0; i < requests.length; i += 25) {
      let pending: unknown[] = requests.slice(i, i + 25);
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === 5) throw new Error('The home projections could not all be written; the record is retried.');
        const result = await guarded(() => doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } })));
        pending = result.UnprocessedItems?.[table] ?? [];
      }
    }
  }

  /** Brings every projection of one case in line with the case as it is now. */
  async function reconcileCase(caseId: string): Promise<void> {
    const [partition, existing] = await Promise.all([
      queryAll(doc, {
        TableName: table, KeyConditionExpression: 'pk = :pk', ConsistentRead: true,
        FilterExpression: 'itemType IN (:case, :event, :observer, :request)',
        ExpressionAttributeValues: { ':pk': keys.case(caseId).pk, ':case': 'case', ':event': 'event', ':observer': 'observer', ':request': 'request' },
      }),
      queryAll(doc, { TableName: table, KeyConditionExpression: 'pk = :pk', ConsistentRead: true, ExpressionAttributeValues: { ':pk': homeKeys.casePartition(caseId) } }),
    ]);
    const ofType = <T>(type: string) => partition.filter((i) => i.itemType === type).map((i) => stripKeys<T>(i));
    const caseItem = partition.find((i) => i.itemType === 'case');
    const current = caseItem ? caseFromItem(caseItem) : undefined;
    const requests = ofType<ActionRequest>('request');
    const suggestible = current?.state === 'active' && current.adopterCount === 0;
    const desired = desiredHomeItems({
      ...(current ? { case: current } : {}),
      events: ofType<TimelineEvent>('event'),
      observers: ofType<ObserverSignup>('observer'),
      requests,
      postedIn: current ? await postedIn([current.country, ...requests.map((r) => r.country)]) : new Map(),
      followers: current && suggestible ? await followerIds(doc, table, current.country, current.themes) : [],
      now: clock(),
    });
    const { puts, deletes } = homeItemChanges(existing, desired);
    await writeChanges(puts, deletes);
  }

  /** A member's follows or posting changed: every case they hold projections of, or now should, is reconciled. */
  async function reconcileMember(memberId: string): Promise<void> {
    const [held, found, cases] = await Promise.all([
      queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :member AND begins_with(gsi1sk, :home)',
        ExpressionAttributeValues: { ':member': `MEMBER#${memberId}`, ':home': HOME_SCOPE_PREFIX }, ProjectionExpression: 'caseId',
      }),
      guarded(() => doc.send(new GetCommand({ TableName: table, Key: keys.member(memberId), ConsistentRead: true }))),
      queryAll(doc, {
        TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'CASES' },
        ProjectionExpression: 'id, country, themes, #state', ExpressionAttributeNames: { '#state': 'state' },
      }),
    ]);
    const member = found.Item;
    const follows = followsOf(member?.preferences);
    const posting = member?.role === 'diplomat' && member.active !== false ? String(member.country ?? '') : '';
    const concerns = (c: Item) => c.state !== 'closed' && (
      c.country === posting || follows.countries.includes(String(c.country)) || ((c.themes ?? []) as string[]).some((t) => follows.themes.includes(t)));
    const ids = new Set([
      ...held.map((i) => String(i.caseId)),
      ...cases.filter(concerns).map((c) => String(c.id)),
    ]);
    const all = [...ids];
    for (let i = 0; i < all.length; i += CASES_AT_ONCE) await Promise.all(all.slice(i, i + CASES_AT_ONCE).map(reconcileCase));
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const subject = homeSubjectOf(record);
    if (!subject) return 'ignored';
    await (subject.kind === 'case' ? reconcileCase(subject.id) : reconcileMember(subject.id));
    return 'applied';
  }

  return { apply, reconcileCase, reconcileMember };
}

export type HomeProjector = ReturnType<typeof homeProjector>;
