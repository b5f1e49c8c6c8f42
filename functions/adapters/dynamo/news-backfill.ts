/**
 * The weekly news partition for events stored before it existed (and the
 * byScope entry of observer sign-ups made before they had one): a table from
 * an earlier release (a kept local `.data/`, or a deployed table) gets, once,
 * a news item for each timeline event and `MEMBER#<id>` index keys on each
 * observer sign-up. Reads the case list (byKind `CASES`, a Query, never a
 * Scan), then each case's events and sign-ups (one Query per case); news items
 * have fixed keys and the same content however often they are written, so a
 * run cut short and run again is harmless. A marker item records that it ran:
 * `npm start` then skips it, and `npm run backfill:news` says so.
 */
import { BatchWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { ObserverSignup } from '#shared/calendar/calendar.ts';
import { runOnce } from './migration-marker.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { queryAll } from './query-all.ts';
import { keys, stripKeys } from './keys.ts';
import { observerItem } from './mission-items.ts';
import { newsItem } from './news-items.ts';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface NewsBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  cases: number;
  news: number;
  observers: number;
}

export async function backfillWeeklyNews(doc: DynamoDBDocumentClient, table: string, options: { force?: boolean } = {}): Promise<NewsBackfill> {
  return runOnce(doc, table, 'weekly-news', options, { cases: 0, news: 0, observers: 0 }, async () => {
    const cases = await queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'CASES' }, ProjectionExpression: 'id',
    });
    const result: Omit<NewsBackfill, 'ran'> = { cases: cases.length, news: 0, observers: 0 };
    for (const c of cases) {
      const children = await queryAll(doc, {
        TableName: table, KeyConditionExpression: 'pk = :pk', FilterExpression: 'itemType IN (:event, :observer)',
        ExpressionAttributeValues: { ':pk': keys.case(String(c.id)).pk, ':event': 'event', ':observer': 'observer' },
      });
      const news = children.filter((i) => i.itemType === 'event').map((i) => newsItem(stripKeys<TimelineEvent>(i)));
      await putAll(doc, table, news);
      result.news += news.length;
      for (const o of children.filter((i) => i.itemType === 'observer' && i.gsi1pk === undefined)) {
        if (await indexObserver(doc, table, stripKeys<ObserverSignup>(o))) result.observers += 1;
      }
    }
    return result;
  });
}

/** Only the index keys, and only while the sign-up exists (a withdrawn one stays withdrawn). */
async function indexObserver(doc: DynamoDBDocumentClient, table: string, o: ObserverSignup): Promise<boolean> {
  const { pk, sk, gsi1pk, gsi1sk } = observerItem(o);
  try {
    await guarded(() => doc.send(new UpdateCommand({
      TableName: table, Key: { pk, sk }, UpdateExpression: 'SET gsi1pk = :pk1, gsi1sk = :sk1',
      ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':pk1': gsi1pk, ':sk1': gsi1sk },
    })));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** BatchWriteItem 25 at a time; what DynamoDB leaves unprocessed is sent again with backoff. */
async function putAll(doc: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending: unknown[] = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= 8) throw new Error('DynamoDB kept news items unprocessed; run the backfill again.');
      const answer = await guarded(() => doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } })));
      pending = answer.UnprocessedItems?.[table] ?? [];
      if (pending.length) await sleep(50 * 2 ** attempt);
    }
  }
}
