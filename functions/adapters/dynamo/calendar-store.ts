/**
 * The hearing calendar in DynamoDB: a window of dated items (hearings, their
 * observers, requests due) in one range Query on byKind `HEARINGS`; observer
 * sign-ups; and private feed tokens, stored only as hashes, with a pointer on
 * the member for rotation and revocation. Each write carries its audit line.
 */
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '#shared/errors/index.ts';
import type { FeedOwner, FeedPointer, ObserverSignup } from '#shared/calendar/calendar.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { ActionRequest } from '#shared/missions/action-request.ts';
import type { CalendarStore, CalendarWindow } from '#shared/ports/store.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite, type TransactItem } from './transact.ts';
import { auditItem } from './items.ts';
import { stripKeys } from './keys.ts';
import { CALENDAR_KIND, feedItem, feedPointerItem, missionKeys, observerItem } from './mission-items.ts';

export function calendarStore(doc: DynamoDBDocumentClient, table: string): CalendarStore {
  /** True when written; false when a condition failed and no error was given for it. */
  const transact = async (items: TransactItem[], conflict?: () => Error) =>
    (await transactWrite(doc, items, conflict ? { onConditionFailed: failWith([], conflict) } : {})).length === 0;
  const feedChanged = () => new ConflictError('Your calendar feed changed meanwhile; reload the page.', { wording: { key: 'calendar.errors.feedChanged' } });

  return {
    calendarWindow: (fromDay, toDay) =>
      guarded(async () => {
        const page = await doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: 'byKind',
            KeyConditionExpression: 'gsi2pk = :kind AND gsi2sk BETWEEN :from AND :to',
            // "~" sorts after every character a key uses: the whole last day is in.
            ExpressionAttributeValues: { ':kind': CALENDAR_KIND, ':from': fromDay, ':to': `${toDay}~` },
          }),
        );
        const window: CalendarWindow = { hearings: [], observers: [], requests: [], truncated: page.LastEvaluatedKey !== undefined };
        for (const item of page.Items ?? []) {
          if (item.itemType === 'event') window.hearings.push(stripKeys<TimelineEvent>(item));
          else if (item.itemType === 'observer') window.observers.push(stripKeys<ObserverSignup>(item));
          else if (item.itemType === 'request') window.requests.push(stripKeys<ActionRequest>(item));
        }
        return window;
      }),

    async saveObserver(signup, audit) {
      await transact(
        [
          { Put: { TableName: table, Item: observerItem(signup), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: table, Item: auditItem(audit) } },
        ],
        () => new ConflictError('You are already on the roster for this hearing.', { wording: { key: 'calendar.errors.alreadyObserving' } }),
      );
    },

    removeObserver: (signup, audit) =>
      transact(
        [
          { Delete: { TableName: table, Key: missionKeys.observer(signup.caseId, signup.eventId, signup.memberId), ConditionExpression: 'attribute_exists(pk)' } },
          { Put: { TableName: table, Item: auditItem(audit) } },
        ],
      ),

    getFeedOwner: (tokenHash) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: missionKeys.feed(tokenHash) }));
        return Item ? stripKeys<FeedOwner>(Item) : undefined;
      }),

    getFeedPointer: (memberId) =>
      guarded(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: missionKeys.feedPointer(memberId), ConsistentRead: true }));
        return Item ? stripKeys<FeedPointer>(Item) : undefined;
      }),

    async replaceFeed(owner, previousHash, audit) {
      const pointer: FeedPointer = { memberId: owner.memberId, tokenHash: owner.tokenHash, createdAt: owner.createdAt };
      await transact(
        [
          { Put: { TableName: table, Item: feedItem(owner), ConditionExpression: 'attribute_not_exists(pk)' } },
          previousHash
            ? { Put: { TableName: table, Item: feedPointerItem(pointer), ConditionExpression: 'tokenHash = :previous', ExpressionAttributeValues: { ':previous': previousHash } } }
            : { Put: { TableName: table, Item: feedPointerItem(pointer), ConditionExpression: 'attribute_not_exists(pk)' } },
          ...(previousHash ? [{ Delete: { TableName: table, Key: missionKeys.feed(previousHash) } }] : []),
          { Put: { TableName: table, Item: auditItem(audit) } },
        ],
        feedChanged,
      );
    },

    async revokeFeed(pointer, audit) {
      await transact(
        [
          { Delete: { TableName: table, Key: missionKeys.feed(pointer.tokenHash) } },
          { Delete: { TableName: table, Key: missionKeys.feedPointer(pointer.memberId), ConditionExpression: 'tokenHash = :hash', ExpressionAttributeValues: { ':hash': pointer.tokenHash } } },
          { Put: { TableName: table, Item: auditItem(audit) } },
        ],
        feedChanged,
      );
    },
  };
}
