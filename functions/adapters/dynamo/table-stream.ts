/**
 * What reads the table's stream, record by record and in order: the coverage
 * aggregator (figures), the home projector (member homes) and the raised-risk
 * roster (the gap view's risk gaps). The Lambda and the local poller both run
 * this. A record counts as done once all applied it; if one fails, the record
 * is read again, and each copes with seeing it twice (the aggregator by its
 * marker, the projectors by reconciling).
 */
import type { CoverageAggregator, StreamRecordLike } from './coverage-aggregator.ts';
import type { HomeProjector } from './home-projector.ts';
import type { RiskGapRosterProjector } from './risk-gap-roster.ts';

export interface StreamOutcome {
  applied: number;
  replayed: number;
  /** The first record that failed: it and every record after it are to be read again. */
  failedAt?: number;
  error?: unknown;
}

export interface StreamConsumer {
  applyInOrder(records: readonly StreamRecordLike[]): Promise<StreamOutcome>;
}

export function tableStreamConsumer(
  coverage: Pick<CoverageAggregator, 'apply'>, homes: Pick<HomeProjector, 'apply'>, riskRoster: Pick<RiskGapRosterProjector, 'apply'>,
): StreamConsumer {
  return {
    async applyInOrder(records) {
      let applied = 0;
      let replayed = 0;
      for (const [index, record] of records.entries()) {
        try {
          const figures = await coverage.apply(record);
          const home = await homes.apply(record);
          const roster = await riskRoster.apply(record);
          if (figures === 'applied' || home === 'applied' || roster === 'applied') applied++;
          else if (figures === 'replayed') replayed++;
        } catch (error) {
          return { applied, replayed, failedAt: index, error };
        }
      }
      return { applied, replayed };
    },
  };
}
