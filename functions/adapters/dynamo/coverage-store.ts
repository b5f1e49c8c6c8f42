/** Reads of the coverage aggregates (written only by the stream aggregator, coverage-aggregator.ts). */
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AggregateRow, CoverageStore, GapCounts } from '#shared/coverage/coverage-store.ts';
import type { Counters } from '#shared/coverage/contributions.ts';
import { queryAll } from './query-all.ts';
import { COVERAGE_PARTITIONS, coverageKeys, GAPS_SK } from './coverage-keys.ts';
import { stripKeys } from './keys.ts';

function rowOf(item: Record<string, unknown>): AggregateRow {
  const counters: Counters = {};
  for (const [field, value] of Object.entries(stripKeys<Record<string, unknown>>(item))) {
    if (typeof value === 'number') counters[field] = value;
  }
  return { key: String(item.sk), counters };
}

export function coverageStore(doc: DynamoDBDocumentClient, table: string): CoverageStore {
  return {
    async coverageByCountry() {
      const items = await queryAll(doc, {
        TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': COVERAGE_PARTITIONS.countries },
      });
      const gapItem = items.find((i) => i.sk === GAPS_SK);
      return {
        rows: items.filter((i) => i.sk !== GAPS_SK).map(rowOf),
        ...(gapItem ? { gaps: { countedAt: String(gapItem.countedAt), counts: gapItem.counts as GapCounts['counts'] } } : {}),
      };
    },
    async saveGapCounts(gaps) {
      await doc.send(new PutCommand({ TableName: table, Item: { ...coverageKeys.gaps(), itemType: 'coverage_gaps', countedAt: gaps.countedAt, counts: gaps.counts } }));
    },
    async coverageByMonth(fromMonth, toMonth) {
      const items = await queryAll(doc, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': COVERAGE_PARTITIONS.months, ':from': `${fromMonth}#`, ':to': `${toMonth}#~` },
      });
      return items.map(rowOf);
    },
  };
}
