/**
 * Action requests and mission actions in DynamoDB. Each write is one
 * transaction with its audit line: a logged action also upserts its coverage
 * markers (for the gap view) and moves the request it fulfils to done,
 * conditioned on the request's version, and claims its idempotency key.
 */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, PreconditionFailedError } from '#shared/errors/index.ts';
import { withRiskStatuses, type DefenderCase } from '#shared/domain/case-model.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import type { CaseContext, CaseSummary, MissionStore } from '#shared/missions/mission-store.ts';
import type { IdempotentResponse } from '#shared/writes/records.ts';
import { batchGet } from './batch-get.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite, type TransactItem } from './transact.ts';
import { auditItem, idempotencyItem, caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { ANY_ACTION_COVERAGE } from '#shared/risk/risk-gap.ts';
import { coverageUpdate, missionActionItem, missionKeys, requestItem } from './mission-items.ts';
import { postingKey, recipientsCheck, rosterOf } from './posting-items.ts';


// riskStatus: items stored before several statuses existed (read as a list of one).
const SUMMARY_ATTRIBUTES = ['id', 'defenderName', 'country', 'visibility', 'namedMemberIds', 'state', 'riskStatuses', 'riskStatus', 'pausedAt'] as const;

export function missionStore(doc: DynamoDBDocumentClient, table: string): MissionStore {
  const put = (Item: Record<string, unknown>, condition?: string, values?: Record<string, unknown>): TransactItem => ({
    Put: { TableName: table, Item, ...(condition ? { ConditionExpression: condition } : {}), ...(values ? { ExpressionAttributeValues: values } : {}) },
  });

  return {
    async getCaseContext(caseId, options = {}) {
      const wanted = [
        keys.case(caseId),
        ...(options.requestId ? [missionKeys.request(caseId, options.requestId)] : []),
        ...(options.idempotency ? [keys.idempotency(options.idempotency.scope, options.idempotency.key)] : []),
        ...(options.posting ? [postingKey(options.posting)] : []),
      ];
      const items = await batchGet(doc, table, wanted, { consistent: true });
      const context: CaseContext = {};
      for (const item of items) {
        if (item.itemType === 'case') context.case = caseFromItem(item);
        else if (item.itemType === 'request') context.request = stripKeys<ActionRequest>(item);
        else if (item.itemType === 'idempotency') context.idempotent = stripKeys<IdempotentResponse>(item);
        else if (item.itemType === 'posting') context.posting = rosterOf(item);
      }
      return context;
    },

    async saveActionRequest(write) {
      const isCreate = write.expectedVersion === undefined;
      const items = [
        isCreate
          ? put(requestItem(write.request), 'attribute_not_exists(pk)')
          : put(requestItem(write.request), 'version = :expected', { ':expected': write.expectedVersion }),
        put(auditItem(write.audit)),
      ];
      const claimIndex = write.idempotency ? items.push(put(idempotencyItem(write.idempotency), 'attribute_not_exists(pk)')) - 1 : -1;
      const recipientsIndex = write.recipients ? items.push(recipientsCheck(table, write.recipients.country, write.recipients.anyOf)) - 1 : -1;
      await transactWrite(doc, items, {
        onConditionFailed: failWith(
          [[claimIndex, () => new ConflictError('idempotency')], [recipientsIndex, () => new ConflictError('recipients')]],
          () => (isCreate ? new ConflictError('A request with this id exists.') : new PreconditionFailedError()),
        ),
      });
    },

    async saveMissionAction(write) {
      const { action } = write;
      const items = [
        put(missionActionItem(action), 'attribute_not_exists(pk)'),
        put(auditItem(write.audit)),
        // Any action at all also closes the risk gap (shared/risk/risk-gap.ts).
        ...[...write.coverage, ANY_ACTION_COVERAGE].map((code) => coverageUpdate(table, action.caseId, code, action.createdAt)),
      ];
      let requestIndex = -1;
      if (write.request) {
        requestIndex = items.push(put(requestItem(write.request.next), 'version = :expected', { ':expected': write.request.expectedVersion })) - 1;
        items.push(put(auditItem(write.request.audit)));
      }
      const claimIndex = write.idempotency ? items.push(put(idempotencyItem(write.idempotency), 'attribute_not_exists(pk)')) - 1 : -1;
      await transactWrite(doc, items, {
        // A concurrent replay fails on both the claim and the request: the claim decides.
        onConditionFailed: failWith([
          [claimIndex, () => new ConflictError('idempotency')],
          [requestIndex, () => new ConflictError('The request was answered meanwhile; reload it.', { wording: { key: 'missions.errors.requestAnsweredMeanwhile' } })],
        ], () => new ConflictError('An action with this id exists.')),
      });
    },

    async saveVerifiedAction(action, expectedVersion, audit) {
      await transactWrite(doc, [put(missionActionItem(action), 'version = :expected', { ':expected': expectedVersion }), put(auditItem(audit))], {
        onConditionFailed: failWith([], () => new PreconditionFailedError()),
      });
    },

    listRequestsByCountry: (country, status, limit, start) =>
      guarded(async () => {
        const page = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'byScope',
            KeyConditionExpression: 'gsi1pk = :scope AND begins_with(gsi1sk, :prefix)',
            ExpressionAttributeValues: { ':scope': `COUNTRY#${country}`, ':prefix': `REQUEST#${status === 'open' ? 'OPEN' : 'CLOSED'}#` },
            // Open: soonest due first; closed: most recent first.
            ScanIndexForward: status === 'open',
            Limit: limit,
            ExclusiveStartKey: start,
          }),
        );
        const positionOf = (i: Record<string, unknown>) => ({ pk: i.pk, sk: i.sk, gsi1pk: i.gsi1pk, gsi1sk: i.gsi1sk });
        return {
          items: (page.Items ?? []).map((i) => ({ item: stripKeys<ActionRequest>(i), position: positionOf(i) })),
          ...(page.LastEvaluatedKey ? { next: page.LastEvaluatedKey } : {}),
        };
      }),

    getPosting: (country) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: postingKey(country) }));
        return Item ? rosterOf(Item) : undefined;
      }),

    async getCaseSummaries(ids) {
      const items = await batchGet(doc, table, ids.map((id) => keys.case(id)), { attributes: SUMMARY_ATTRIBUTES });
      return items.map((i) => withRiskStatuses(i as unknown as DefenderCase) as CaseSummary);
    },
  };
}

