/**
 * A timeline event corrected or deleted, with everything derived from it, in
 * one transaction: the event (conditioned on its version; moved when its date,
 * part of its key, changed), its line in the week's news partition, the
 * hearing's observer sign-ups (whose index keys carry the hearing's time, so
 * the calendar window and the reminders find them at the new time), the case
 * touched, and the audit line. The coverage aggregates need no write here:
 * the aggregator derives nothing from events (shared/coverage/facts.ts).
 */
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailedError } from '#shared/errors/index.ts';
import { eventVersion, type TimelineEvent } from '#shared/domain/timeline-model.ts';
import type { ObserverSignup } from '#shared/calendar/calendar.ts';
import type { CaseStore, EventCorrection } from '#shared/ports/store.ts';
import { guarded } from './errors.ts';
import { failWith, transactWrite } from './transact.ts';
import { auditItem, eventItem } from './items.ts';
import { keys } from './keys.ts';
import { newsItem, newsKeys } from './news-items.ts';
import { missionKeys, observerItem } from './mission-items.ts';
import { touchCase } from './case-store.ts';

/** A transaction takes 100 items; the event (2), news, case and audit line leave room for this many observers. */
const OBSERVERS_IN_TRANSACTION = 90;

type Item = Record<string, unknown>;

export function eventCorrectionStore(doc: DynamoDBDocumentClient, table: string): Pick<CaseStore, 'saveEventCorrection'> {
  const keyOf = (e: TimelineEvent) => keys.event(e.caseId, e.date, e.createdAt, e.id);
  // Events stored before versions existed have none: they are version 1.
  const versionIs = (e: TimelineEvent) => {
    const expected = eventVersion(e);
    return {
      ConditionExpression: expected === 1 ? 'attribute_exists(pk) AND (attribute_not_exists(#version) OR #version = :expected)' : 'attribute_exists(pk) AND #version = :expected',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':expected': expected },
    };
  };

  return {
    async saveEventCorrection({ before, after, case: touched, observers, audit }) {
      const items: Item[] = [];
      const moved = after && keyOf(after).sk !== keyOf(before).sk;
      if (after && !moved) {
        items.push({ Put: { TableName: table, Item: eventItem(after), ...versionIs(before) } });
      } else {
        items.push({ Delete: { TableName: table, Key: keyOf(before), ...versionIs(before) } });
        if (after) items.push({ Put: { TableName: table, Item: eventItem(after), ConditionExpression: 'attribute_not_exists(pk)' } });
      }
      // The news line keeps its key (the week the event was posted in); a deleted event leaves the digest.
      items.push(after ? { Put: { TableName: table, Item: newsItem(after) } } : { Delete: { TableName: table, Key: newsKeys.event(before) } });
      items.push(touchCase(table, touched, {}), { Put: { TableName: table, Item: auditItem(audit) } });

      const roster = rosterWrites(table, before, after, observers);
      await transactWrite(doc, [...items, ...roster.slice(0, OBSERVERS_IN_TRANSACTION)], {
        onConditionFailed: failWith([], () => new PreconditionFailedError()),
      });
      // A roster longer than a transaction holds follows straight after (the reminders re-read the hearing before they send).
      for (let i = OBSERVERS_IN_TRANSACTION; i < roster.length; i += 25) {
        const batch = roster.slice(i, i + 25).map((w) => ('Put' in w ? { PutRequest: { Item: w.Put.Item } } : { DeleteRequest: { Key: w.Delete.Key } }));
        await guarded(() => doc.send(new BatchWriteCommand({ RequestItems: { [table]: batch } })));
      }
    },
  };
}

type RosterWrite = { Put: { TableName: string; Item: Item } } | { Delete: { TableName: string; Key: Item } };

/** A hearing that moved takes its observers along; one deleted (or no longer a hearing) takes them off. */
function rosterWrites(table: string, before: TimelineEvent, after: TimelineEvent | undefined, observers: ObserverSignup[]): RosterWrite[] {
  const mine = observers.filter((o) => o.eventId === before.id);
  const stillHearing = after?.type === 'hearing' && after.hearingAt !== undefined;
  if (!stillHearing) return mine.map((o) => ({ Delete: { TableName: table, Key: missionKeys.observer(o.caseId, o.eventId, o.memberId) } }));
  if (after.hearingAt === before.hearingAt) return [];
  return mine.map((o) => ({ Put: { TableName: table, Item: observerItem({ ...o, hearingAt: after.hearingAt! }) } }));
}
