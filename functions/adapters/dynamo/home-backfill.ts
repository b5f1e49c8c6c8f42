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
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Alert, AlertRecipient } from '#shared/alerts/index.ts';
import { waitingAlertOf } from '#shared/alerts/waiting.ts';
import { runOnce } from './migration-marker.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { transactWrite } from './transact.ts';
import { queryAll } from './query-all.ts';
import { keys, stripKeys } from './keys.ts';
import { alertKeys, isAlertItem, isRecipientItem, waitingItem } from './alert-items.ts';
import { memberScopeKeys } from './items.ts';
import type { HomeProjector } from './home-projector.ts';

export interface HomeBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  cases: number;
  waitingAlerts: number;
}

export async function backfillHomeItems(doc: DynamoDBDocumentClient, table: string, options: { force?: boolean } = {}): Promise<HomeBackfill> {
  return runOnce(doc, table, 'home-items', options, { cases: 0, waitingAlerts: 0 }, async () => {
    const cases = await queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'CASES' }, ProjectionExpression: 'id',
    });
    const result: Omit<HomeBackfill, 'ran'> = { cases: cases.length, waitingAlerts: 0 };
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
    return result;
  });
}

/** The waiting item, only while the recipient has not answered and if it is not there yet. */
async function addWaiting(doc: DynamoDBDocumentClient, table: string, alert: Alert, memberId: string): Promise<boolean> {
  const failed = await transactWrite(doc, [
    { ConditionCheck: { TableName: table, Key: alertKeys.recipient(alert.id, memberId), ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answer)' } },
    { Put: { TableName: table, Item: waitingItem(waitingAlertOf(alert, memberId)), ConditionExpression: 'attribute_not_exists(pk)' } },
  ]);
  // Answered, gone, or written already: nothing to add.
  return failed.length === 0;
}

export interface HomeProjectionBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  /** Members whose own item was put into their byScope collection (the home reads their follows there). */
  members: number;
  /** Cases whose projections were reconciled. */
  cases: number;
}

/**
 * The home projections for a table from before homes read them: each member's
 * own item joins their byScope collection (only where it is not there yet, so
 * a member saved meanwhile keeps what they wrote), then every case is
 * reconciled as the stream projector does it (reconciling twice changes
 * nothing). Queries of byKind only, never a Scan; a marker records the run.
 */
export async function backfillHomeProjections(
  doc: DynamoDBDocumentClient, table: string, projector: Pick<HomeProjector, 'reconcileCase'>, options: { force?: boolean } = {},
): Promise<HomeProjectionBackfill> {
  return runOnce(doc, table, 'home-projections', options, { members: 0, cases: 0 }, async () => {
    const byKind = (kind: string) => queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': kind }, ProjectionExpression: 'id',
    });
    const result: Omit<HomeProjectionBackfill, 'ran'> = { members: 0, cases: 0 };
    for (const m of [...await byKind('MEMBERS'), ...await byKind('MEMBERS#INACTIVE')]) {
      const scope = memberScopeKeys(String(m.id));
      try {
        await guarded(() => doc.send(new UpdateCommand({
          TableName: table, Key: keys.member(String(m.id)), UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)', ExpressionAttributeValues: { ':pk': scope.gsi1pk, ':sk': scope.gsi1sk },
        })));
        result.members += 1;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    for (const c of await byKind('CASES')) {
      await projector.reconcileCase(String(c.id));
      result.cases += 1;
    }
    return result;
  });
}
