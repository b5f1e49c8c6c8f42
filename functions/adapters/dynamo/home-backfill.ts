/**
 * The items member homes read, for a table from before they existed (a kept
 * local `.data/`, or a deployed table): each unanswered alert recipient gets
 * its waiting item under the member. Reads the case list (byKind `CASES`, a
 * Query, never a Scan), then each case's alerts with their recipients (one
 * byScope Query per case). Each item is written in a transaction that checks
 * the recipient is still unanswered, and only if absent: a member answering
 * meanwhile is never shown the alert again, and a second run adds nothing.
 * A marker item records that it ran: `npm start` then skips it, and
 * `npm run backfill:homes` says so (`--force` runs it again).
 */
import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { waitingAlertOf, type Alert, type AlertRecipient } from '#shared/alerts/index.ts';
import { failedConditions, guarded } from './errors.ts';
import { queryAll } from './query-all.ts';
import { stripKeys } from './keys.ts';
import { alertKeys, isAlertItem, isRecipientItem, waitingItem } from './alert-items.ts';

const MARKER = { pk: 'MIGRATION#home-items', sk: 'MIGRATION' };

export interface HomeBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  cases: number;
  waitingAlerts: number;
}

export async function backfillHomeItems(doc: DynamoDBDocumentClient, table: string, options: { force?: boolean } = {}): Promise<HomeBackfill> {
  const done = await guarded(() => doc.send(new GetCommand({ TableName: table, Key: MARKER })));
  if (done.Item && !options.force) return { ran: false, cases: 0, waitingAlerts: 0 };

  const cases = await queryAll(doc, {
    TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'CASES' }, ProjectionExpression: 'id',
  });
  const result: HomeBackfill = { ran: true, cases: cases.length, waitingAlerts: 0 };
  for (const c of cases) {
    const items = await queryAll(doc, {
      TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope',
      ExpressionAttributeValues: { ':scope': alertKeys.caseScope(String(c.id)) },
    });
    const alerts = new Map(items.filter(isAlertItem).map((i) => stripKeys<Alert>(i)).map((a) => [a.id, a]));
    for (const r of items.filter(isRecipientItem).map((i) => stripKeys<AlertRecipient>(i))) {
      const alert = alerts.get(r.alertId);
      if (!alert || r.answer !== undefined) continue;
      if (await addWaiting(doc, table, alert, r.memberId)) result.waitingAlerts += 1;
    }
  }
  await guarded(() => doc.send(new PutCommand({ TableName: table, Item: { ...MARKER, itemType: 'migration', ...result, at: new Date().toISOString() } })));
  return result;
}

/** The waiting item, only while the recipient has not answered and if it is not there yet. */
async function addWaiting(doc: DynamoDBDocumentClient, table: string, alert: Alert, memberId: string): Promise<boolean> {
  try {
    await guarded(() => doc.send(new TransactWriteCommand({
      TransactItems: [
        { ConditionCheck: { TableName: table, Key: alertKeys.recipient(alert.id, memberId), ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answer)' } },
        { Put: { TableName: table, Item: waitingItem(waitingAlertOf(alert, memberId)), ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
    })));
    return true;
  } catch (error) {
    // Answered, gone, or written already: nothing to add (a conflict with another write is a 503: run it again).
    if (failedConditions(error)) return false;
    throw error;
  }
}
