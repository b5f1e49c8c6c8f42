/**
 * A data folder made before the coverage figures has cases but no stream
 * records for them (`ensureTable` turns the stream on, from then on). At
 * start, when there are base items and no coverage row yet, every case and
 * alert item is handed to the aggregator once, as if just inserted; each has
 * its own marker (`backfill:<pk>:<sk>`), so a second start adds nothing. A
 * Scan, so only here at startup, as the seeding check does.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import { QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CoverageAggregator } from '../adapters/dynamo/coverage-aggregator.ts';
import { COVERAGE_PARTITIONS } from '../adapters/dynamo/coverage-keys.ts';

export async function backfillCoverage(doc: DynamoDBDocumentClient, table: string, aggregator: CoverageAggregator): Promise<number> {
  const { Count } = await doc.send(new QueryCommand({
    TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': COVERAGE_PARTITIONS.countries }, Select: 'COUNT', Limit: 1,
  }));
  if (Count) return 0;
  let applied = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({
      TableName: table, ExclusiveStartKey: start,
      FilterExpression: 'begins_with(pk, :case) OR begins_with(pk, :alert)', ExpressionAttributeValues: { ':case': 'CASE#', ':alert': 'ALERT#' },
    }));
    for (const item of page.Items ?? []) {
      const outcome = await aggregator.apply({
        eventID: `backfill:${String(item.pk)}:${String(item.sk)}`,
        dynamodb: { Keys: marshall({ pk: item.pk, sk: item.sk }), NewImage: marshall(item, { removeUndefinedValues: true }) },
      });
      if (outcome === 'applied') applied++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return applied;
}
