/**
 * Lambda entry of the coverage aggregator and the projections kept from the stream (member homes, alert reach,
 * raised-risk roster, digest board, the alerts' rosters under their case, the cases' names on what the member page lists), fed by the table's stream through an event
 * source mapping with partial batch responses). Records are applied in order;
 * the first that fails is reported with every record after it, so the retry
 * starts there and the order per case holds. Each record is applied once
 * whatever the retries (functions/adapters/dynamo/coverage-aggregator.ts).
 */
import type { DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import { jsonLogger } from '#shared/ports/logger.ts';
import { tableOnlyConfig } from '../config.ts';
import { createDocumentClient } from '../adapters/dynamo/index.ts';
import { coverageAggregator, type StreamRecordLike } from '../adapters/dynamo/coverage-aggregator.ts';
import { digestProjector } from '../adapters/dynamo/digest-projector.ts';
import { homeProjector } from '../adapters/dynamo/home-projector.ts';
import { reachProjector } from '../adapters/dynamo/reach-projector.ts';
import { riskGapRosterProjector } from '../adapters/dynamo/risk-gap-roster.ts';
import { alertRosterProjector } from '../adapters/dynamo/alert-roster-projector.ts';
import { caseNameProjector } from '../adapters/dynamo/case-name-projector.ts';
import { tableStreamConsumer } from '../adapters/dynamo/table-stream.ts';

const config = tableOnlyConfig();
const doc = createDocumentClient({ region: config.AWS_REGION });
// The member homes' projections, the alert reach, the raised-risk roster, the digest board and the cases' names ride on the same stream and the same retries (functions/adapters/dynamo/table-stream.ts).
const aggregator = tableStreamConsumer(
  coverageAggregator(doc, config.TABLE_NAME), homeProjector(doc, config.TABLE_NAME), reachProjector(doc, config.TABLE_NAME),
  riskGapRosterProjector(doc, config.TABLE_NAME), digestProjector(doc, config.TABLE_NAME),
  alertRosterProjector(doc, config.TABLE_NAME), caseNameProjector(doc, config.TABLE_NAME),
);

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const records = event.Records as StreamRecordLike[];
  const outcome = await aggregator.applyInOrder(records);
  if (outcome.failedAt === undefined) {
    jsonLogger.info('coverage.applied', { records: records.length, applied: outcome.applied, replayed: outcome.replayed });
    return { batchItemFailures: [] };
  }
  const failed = records[outcome.failedAt]!;
  jsonLogger.error('coverage.failed', {
    records: records.length, applied: outcome.applied, failedAt: outcome.failedAt,
    error: outcome.error instanceof Error ? outcome.error.name : 'unknown',
  });
  // Reporting the first failure is enough: Lambda retries from that sequence number on.
  return { batchItemFailures: [{ itemIdentifier: failed.dynamodb?.SequenceNumber ?? '' }] };
}
