/**
 * Keeps the alerts' rosters under their case (alert-roster-items.ts) from the table's stream, beside the
 * coverage aggregator and the other projections (table-stream.ts): a record of an alert or of one of its
 * recipients names that one item, and the projector copies it as it is now (one consistent GetItem, one
 * Put), or removes the copy when the item is gone (the alert's TTL). A recipient's delivery, answer or
 * change of answer is on the case page once the stream passed it: the poller's delay locally, the event
 * source mapping's batching window (one second) on AWS.
 *
 * Reading the item again instead of trusting the record's image makes a replay, or a record read late,
 * harmless without a marker: whatever the order, the copy ends as the item is. A record that changes
 * nothing the roster shows (a reminder taken, a claim's id) costs nothing.
 */
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ApplyOutcome, StreamRecordLike } from './coverage-aggregator.ts';
import { alertKeys } from './alert-items.ts';
import { runOnce } from './migration-marker.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { queryAll } from './query-all.ts';
import { rosterAlertItem, rosterKeys, rosterRecipientItem } from './alert-roster-items.ts';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };
export type RosterSubject = { kind: 'alert'; alertId: string } | { kind: 'recipient'; alertId: string; memberId: string };

/** What the roster shows of a recipient: a record that changes none of it is ignored. */
const SHOWN_FIELDS = ['name', 'role', 'country', 'reason', 'status', 'deliveredAt', 'answer', 'answeredAt'] as const;

const image = (value: Record<string, unknown> | undefined) => (value ? unmarshall(value as never) as Item : undefined);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** A recipient's alert time, from their byScope sort key (`<createdAt>#<alertId>#R#<memberId>`, alert-items.ts). */
const alertTimeOf = (recipient: Item) => String(recipient.gsi1sk ?? '').split(`#${String(recipient.alertId)}#`)[0] ?? '';

/** What a stream record asks the projector to copy again, if anything. */
export function rosterSubjectOf(record: StreamRecordLike): RosterSubject | undefined {
  const keysOf = record.dynamodb?.Keys as Record<string, { S?: string }> | undefined;
  const pk = keysOf?.pk?.S ?? '';
  const sk = keysOf?.sk?.S ?? '';
  if (!pk.startsWith('ALERT#')) return undefined;
  const alertId = pk.slice('ALERT#'.length);
  if (sk === 'ALERT') return { kind: 'alert', alertId };
  if (!sk.startsWith('RECIPIENT#')) return undefined;
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  if (before && after && SHOWN_FIELDS.every((f) => same(before[f], after[f]))) return undefined;
  return { kind: 'recipient', alertId, memberId: sk.slice('RECIPIENT#'.length) };
}

export function alertRosterProjector(doc: DynamoDBDocumentClient, table: string) {
  const get = async (Key: Key) => (await guarded(() => doc.send(new GetCommand({ TableName: table, Key, ConsistentRead: true })))).Item;
  const put = async (Item: Item) => void (await guarded(() => doc.send(new PutCommand({ TableName: table, Item }))));
  const remove = async (Key: Key) => void (await guarded(() => doc.send(new DeleteCommand({ TableName: table, Key }))));

  /** Copies the alert's line as the alert is now; `gone` (the record's last image) finds the copy once the alert is deleted. */
  async function reconcileAlert(alertId: string, gone?: Item): Promise<void> {
    const alert = await get(alertKeys.alert(alertId));
    if (alert) return put(rosterAlertItem(alert));
    if (gone?.caseId && gone.createdAt) await remove(rosterKeys.alert(String(gone.caseId), String(gone.createdAt), alertId));
  }

  async function reconcileRecipient(alertId: string, memberId: string, gone?: Item): Promise<void> {
    const recipient = await get(alertKeys.recipient(alertId, memberId));
    if (recipient) return put(rosterRecipientItem(recipient, alertTimeOf(recipient)));
    if (gone?.caseId && gone.gsi1sk) await remove(rosterKeys.recipient(String(gone.caseId), alertTimeOf(gone), alertId, memberId));
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const subject = rosterSubjectOf(record);
    if (!subject) return 'ignored';
    const last = image(record.dynamodb?.OldImage) ?? image(record.dynamodb?.NewImage);
    await (subject.kind === 'alert'
      ? reconcileAlert(subject.alertId, last)
      : reconcileRecipient(subject.alertId, subject.memberId, last));
    return 'applied';
  }

  return { apply };
}

/**
 * The rosters of alerts sent before the stream kept them under their case: every case (byKind `CASES`), its
 * alerts and recipients (byScope `CASEALERTS#<caseId>`), each copied unless a copy is already there, so a
 * copy the stream wrote meanwhile, newer than what this read, stays. Queries only, never a Scan. A marker
 * records the run: `npm start` then skips it; `npm run backfill:alert-rosters -- --force` runs it again.
 */
export async function backfillAlertRosters(
  doc: DynamoDBDocumentClient, table: string, options: { force?: boolean } = {},
): Promise<{ ran: boolean; alerts: number; recipients: number }> {
  return runOnce(doc, table, 'alert-rosters', options, { alerts: 0, recipients: 0 }, async () => {
    const putIfAbsent = async (Item: Item) => {
      try {
        await guarded(() => doc.send(new PutCommand({ TableName: table, Item, ConditionExpression: 'attribute_not_exists(pk)' })));
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    };
    const cases = await queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :cases', ExpressionAttributeValues: { ':cases': 'CASES' }, ProjectionExpression: 'id',
    });
    let alerts = 0;
    let recipients = 0;
    for (const c of cases) {
      const items = await queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :scope', ExpressionAttributeValues: { ':scope': alertKeys.caseScope(String(c.id)) },
      });
      for (const item of items) {
        if (item.itemType === 'alert') {
          await putIfAbsent(rosterAlertItem(item));
          alerts++;
        } else if (item.itemType === 'alert_recipient') {
          await putIfAbsent(rosterRecipientItem(item, alertTimeOf(item)));
          recipients++;
        }
      }
    }
    return { alerts, recipients };
  });
}
