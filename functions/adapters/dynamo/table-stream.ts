/**
 * What reads the table's stream, record by record and in order: the coverage
 * aggregator (figures), the home projector (member homes) and the digest
 * projector (the digest board). The Lambda and the local poller both run
 * this. A record counts as done once each applied it; if any fails, the
 * record is read again, and each copes with seeing it twice (the aggregator
 * by its marker, the projectors by reconciling).
 */
import type { CoverageAggregator, StreamRecordLike } from './coverage-aggregator.ts';
import type { DigestProjector } from './digest-projector.ts';
import type { HomeProjector } from './home-projector.ts';

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
  coverage: Pick<CoverageAggregator, 'apply'>, homes: Pick<HomeProjector, 'apply'>, digests: Pick<DigestProjector, 'apply'>,
): StreamConsumer {
  return {
    async applyInOrder(records) {
      let applied = 0;
      let replayed = 0;
      for (const [index, record] of records.entries()) {
        try {
          const figures = await coverage.apply(record);
          const home = await homes.apply(record);
          const digest = await digests.apply(record);
          if (figures === 'applied' || home === 'applied' || digest === 'applied') applied++;
          else if (figures === 'replayed') replayed++;
        } catch (error) {
          return { applied, replayed, failedAt: index, error };
        }
      }
      return { applied, replayed };
    },
  };
}
