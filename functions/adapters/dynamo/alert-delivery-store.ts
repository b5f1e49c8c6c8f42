/**
 * The sender's and the reminder's writes: each a conditional update of the
 * recipient's item, so only one sender ever holds a member's send and only
 * one scheduler run sends a member's reminder (a message's "sent" marks go
 * together in one transaction, each conditioned on its own claim).
 */
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertStore, SentMark } from '#shared/alerts/index.ts';
import { guarded, isConditionFailure, rethrowTransient } from './errors.ts';
import { transactWrite } from './transact.ts';
import { REMINDERS_KIND, alertKeys } from './alert-items.ts';

type DeliveryWrites = Pick<AlertStore,
  'claimAlertSend' | 'markAlertsSent' | 'releaseAlertClaim' | 'markAlertSuppressed' | 'dueAlertReminders' | 'claimAlertReminder'>;

export function alertDeliveryStore(doc: DynamoDBDocumentClient, table: string): DeliveryWrites {
  const update = async (input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>): Promise<boolean> => {
    try {
      await doc.send(new UpdateCommand({ TableName: table, ...input }));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      rethrowTransient(error);
    }
  };
  const status = { '#status': 'status' };

  return {
    async claimAlertSend(alertId, memberId, claimId, at) {
      try {
        await doc.send(new UpdateCommand({
          TableName: table, Key: alertKeys.recipient(alertId, memberId),
          UpdateExpression: 'SET #status = :sending, claimId = :claim, claimedAt = :at',
          ConditionExpression: '#status = :queued',
          ExpressionAttributeNames: status,
          ExpressionAttributeValues: { ':sending': 'sending', ':queued': 'queued', ':claim': claimId, ':at': at },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }));
        return { claimed: true };
      } catch (error) {
        if (!isConditionFailure(error)) rethrowTransient(error);
        // The item that holds the claim comes back raw (attribute values), even from the document client.
        const held = (error as { Item?: { status?: { S?: string } } }).Item?.status?.S;
        return { claimed: false, status: held === 'sent' || held === 'suppressed' || held === 'sending' ? held : 'missing' };
      }
    },

    async markAlertsSent(alertId, sent) {
      const markOf = (m: SentMark) => ({
        Key: alertKeys.recipient(alertId, m.memberId),
        UpdateExpression: 'SET #status = :sent, messageId = :id, deliveredAt = :at',
        ConditionExpression: 'claimId = :claim',
        ExpressionAttributeNames: status,
        ExpressionAttributeValues: { ':sent': 'sent', ':id': m.messageId, ':at': m.at, ':claim': m.claimId },
      });
      for (let i = 0; i < sent.length; i += 25) {
        const chunk = sent.slice(i, i + 25);
        const failed = await transactWrite(doc, chunk.map((m) => ({ Update: { TableName: table, ...markOf(m) } })));
        // A claim lost meanwhile cancels them all: each on its own then, the lost one left as it is.
        if (failed.length > 0) for (const m of chunk) await update(markOf(m));
      }
    },

    releaseAlertClaim: async (alertId, memberId, claimId) => {
      await update({
        Key: alertKeys.recipient(alertId, memberId),
        UpdateExpression: 'SET #status = :queued REMOVE claimId, claimedAt',
        ConditionExpression: 'claimId = :claim AND #status = :sending',
        ExpressionAttributeNames: status,
        ExpressionAttributeValues: { ':queued': 'queued', ':claim': claimId, ':sending': 'sending' },
      });
    },

    markAlertSuppressed: async (alertId, memberId) => {
      await update({
        Key: alertKeys.recipient(alertId, memberId),
        UpdateExpression: 'SET #status = :suppressed',
        ConditionExpression: '#status = :queued',
        ExpressionAttributeNames: status,
        ExpressionAttributeValues: { ':suppressed': 'suppressed', ':queued': 'queued' },
      });
    },

    dueAlertReminders: (now, limit) =>
      guarded(async () => {
        const page = await doc.send(new QueryCommand({
          TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk <= :now',
          ExpressionAttributeValues: { ':kind': REMINDERS_KIND, ':now': `${now}#~` }, Limit: limit,
          ProjectionExpression: 'alertId, caseId, memberId, answeredAt',
        }));
        return (page.Items ?? []).map((i) => ({
          alertId: String(i.alertId), caseId: String(i.caseId), memberId: String(i.memberId), answeredAt: String(i.answeredAt),
        }));
      }),

    claimAlertReminder: (alertId, memberId, at) =>
      update({
        Key: alertKeys.recipient(alertId, memberId),
        // Whoever takes it off the index decides; a member reminded once keeps the first time (never a second reminder).
        UpdateExpression: 'SET remindedAt = if_not_exists(remindedAt, :at) REMOVE gsi2pk, gsi2sk',
        ConditionExpression: 'attribute_exists(gsi2pk)',
        ExpressionAttributeValues: { ':at': at },
      }),
  };
}
