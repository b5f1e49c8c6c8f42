/**
 * The coverage aggregator and the home projector beside a test harness: the same stream poller
 * `npm start` runs, over the harness's table in the shared DynamoDB Local,
 * with a document client of its own (the aggregator's calls are not the
 * app's, so `h.calls` does not count them).
 */
import { inject } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { coverageAggregator } from '#functions/adapters/dynamo/coverage-aggregator.ts';
import { COVERAGE_PARTITIONS } from '#functions/adapters/dynamo/coverage-keys.ts';
import { digestProjector } from '#functions/adapters/dynamo/digest-projector.ts';
import { homeProjector } from '#functions/adapters/dynamo/home-projector.ts';
import { reachProjector } from '#functions/adapters/dynamo/reach-projector.ts';
import { riskGapRosterProjector } from '#functions/adapters/dynamo/risk-gap-roster.ts';
import { alertRosterProjector } from '#functions/adapters/dynamo/alert-roster-projector.ts';
import { caseNameProjector } from '#functions/adapters/dynamo/case-name-projector.ts';
import { tableStreamConsumer } from '#functions/adapters/dynamo/table-stream.ts';
import { streamPoller, type StreamPoller } from '#functions/local/stream-poller.ts';
import { silentLogger } from '#shared/ports/logger.ts';
import type { Harness } from './harness.ts';

export interface CoverageBeside {
  poller: StreamPoller;
  /** Every aggregate row, `<scope>|<key>` → counters without the zeros. */
  aggregates(): Promise<Map<string, Record<string, number>>>;
}

export function coverageBeside(h: Harness): CoverageBeside {
  const endpoint = inject('dynamoEndpoint');
  const doc = createDocumentClient({ region: 'local', endpoint });
  // What npm start and the Lambda run on the stream: the coverage aggregator, the home projector (on the harness's clock),
  // the alert reach, the raised-risk roster, the digest projector, the alerts' rosters under their case and the cases' names on what the member page lists.
  const consumer = tableStreamConsumer(
    coverageAggregator(doc, h.table), homeProjector(doc, h.table, () => h.clock.now()), reachProjector(doc, h.table),
    riskGapRosterProjector(doc, h.table), digestProjector(doc, h.table), alertRosterProjector(doc, h.table), caseNameProjector(doc, h.table),
  );
  const poller = streamPoller({ endpoint, region: 'local', table: h.table, aggregator: consumer, log: silentLogger, idleMs: 50 });
  return {
    poller,
    async aggregates() {
      const rows = new Map<string, Record<string, number>>();
      for (const [scope, pk] of Object.entries(COVERAGE_PARTITIONS)) {
        let start: Record<string, unknown> | undefined;
        do {
          const page = await doc.send(new QueryCommand({ TableName: h.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ExclusiveStartKey: start }));
          for (const item of page.Items ?? []) {
            const counters = Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number' && v !== 0)) as Record<string, number>;
            if (Object.keys(counters).length > 0) rows.set(`${scope}|${String(item.sk)}`, counters);
          }
          start = page.LastEvaluatedKey;
        } while (start);
      }
      return rows;
    },
  };
}
