/**
 * The gap view's reads: candidate cases (active, in a status some rule
 * watches) in one Query, by country on byScope or across the network on
 * byKind, then their coverage markers in one BatchGet. Never a read per case.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DefenderCase } from '#shared/domain/case-model.ts';
import type { CoverageMarker } from '#shared/missions/gap-rules.ts';
import type { GapStore } from '#shared/missions/mission-store.ts';
import { batchGet } from './batch-get.ts';
import { guarded } from './errors.ts';
import { caseFromItem } from './items.ts';
import { stripKeys } from './keys.ts';
import { missionKeys } from './mission-items.ts';
import { raisedRisksOf, RISK_ROSTER_KEY } from './risk-gap-roster.ts';

/** Items read by the one Query; the filter keeps the candidates among them. */
const CANDIDATE_READ = 100;

export function gapStore(doc: DynamoDBDocumentClient, table: string): GapStore {
  return {
    async listGapCandidates(filter, limit, start) {
      const statuses = Object.fromEntries(filter.statuses.map((s, i) => [`:s${i}`, s]));
      const byCountry = filter.country !== undefined;
      const page = await guarded(() =>
        doc.send(
          new QueryCommand({
            TableName: table,
            IndexName: byCountry ? 'byScope' : 'byKind',
            KeyConditionExpression: byCountry ? 'gsi1pk = :scope AND begins_with(gsi1sk, :prefix)' : 'gsi2pk = :kind',
            // Any status a rule watches (#status: the single status of items stored before several existed),
            // or, when asked, a judgment's execution watched whatever the statuses (issue 15).
            FilterExpression: `#state = :active AND (${Object.keys(statuses).map((v) => `contains(#statuses, ${v})`).join(' OR ')} OR #status IN (${Object.keys(statuses).join(', ')})${filter.orExecutionWatched ? ' OR attribute_exists(#watch)' : ''})`,
            ExpressionAttributeNames: { '#state': 'state', '#statuses': 'riskStatuses', '#status': 'riskStatus', ...(filter.orExecutionWatched ? { '#watch': 'executionWatch' } : {}) },
            ExpressionAttributeValues: {
              ...(byCountry ? { ':scope': `COUNTRY#${filter.country}`, ':prefix': 'CASE#' } : { ':kind': 'CASES' }),
              ':active': 'active',
              ...statuses,
            },
            ScanIndexForward: false,
            Limit: Math.max(CANDIDATE_READ, limit),
            ExclusiveStartKey: start,
          }),
        ),
      );
      const found: DefenderCase[] = [];
      for (const raw of page.Items ?? []) {
        found.push(caseFromItem(raw));
        // Stop mid-page: the next page starts after this very case.
        if (found.length === limit) {
          const indexKeys = byCountry ? ['gsi1pk', 'gsi1sk'] : ['gsi2pk', 'gsi2sk'];
          return { items: found, next: Object.fromEntries(['pk', 'sk', ...indexKeys].map((k) => [k, raw[k]])) };
        }
      }
      return { items: found, next: page.LastEvaluatedKey };
    },

    async getCoverage(pairs) {
      const items = await batchGet(doc, table, pairs.map((p) => missionKeys.coverage(p.caseId, p.code)), { consistent: true });
      return items.map((i) => stripKeys<CoverageMarker>(i));
    },

    async getCoverageAndRaisedRisks(pairs) {
      const items = await batchGet(doc, table, [...pairs.map((p) => missionKeys.coverage(p.caseId, p.code)), RISK_ROSTER_KEY], { consistent: true });
      const roster = items.find((i) => i.pk === RISK_ROSTER_KEY.pk && i.sk === RISK_ROSTER_KEY.sk);
      return { markers: items.filter((i) => i !== roster).map((i) => stripKeys<CoverageMarker>(i)), raised: raisedRisksOf(roster) };
    },
  };
}
