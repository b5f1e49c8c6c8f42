/**
 * The coverage aggregator: applies one DynamoDB stream record to the coverage
 * aggregates, exactly once. The same code runs in the aggregator Lambda (the
 * table's stream through an event source mapping) and in `npm start` (a poller
 * over DynamoDB Local's stream, functions/local/stream-poller.ts).
 *
 * Per record, in one transaction:
 * - a marker `COVERAGE#APPLIED#<eventID>`, put only if absent: a replayed
 *   record (Lambda retries a batch, the local poller restarts from the trim
 *   horizon) finds it and changes nothing;
 * - the subject's facts (shared/coverage/facts.ts), conditioned on the version
 *   read, so two aggregators can never both apply a change on stale facts;
 * - an ADD of the difference to each aggregate row it moves.
 * Markers expire after two days (a stream keeps records for one).
 */
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import {
  ALERT_ITEM_TYPES, CASE_ITEM_TYPES, REPORT_ITEM_TYPES, applyChange, emptyAlertFacts, emptyCaseFacts, emptyReportFacts,
  type ItemChange, type SubjectFacts,
} from '#shared/coverage/facts.ts';
import { contributions, difference, parseAggregateId } from '#shared/coverage/contributions.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { transactWrite } from './transact.ts';
import { coverageKeys } from './coverage-keys.ts';

/** A stream record as Lambda's event and DynamoDB Streams' GetRecords both give it. */
export interface StreamRecordLike {
  eventID?: string;
  eventName?: string;
  dynamodb?: {
    Keys?: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber?: string;
  };
}

export type ApplyOutcome = 'applied' | 'replayed' | 'ignored';

const MARKER_SECONDS = 2 * 86_400;
/** Attempts when another aggregator moved the same facts between our read and our write. */
const FACTS_ATTEMPTS = 5;

const image = (value: Record<string, unknown> | undefined) => (value ? unmarshall(value as never) as Record<string, unknown> : undefined);

/** The subject a record belongs to, with the change, or undefined when it moves no figure. */
export function changeOf(record: StreamRecordLike): { subject: string; change: ItemChange } | undefined {
  // The key and the type first, read raw: most records (sessions, audit lines, claims) move no figure and are not decoded.
  const raw = record.dynamodb;
  const stringOf = (map: Record<string, unknown> | undefined, name: string) => {
    const value = map?.[name] as { S?: unknown } | undefined;
    return typeof value?.S === 'string' ? value.S : '';
  };
  const pk = stringOf(raw?.Keys, 'pk');
  const itemType = stringOf(raw?.NewImage, 'itemType') || stringOf(raw?.OldImage, 'itemType');
  const types: readonly string[] = pk.startsWith('CASE#') ? CASE_ITEM_TYPES
    : pk.startsWith('ALERT#') ? ALERT_ITEM_TYPES
      : pk.startsWith('REPORT#') ? REPORT_ITEM_TYPES : [];
  if (!types.includes(itemType)) return undefined;
  return { subject: pk, change: { itemType, before: image(raw?.OldImage), after: image(raw?.NewImage) } };
}

export function coverageAggregator(doc: DynamoDBDocumentClient, table: string, clock: () => Date = () => new Date()) {
  async function readFacts(subject: string): Promise<{ facts: SubjectFacts; version: number }> {
    const { Item } = await doc.send(new GetCommand({ TableName: table, Key: coverageKeys.facts(subject), ConsistentRead: true }));
    if (Item) return { facts: Item.facts as SubjectFacts, version: Number(Item.version) };
    const empty = subject.startsWith('ALERT#') ? emptyAlertFacts() : subject.startsWith('REPORT#') ? emptyReportFacts() : emptyCaseFacts();
    return { facts: empty, version: 0 };
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const found = changeOf(record);
    const eventId = record.eventID ?? record.dynamodb?.SequenceNumber;
    if (!found || !eventId) return 'ignored';
    for (let attempt = 1; ; attempt++) {
      const { facts, version } = await readFacts(found.subject);
      const next = applyChange(facts, found.change);
      const moved = difference(contributions(facts), contributions(next));
      const expiresAt = Math.floor(clock().getTime() / 1000) + MARKER_SECONDS;
      const items = [
        { Put: { TableName: table, Item: { ...coverageKeys.applied(eventId), itemType: 'coverage_applied', expiresAt }, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: table,
            Item: { ...coverageKeys.facts(found.subject), itemType: 'coverage_facts', facts: next, version: version + 1 },
            ...(version === 0
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': version } }),
          },
        },
        ...[...moved].map(([id, counters]) => {
          const { scope, key } = parseAggregateId(id);
          const fields = Object.entries(counters);
          return {
            Update: {
              TableName: table,
              Key: coverageKeys.aggregate(scope, key),
              UpdateExpression: `SET itemType = :type ADD ${fields.map((_, i) => `#f${i} :v${i}`).join(', ')}`,
              ExpressionAttributeNames: Object.fromEntries(fields.map(([field], i) => [`#f${i}`, field])),
              ExpressionAttributeValues: { ':type': 'coverage_aggregate', ...Object.fromEntries(fields.map(([, value], i) => [`:v${i}`, value])) },
            },
          };
        }),
      ];
      const failed = await transactWrite(doc, items);
      if (failed.length === 0) return 'applied';
      if (failed.includes(0)) return 'replayed';
      // The facts moved since we read them: read them again.
      if (attempt >= FACTS_ATTEMPTS) throw new ServiceUnavailableError('The coverage facts kept changing; the record is retried.');
    }
  }

  return {
    apply,
    /** Applies records in order; stops at the first failure and returns its index (Lambda retries from there). */
    async applyInOrder(records: readonly StreamRecordLike[]): Promise<{ applied: number; replayed: number; failedAt?: number; error?: unknown }> {
      let applied = 0;
      let replayed = 0;
      for (const [index, record] of records.entries()) {
        try {
          const outcome = await apply(record);
          if (outcome === 'applied') applied++;
          if (outcome === 'replayed') replayed++;
        } catch (error) {
          return { applied, replayed, failedAt: index, error };
        }
      }
      return { applied, replayed };
    },
  };
}

export type CoverageAggregator = ReturnType<typeof coverageAggregator>;
