/**
 * The AlertStore port in DynamoDB. Every read is a GetItem, a BatchGet or a
 * Query (never a Scan); the sender's claims are conditional updates of the
 * recipient's item, so each email goes once whatever the queue redelivers.
 */
import {
  BatchWriteCommand, GetCommand, QueryCommand, type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Alert, AlertRecipient, AlertStore, WaitingAlert } from '#shared/alerts/index.ts';
// From its own module, not the feature's index: the index would load every alert use case and its schemas at a cold start.
import { waitingAlertOf } from '#shared/alerts/waiting.ts';
import { ConflictError, ServiceUnavailableError } from '#shared/errors/index.ts';
import { auditItem, idempotencyItem } from './items.ts';
import { keys, stripKeys } from './keys.ts';
import { batchGet } from './batch-get.ts';
import { queryAll } from './query-all.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { postingKey } from './posting-items.ts';
import { CANDIDATE_ATTRIBUTES, REMINDERS_KIND, alertItem, alertKeys, candidateOf, isAlertItem, isRecipientItem, recipientItem, waitingItem } from './alert-items.ts';
import { alertDeliveryStore } from './alert-delivery-store.ts';
import { followerIds } from './follow-items.ts';
import { alertReach } from './reach-store.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export function alertStore(doc: DynamoDBDocumentClient, table: string): AlertStore {
  const recipientsOf = (items: Record<string, unknown>[]) => items.filter(isRecipientItem).map((i) => stripKeys<AlertRecipient>(i));

  /** BatchWriteItem 25 at a time, 4 batches at once; what DynamoDB leaves unprocessed is sent again with backoff. */
  async function writeAll(items: Record<string, unknown>[]): Promise<void> {
    const chunks: Record<string, unknown>[][] = [];
    for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        let pending: unknown[] = chunks[next++]!.map((Item) => ({ PutRequest: { Item } }));
        for (let attempt = 0; pending.length > 0; attempt++) {
          if (attempt >= 6) throw new ServiceUnavailableError();
          const result = await guarded(() => doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } })));
          pending = result.UnprocessedItems?.[table] ?? [];
          if (pending.length) await sleep(50 * 2 ** attempt);
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  }

  return {
    ...alertDeliveryStore(doc, table),

    followerIds: (country, themes) => followerIds(doc, table, country, themes),

    async alertCandidates(memberIds) {
      const batches: string[][] = [];
      for (let i = 0; i < memberIds.length; i += 100) batches.push(memberIds.slice(i, i + 100));
      const read = await Promise.all(batches.map((ids) => batchGet(doc, table, ids.map((id) => keys.member(id)), { attributes: CANDIDATE_ATTRIBUTES })));
      // Deactivated members receive nothing, whichever way they were found (a follow, a pledge, a roster).
      return read.flat().filter((item) => item.active !== false).map(candidateOf);
    },

    // Issue 14: the compose page's count in one BatchGet (reach-items.ts).
    alertReach: (country, themes, tiedMemberIds) => alertReach(doc, table, country, themes, tiedMemberIds),

    postedMemberIds: (country) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: postingKey(country), ProjectionExpression: 'memberIds' }));
        const ids = Item?.memberIds as Set<string> | string[] | undefined;
        return ids ? [...ids] : [];
      }),

    async saveAlert(alert, recipients, audit, idempotency) {
      const put = (Item: Record<string, unknown>, condition?: string) => ({
        Put: { TableName: table, Item, ...(condition ? { ConditionExpression: condition } : {}) },
      });
      const items = [put(alertItem(alert), 'attribute_not_exists(pk)'), put(auditItem(audit))];
      const claimIndex = idempotency ? items.push(put(idempotencyItem(idempotency), 'attribute_not_exists(pk)')) - 1 : -1;
      await transactWrite(doc, items, {
        onConditionFailed: failWith([[claimIndex, () => new ConflictError('idempotency')]], () => new ConflictError('alert')),
      });
      // Each recipient's waiting item goes in the same batches as its record, so the home lists what the roster holds.
      await writeAll(recipients.flatMap((r) => [recipientItem(r, alert.createdAt), waitingItem(waitingAlertOf(alert, r.memberId))]));
    },

    getAlertWithRecipients: async (alertId) => {
      const items = await queryAll(doc, {
        TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': alertKeys.alert(alertId).pk }, ConsistentRead: true,
      });
      const alert = items.find(isAlertItem);
      return alert ? { alert: stripKeys<Alert>(alert), recipients: recipientsOf(items) } : undefined;
    },

    async getAlertFor(alertId, memberId) {
      const items = await batchGet(doc, table, [alertKeys.alert(alertId), alertKeys.recipient(alertId, memberId)], { consistent: true });
      const alert = items.find(isAlertItem);
      const recipient = items.find(isRecipientItem);
      return { ...(alert ? { alert: stripKeys<Alert>(alert) } : {}), ...(recipient ? { recipient: stripKeys<AlertRecipient>(recipient) } : {}) };
    },

    async getDeliveryBatch(alertId, memberIds) {
      const items = await batchGet(doc, table, [alertKeys.alert(alertId), ...memberIds.map((m) => alertKeys.recipient(alertId, m))], { consistent: true });
      const alert = items.find(isAlertItem);
      return { ...(alert ? { alert: stripKeys<Alert>(alert) } : {}), recipients: recipientsOf(items) };
    },

    latestAlertsOfCase: (caseId) =>
      guarded(async () => {
        // Newest first; one page holds the latest alerts and their recipients (recipients sort just after their alert).
        const page = await doc.send(new QueryCommand({
          TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope',
          ExpressionAttributeValues: { ':scope': alertKeys.caseScope(caseId) }, ScanIndexForward: false,
        }));
        const items = page.Items ?? [];
        const alerts = items.filter(isAlertItem).map((i) => stripKeys<Alert>(i));
        const all = recipientsOf(items);
        return alerts.map((alert) => ({ alert, recipients: all.filter((r) => r.alertId === alert.id) }));
      }),

    async suppressedAmong(emails) {
      const lower = [...new Set(emails.map((e) => e.toLowerCase()))];
      const found = new Set<string>();
      for (let i = 0; i < lower.length; i += 100) {
        const items = await batchGet(doc, table, lower.slice(i, i + 100).map((e) => keys.suppressed(e)), { attributes: ['pk'] });
        for (const item of items) found.add(String(item.pk).slice('SUPPRESSED#'.length));
      }
      return found;
    },

    async saveAlertAnswer(alertId, memberId, answer, at, remindAt, audit) {
      await transactWrite(doc, [
        {
          Update: {
            TableName: table, Key: alertKeys.recipient(alertId, memberId),
            UpdateExpression: remindAt
              ? 'SET answer = :a, answeredAt = :at, gsi2pk = :kind, gsi2sk = :due'
              : 'SET answer = :a, answeredAt = :at REMOVE gsi2pk, gsi2sk',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: {
              ':a': answer, ':at': at, ...(remindAt ? { ':kind': REMINDERS_KIND, ':due': `${remindAt}#${alertId}#${memberId}` } : {}),
            },
          },
        },
        // Answered: no longer waiting on the member's home (whatever the answer, and again if it changes).
        { Delete: { TableName: table, Key: alertKeys.waiting(memberId, alertId) } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ], { onConditionFailed: failWith([], () => new ConflictError('alert recipient')) });
    },

    waitingAlertsOf: async (memberId) =>
      (await queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :member AND begins_with(gsi1sk, :waiting)',
        ExpressionAttributeValues: { ':member': `MEMBER#${memberId}`, ':waiting': alertKeys.waitingScopePrefix }, ScanIndexForward: false,
      })).map((i) => stripKeys<WaitingAlert>(i)),

    turnAlertsOff: async (memberId, audit) => {
      // No such member (the condition failed): false, nothing written.
      const failed = await transactWrite(doc, [
        { Update: { TableName: table, Key: keys.member(memberId), UpdateExpression: 'SET alertsOff = :on', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':on': true } } },
        { Put: { TableName: table, Item: auditItem(audit) } },
      ]);
      return failed.length === 0;
    },

    actedSince: async (caseId, memberId, since) =>
      (await queryAll(doc, {
        TableName: table, KeyConditionExpression: 'pk = :pk',
        FilterExpression: '(itemType = :action AND memberId = :m AND createdAt >= :since) OR (itemType = :mission AND createdBy = :m AND createdAt >= :since)',
        ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':action': 'action', ':mission': 'mission_action', ':m': memberId, ':since': since },
        ProjectionExpression: 'pk',
      })).length > 0,
  };
}
