/** Members in DynamoDB, with a separate EMAIL# item that makes addresses unique. */
import { BatchGetCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '#shared/errors/index.ts';
import type { Member } from '#shared/domain/member.ts';
import type { MemberStore } from '#shared/members/member-store.ts';
import { guarded, rethrowTransient } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem, memberItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { postingUpdate } from './posting-items.ts';
import { followItems, followsOf } from './follow-items.ts';
import { memberAdminStore } from './member-admin-store.ts';

export function memberStore(doc: DynamoDBDocumentClient, table: string): MemberStore {
  return {
    ...memberAdminStore(doc, table),

    async createMember(m, audit) {
      await transactWrite(doc, [
        { Put: { TableName: table, Item: memberItem(m), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: table,
            Item: { ...keys.email(m.email), itemType: 'email', memberId: m.id },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Put: { TableName: table, Item: auditItem(audit) } },
        ...postingUpdate(table, m),
        // A member created with interests (an approved join request, an invitation) is in the follows index at once.
        ...followItems(m.id, followsOf((m as { preferences?: unknown }).preferences), m.version).map((Item) => ({ Put: { TableName: table, Item } })),
      ], { onConditionFailed: failWith([], () => new ConflictError('A member with this email exists.')) });
    },

    async getMember(id) {
      try {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.member(id) }));
        return Item ? stripKeys<Member>(Item) : undefined;
      } catch (error) {
        rethrowTransient(error);
      }
    },

    getMembers: (ids) =>
      guarded(async () => {
        const unique = [...new Set(ids)].slice(0, 100);
        if (unique.length === 0) return [];
        const { Responses } = await doc.send(
          new BatchGetCommand({ RequestItems: { [table]: { Keys: unique.map((id) => keys.member(id)) } } }),
        );
        return (Responses?.[table] ?? []).map((i) => stripKeys<Member>(i));
      }),

    listMembers: (limit, start) =>
      guarded(async () => {
        const page = await doc.send(
          new QueryCommand({
            TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind',
            ExpressionAttributeValues: { ':kind': 'MEMBERS' }, Limit: limit, ExclusiveStartKey: start,
          }),
        );
        return { items: (page.Items ?? []).map((i) => stripKeys<Member>(i)), next: page.LastEvaluatedKey };
      }),

    async getMemberIdByEmail(email) {
      try {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.email(email) }));
        return typeof Item?.memberId === 'string' ? Item.memberId : undefined;
      } catch (error) {
        rethrowTransient(error);
      }
    },
  };
}
