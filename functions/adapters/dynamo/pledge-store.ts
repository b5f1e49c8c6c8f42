/**
 * The PledgeStore in DynamoDB. Every write is one TransactWriteItems holding
 * the change, its audit line and whatever must hold with it: the case's
 * adopterCount (ADD, without touching the case's version, so coordinators'
 * edits are not refused because of pledges), the twin lock (a conditional
 * write, so two MPs can never both win the twin place), an idempotency claim.
 */
import { BatchGetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError, PreconditionFailedError, ServiceUnavailableError } from '#shared/errors/index.ts';
import type { DefenderCase } from '#shared/domain/case-model.ts';
import type { LoggedAction } from '#shared/pledges/action.schema.ts';
import { CONFLICTS, type PledgeStore } from '#shared/pledges/pledge-store.ts';
import { audienceCondition } from './audience-condition.ts';
import { guarded } from './errors.ts';
import { ANY_ACTION_COVERAGE } from '#shared/risk/risk-gap.ts';
import { coverageUpdate } from './mission-items.ts';
import { auditItem, idempotencyItem, caseFromItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { actionItem, adoptionOf, adoptionRange, coSignatureItem, pledgeItem, twinItem } from './pledge-items.ts';
import { transactWrite, type TransactItem } from './transact.ts';

/**
 * @example
 *   const store = { ...caseStore(doc, table), ...pledgeStore(doc, table) };
 *   await store.createPledge(pledge, audit); // ConflictError(CONFLICTS.twinTaken) if the twin place is held
 */
export function pledgeStore(doc: DynamoDBDocumentClient, table: string): PledgeStore {
  const put = (Item: Record<string, unknown>, ConditionExpression?: string, values?: Record<string, unknown>): TransactItem => ({
    Put: { TableName: table, Item, ...(ConditionExpression ? { ConditionExpression } : {}), ...(values ? { ExpressionAttributeValues: values } : {}) },
  });
  const del = (Key: Record<string, unknown>, ConditionExpression: string, values: Record<string, unknown>): TransactItem => ({
    Delete: { TableName: table, Key, ConditionExpression, ExpressionAttributeValues: values },
  });
  const countAdopter = (caseId: string, delta: 1 | -1): TransactItem => ({
    Update: {
      TableName: table, Key: keys.case(caseId), UpdateExpression: 'ADD adopterCount :delta',
      ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':delta': delta },
    },
  });
  const claimTwin = (caseId: string, memberId: string, since: string) =>
    put(twinItem({ caseId, memberId, since }), 'attribute_not_exists(pk) OR memberId = :me', { ':me': memberId });
  const releaseTwin = (caseId: string, memberId: string) => del(keys.twin(caseId), 'memberId = :me', { ':me': memberId });
  const transact = (items: TransactItem[], onConditionFailed: (failed: number[]) => never) => transactWrite(doc, items, { onConditionFailed });

  return {
    async createPledge(pledge, audit, idempotency) {
      const items = [put(pledgeItem(pledge), 'attribute_not_exists(pk)'), countAdopter(pledge.caseId, 1), put(auditItem(audit))];
      if (pledge.twin) items.push(claimTwin(pledge.caseId, pledge.memberId, pledge.createdAt));
      const claimIndex = idempotency ? items.push(put(idempotencyItem(idempotency), 'attribute_not_exists(pk)')) - 1 : -1;
      await transact(items, (failed) => {
        // A concurrent replay fails on both the claim and the pledge: the claim decides.
        if (failed.includes(claimIndex)) throw new ConflictError('idempotency');
        if (failed.includes(1)) throw new NotFoundError('case');
        if (failed.includes(0)) throw new ConflictError(CONFLICTS.pledgeExists);
        throw new ConflictError(CONFLICTS.twinTaken);
      });
    },

    async updatePledge({ pledge, expectedVersion, twin, audit }) {
      const items = [put(pledgeItem(pledge), 'version = :expected', { ':expected': expectedVersion }), put(auditItem(audit))];
      if (twin === 'claim') items.push(claimTwin(pledge.caseId, pledge.memberId, pledge.updatedAt));
      if (twin === 'release') items.push(releaseTwin(pledge.caseId, pledge.memberId));
      await transact(items, (failed) => {
        if (failed.includes(0) || twin === 'release') throw new PreconditionFailedError();
        throw new ConflictError(CONFLICTS.twinTaken);
      });
    },

    async withdrawPledge({ caseId, memberId, expectedVersion, releaseTwin: freeTwin, audit }) {
      const items = [
        del(keys.pledge(caseId, memberId), 'version = :expected', { ':expected': expectedVersion }),
        countAdopter(caseId, -1),
        put(auditItem(audit)),
      ];
      if (freeTwin) items.push(releaseTwin(caseId, memberId));
      await transact(items, () => {
        throw new PreconditionFailedError();
      });
    },

    async endTwinning(pledge, expectedVersion, audit) {
      const items = [
        put(pledgeItem(pledge), 'version = :expected', { ':expected': expectedVersion }),
        releaseTwin(pledge.caseId, pledge.memberId),
        put(auditItem(audit)),
      ];
      await transact(items, () => {
        throw new PreconditionFailedError('The twinning changed meanwhile; reload the case.');
      });
    },

    async logAction({ action, audience, audit, idempotency }) {
      const visible = audienceCondition(audience);
      const items: TransactItem[] = [
        {
          ConditionCheck: {
            TableName: table, Key: keys.case(action.caseId),
            ConditionExpression: `attribute_exists(pk) AND ${visible.expression}`,
            ExpressionAttributeNames: visible.names, ExpressionAttributeValues: visible.values,
          },
        },
        put(actionItem(action), 'attribute_not_exists(pk)'),
        put(auditItem(audit)),
      ];
      if (idempotency) items.push(put(idempotencyItem(idempotency), 'attribute_not_exists(pk)'));
      // The gap view counts MPs' actions too (a prison visit closes "detained, no visit").
      items.push(coverageUpdate(table, action.caseId, `mp:${action.type}`, action.createdAt) as TransactItem);
      // Any action at all also closes the risk gap (shared/risk/risk-gap.ts).
      items.push(coverageUpdate(table, action.caseId, ANY_ACTION_COVERAGE, action.createdAt) as TransactItem);
      await transact(items, (failed) => {
        if (idempotency && failed.includes(3)) throw new ConflictError('idempotency');
        if (failed.includes(0)) throw new NotFoundError('case');
        throw new ConflictError('An action with this id exists.');
      });
    },

    async updateAction(action, expectedVersion, audit) {
      await transact([put(actionItem(action), 'version = :expected', { ':expected': expectedVersion }), put(auditItem(audit))], () => {
        throw new PreconditionFailedError();
      });
    },

    async coSign(signature, audit) {
      await transact([put(coSignatureItem(signature), 'attribute_not_exists(pk)'), put(auditItem(audit))], () => {
        throw new ConflictError(CONFLICTS.alreadyCoSigned);
      });
    },

    adoptionsOf: (memberId, afterCaseId) =>
      guarded(async () => {
        const { from, to } = adoptionRange(afterCaseId);
        const page = await doc.send(
          new QueryCommand({
            TableName: table, IndexName: 'byScope',
            KeyConditionExpression: 'gsi1pk = :member AND gsi1sk BETWEEN :from AND :to',
            ExpressionAttributeValues: { ':member': `MEMBER#${memberId}`, ':from': from, ':to': to },
          }),
        );
        const { pledges, actions, coSignatures } = adoptionOf(page.Items ?? []);
        // Co-signers of the MP's own letters are not in the MP's scope: leave them out rather than show none.
        const own = actions.map(({ coSigners: _coSigners, ...a }): LoggedAction => a);
        return { pledges, actions: own, coSignatures, complete: !page.LastEvaluatedKey };
      }),

    getCasesByIds: (ids) =>
      guarded(async () => {
        let pending: Record<string, unknown>[] = [...new Set(ids)].slice(0, 100).map((id) => keys.case(id));
        const found: DefenderCase[] = [];
        // One call; unprocessed keys (throttling) get one more try, then the request fails rather than hide cases.
        for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
          const { Responses, UnprocessedKeys } = await doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending } } }));
          found.push(...(Responses?.[table] ?? []).map((i) => caseFromItem(i)));
          pending = (UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
        }
        if (pending.length > 0) throw new ServiceUnavailableError();
        return found;
      }),
  };
}
