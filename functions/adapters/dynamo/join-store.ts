/** Join requests: one item each, listed by status (byKind), decided in one transaction with the new member. */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, PreconditionFailedError } from '#shared/errors/index.ts';
import type { JoinRequest } from '#shared/members/join-request.ts';
import type { JoinRequestStore } from '#shared/members/member-store.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem, memberItem } from './items.ts';
import { postingUpdate } from './posting-items.ts';
import { keys, stripKeys } from './keys.ts';

const joinItem = (r: JoinRequest) => ({
  ...keys.joinRequest(r.id), itemType: 'join', gsi2pk: `JOIN#${r.status}`, gsi2sk: `${r.createdAt}#${r.id}`, ...r,
});

export function joinStore(doc: DynamoDBDocumentClient, table: string): JoinRequestStore {
  return {
    async createJoinRequest(request, audit) {
      await transactWrite(doc, [
        { Put: { TableName: table, Item: joinItem(request), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ], { onConditionFailed: failWith([], () => new ConflictError('A join request with this id exists.')) });
    },

    getJoinRequest: (id) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.joinRequest(id) }));
        return Item ? stripKeys<JoinRequest>(Item) : undefined;
      }),

    listJoinRequests: (status, limit, start) =>
      guarded(async () => {
        const page = await doc.send(
          new QueryCommand({
            TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind',
            ExpressionAttributeValues: { ':kind': `JOIN#${status}` }, ScanIndexForward: false, Limit: limit, ExclusiveStartKey: start,
          }),
        );
        return { items: (page.Items ?? []).map((i) => stripKeys<JoinRequest>(i)), next: page.LastEvaluatedKey };
      }),

    async decideJoinRequest(request, expectedVersion, audit, member) {
      const items = [
        {
          Put: {
            TableName: table, Item: joinItem(request),
            ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion },
          },
        },
        { Put: { TableName: table, Item: auditItem(audit) } },
        ...(member
          ? [
              { Put: { TableName: table, Item: memberItem(member), ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: table, Item: { ...keys.email(member.email), itemType: 'email', memberId: member.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
              ...postingUpdate(table, member),
            ]
          : []),
      ];
      await transactWrite(doc, items, {
        onConditionFailed: failWith([[0, () => new PreconditionFailedError('This request was decided meanwhile.')]], () => new ConflictError('email')),
      });
    },
  };
}
