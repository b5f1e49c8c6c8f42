/**
 * A data folder made before the coverage figures has cases but no stream
 * records for them (`ensureTable` turns the stream on, from then on). At
 * start, when there are base items and no coverage row yet, every case and
 * alert item is handed to the aggregator once, as if just inserted; each has
 * its own marker (`backfill:<pk>:<sk>`), so a second start adds nothing. The
 * intake reports likewise, once per data folder. A Scan, so only here at
 * startup, as the seeding check does.
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import { GetCommand, PutCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CoverageAggregator } from '../adapters/dynamo/coverage-aggregator.ts';
import { COVERAGE_PARTITIONS } from '../adapters/dynamo/coverage-keys.ts';

/** Hands every item the filter keeps to the aggregator once, as if just inserted. */
async function applyScanned(
  doc: DynamoDBDocumentClient, table: string, aggregator: CoverageAggregator, filter: { expression: string; values: Record<string, string> },
): Promise<number> {
  let applied = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({
      TableName: table, ExclusiveStartKey: start, FilterExpression: filter.expression, ExpressionAttributeValues: filter.values,
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

/**
 * Intake reports joined the figures after the cases and alerts (issue 13): a data folder already
 * counted has no report in its aggregates. They are handed over once, then a marker says so
 * (a folder with no report gets the marker at once, so later starts do not scan again).
 */
const REPORTS_BACKFILLED = { pk: 'COVERAGE#BACKFILL', sk: 'reports' };

export async function backfillCoverage(doc: DynamoDBDocumentClient, table: string, aggregator: CoverageAggregator): Promise<number> {
  let applied = 0;
  const { Count } = await doc.send(new QueryCommand({
    TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': COVERAGE_PARTITIONS.countries }, Select: 'COUNT', Limit: 1,
  }));
  if (!Count) {
    applied += await applyScanned(doc, table, aggregator, {
      expression: 'begins_with(pk, :case) OR begins_with(pk, :alert)', values: { ':case': 'CASE#', ':alert': 'ALERT#' },
    });
  }
  const { Item } = await doc.send(new GetCommand({ TableName: table, Key: REPORTS_BACKFILLED }));
  if (!Item) {
    applied += await applyScanned(doc, table, aggregator, { expression: 'begins_with(pk, :report)', values: { ':report': 'REPORT#' } });
    await doc.send(new PutCommand({ TableName: table, Item: { ...REPORTS_BACKFILLED, itemType: 'coverage_backfill' } }));
  }
  return applied;
}
