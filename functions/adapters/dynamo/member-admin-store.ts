/**
 * Coordinators' changes to members: the member's update with its audit line and
 * its posting roster in one transaction, and the ends of access a deactivation
 * needs (sessions by member, observer places on coming hearings).
 */
import { BatchWriteCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isActiveMember, type Member } from '#shared/domain/member-model.ts';
import { PreconditionFailedError, ServiceUnavailableError } from '#shared/errors/index.ts';
import type { MemberChange, MemberStore } from '#shared/members/member-store.ts';
import { queryAll } from './query-all.ts';
import { followChanges, followsOf, removeStaleFollows } from './follow-items.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem, memberIndex } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { CALENDAR_KIND, missionKeys } from './mission-items.ts';
import { postingKey, postingUpdate } from './posting-items.ts';

/** What a coordinator may change on the member's item; everything else (tokens, settings) is left as it is. */
const MANAGED = ['name', 'role', 'parliament', 'party', 'committees', 'country', 'mission', 'active', 'deactivatedAt'] as const;

/** Sessions are listed by member in byScope, so a deactivation finds them all. */
export const sessionIndex = (memberId: string, idHash: string) => ({ gsi1pk: `SESSIONS#${memberId}`, gsi1sk: idHash });

const postedAt = (m: Member): string | undefined => (m.role === 'diplomat' && isActiveMember(m) && m.country ? m.country : undefined);
const rosterEntry = (m: Member) => ({ id: m.id, name: m.name, ...(m.mission ? { mission: m.mission } : {}) });

type RosterEntry = ReturnType<typeof rosterEntry>;

export function memberAdminStore(doc: DynamoDBDocumentClient, table: string): Pick<MemberStore, 'saveMember' | 'endSessionsOf' | 'leaveObserverRosters' | 'listInactiveMembers'> {
  /** The roster writes of a change: leave the old posting, join the new one, or rewrite the entry in place. */
  async function rosterWrites({ previous, next }: MemberChange): Promise<Record<string, unknown>[]> {
    const before = postedAt(previous);
    const after = postedAt(next);
    const entryChanged = JSON.stringify(rosterEntry(previous)) !== JSON.stringify(rosterEntry(next));
    if (before === after && (!before || !entryChanged)) return [];
    if (!before) return postingUpdate(table, next);
    const { Item } = await guarded(() => doc.send(new GetCommand({ TableName: table, Key: postingKey(before), ConsistentRead: true })));
    const diplomats = ((Item?.diplomats ?? []) as RosterEntry[]);
    const others = diplomats.filter((d) => d.id !== previous.id);
    const rewrite = (list: RosterEntry[], removeId: boolean) => ({
      Update: {
        TableName: table, Key: postingKey(before),
        UpdateExpression: `SET diplomats = :list${removeId ? ' DELETE memberIds :id' : ''}`,
        // A diplomat added meanwhile would be lost by the rewrite: the write fails instead (retried as a 503).
        ConditionExpression: 'size(diplomats) = :n',
        ExpressionAttributeValues: { ':list': list, ':n': diplomats.length, ...(removeId ? { ':id': new Set([previous.id]) } : {}) },
      },
    });
    if (before === after) return [rewrite([...others, rosterEntry(next)], false)];
    return [...(Item ? [rewrite(others, true)] : []), ...(after ? postingUpdate(table, next) : [])];
  }

  return {
    async saveMember(change, audit) {
      const { previous, next, preferences } = change;
      const set: string[] = ['version = :version', 'gsi2pk = :gsi2pk', 'gsi2sk = :gsi2sk'];
      const remove: string[] = [];
      const names: Record<string, string> = {};
      const index = memberIndex(next);
      const values: Record<string, unknown> = { ':version': next.version, ':expected': previous.version, ':gsi2pk': index.gsi2pk, ':gsi2sk': index.gsi2sk };
      MANAGED.forEach((field, i) => {
        names[`#f${i}`] = field;
        const value = next[field];
        if (value === undefined) remove.push(`#f${i}`);
        else { set.push(`#f${i} = :f${i}`); values[`:f${i}`] = value; }
      });
      if (preferences) { set.push('preferences = :preferences'); values[':preferences'] = preferences; }
      const items = [
        {
          Update: {
            TableName: table, Key: keys.member(previous.id),
            UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
            ConditionExpression: 'attribute_exists(pk) AND version = :expected',
            ExpressionAttributeNames: names, ExpressionAttributeValues: values,
          },
        },
        { Put: { TableName: table, Item: auditItem(audit) } },
        ...(await rosterWrites(change)),
      ];
      // New interests move the follows index in the same transaction, as a member's own settings do (follow-items.ts).
      const follows = preferences
        ? followChanges(table, previous.id, followsOf((previous as { preferences?: unknown }).preferences), preferences, next.version, 100 - items.length)
        : { inTransaction: [], after: [] };
      items.push(...follows.inTransaction);
      await transactWrite(doc, items, {
        onConditionFailed: failWith([[0, () => new PreconditionFailedError()]], () => new ServiceUnavailableError('The posting roster changed meanwhile; try again.')),
      });
      await removeStaleFollows(doc, table, follows.after, next.version);
    },

    async endSessionsOf(memberId) {
      const sessions = await queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope',
        ExpressionAttributeValues: { ':scope': `SESSIONS#${memberId}` }, ProjectionExpression: 'pk, sk',
      });
      await deleteAll(doc, table, sessions);
      return sessions.length;
    },

    async leaveObserverRosters(memberId, from) {
      const places = await queryAll(doc, {
        TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk >= :from',
        FilterExpression: 'itemType = :observer AND memberId = :member',
        ExpressionAttributeValues: { ':kind': CALENDAR_KIND, ':from': from, ':observer': 'observer', ':member': memberId },
        ProjectionExpression: 'caseId, eventId, memberId',
      });
      await deleteAll(doc, table, places.map((p) => missionKeys.observer(String(p.caseId), String(p.eventId), memberId)));
      return places.length;
    },

    listInactiveMembers: (limit) =>
      guarded(async () => {
        const page = await doc.send(new QueryCommand({
          TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind',
          ExpressionAttributeValues: { ':kind': 'MEMBERS#INACTIVE' }, Limit: limit,
        }));
        return { items: (page.Items ?? []).map((i) => stripKeys<Member>(i)), next: page.LastEvaluatedKey };
      }),
  };
}

async function deleteAll(doc: DynamoDBDocumentClient, table: string, keyList: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < keyList.length; i += 25) {
    let pending: unknown[] = keyList.slice(i, i + 25).map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= 6) throw new ServiceUnavailableError();
      const result = await guarded(() => doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } })));
      pending = result.UnprocessedItems?.[table] ?? [];
      if (pending.length) await new Promise((done) => setTimeout(done, 50 * 2 ** attempt));
    }
  }
}
