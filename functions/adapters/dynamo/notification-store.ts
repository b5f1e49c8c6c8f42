/**
 * Notifications in DynamoDB:
 * - one claim per kind, item and member: `NOTIFY#<kind>#<itemId>` / `MEMBER#<id>`, a conditional put
 *   (status `sending`, then `sent`; or `noted` for the weekly digest), kept 400 days (TTL);
 * - a note for the digest is that same claim, also listed on byKind `DIGEST_NOTES` / `<at>#…`, so a
 *   digest reads its window's notes in one range Query;
 * - the reminders' due items come from the calendar partition of byKind (`HEARINGS`), where observers
 *   sort by hearing time and requests by due date since they are written: range Queries, never a Scan.
 */
import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  DigestNote, ListedObserver, ListedRequest, NotificationClaim, NotificationKey, NotificationStore,
} from '#shared/notifications/notification-store.ts';
import { guarded, isConditionFailure, rethrowTransient } from './errors.ts';
import { queryAll } from './query-all.ts';
import { stripKeys } from './keys.ts';
import { CALENDAR_KIND } from './mission-items.ts';

const RECORD_DAYS = 400;
const NOTES_KIND = 'DIGEST_NOTES';

export const notificationKeys = {
  claim: (k: NotificationKey) => ({ pk: `NOTIFY#${k.kind}#${k.itemId}`, sk: `MEMBER#${k.memberId}` }),
};

const expiresAt = (at: string) => Math.floor(Date.parse(at) / 1000) + RECORD_DAYS * 86_400;

export function notificationStore(doc: DynamoDBDocumentClient, table: string): NotificationStore {
  /** A conditional put; the status of whoever held the key when it fails. */
  const putOnce = async (item: Record<string, unknown>): Promise<NotificationClaim> => {
    try {
      await doc.send(new PutCommand({
        TableName: table, Item: item, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }));
      return { claimed: true };
    } catch (error) {
      if (!isConditionFailure(error)) rethrowTransient(error);
      // The item that holds the claim comes back raw (attribute values), even from the document client.
      const held = (error as { Item?: { status?: { S?: string } } }).Item?.status?.S;
      return { claimed: false, status: held === 'sent' || held === 'noted' ? held : 'sending' };
    }
  };
  const calendar = (from: string, to: string, itemType: string, projection: string) => queryAll(doc, {
    TableName: table, IndexName: 'byKind',
    KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk BETWEEN :from AND :to',
    FilterExpression: 'itemType = :type',
    ProjectionExpression: projection,
    ...(projection.includes('#status') ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
    // "~" sorts after every character a key uses: the whole last minute (or day) is in.
    ExpressionAttributeValues: { ':kind': CALENDAR_KIND, ':from': from, ':to': `${to}~`, ':type': itemType },
  });

  return {
    claimNotification: (key, at) =>
      putOnce({ ...notificationKeys.claim(key), itemType: 'notification', ...key, status: 'sending', claimedAt: at, expiresAt: expiresAt(at) }),

    markNotificationSent: (key, messageId, at) =>
      guarded(async () => {
        await doc.send(new UpdateCommand({
          TableName: table, Key: notificationKeys.claim(key),
          UpdateExpression: 'SET #status = :sent, messageId = :id, sentAt = :at',
          ConditionExpression: '#status = :sending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':sent': 'sent', ':sending': 'sending', ':id': messageId, ':at': at },
        }));
      }),

    releaseNotificationClaim: (key) =>
      guarded(async () => {
        try {
          await doc.send(new DeleteCommand({
            TableName: table, Key: notificationKeys.claim(key),
            ConditionExpression: '#status = :sending', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':sending': 'sending' },
          }));
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }),

    async noteForDigest(note: DigestNote) {
      const claim = await putOnce({
        ...notificationKeys.claim(note), itemType: 'digest_note', ...note, status: 'noted', expiresAt: expiresAt(note.at),
        gsi2pk: NOTES_KIND, gsi2sk: `${note.at}#${note.memberId}#${note.kind}#${note.itemId}`,
      });
      return claim.claimed;
    },

    listDigestNotes: async (from, to) =>
      (await queryAll(doc, {
        TableName: table, IndexName: 'byKind',
        KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk BETWEEN :from AND :to',
        // Keys are `<at>#…`: one at `to` sorts after `to` itself, so the window's end is excluded.
        ExpressionAttributeValues: { ':kind': NOTES_KIND, ':from': from, ':to': to },
      }))
        .map((i) => stripKeys<DigestNote & { status?: string; expiresAt?: number }>(i))
        .filter((n) => n.at < to)
        .map(({ kind, itemId, memberId, caseId, actionKey, date, at }) => ({ kind, itemId, memberId, caseId, actionKey, date, at })),

    listObserversBetween: async (fromMinute, toMinute) =>
      (await calendar(fromMinute, toMinute, 'observer', 'caseId, eventId, memberId, hearingAt')).map((i) => i as unknown as ListedObserver),

    listRequestsDueBetween: async (fromDay, toDay) =>
      (await calendar(fromDay, toDay, 'request', 'id, caseId, #status, dueDate')).map((i) => i as unknown as ListedRequest),
  };
}
