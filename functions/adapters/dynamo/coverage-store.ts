/** Reads of the coverage aggregates (written only by the stream aggregator, coverage-aggregator.ts). */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AggregateRow, CoverageStore } from '#shared/coverage/coverage-store.ts';
import type { Counters } from '#shared/coverage/contributions.ts';
import { queryAll } from './query-all.ts';
import { COVERAGE_PARTITIONS } from './coverage-keys.ts';
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
      return items.map(rowOf);
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
