/**
 * What reads the table's stream, record by record and in order: the coverage
 * aggregator (figures), then each projection kept from the stream — the member
 * homes (home-projector.ts), the alert reach (reach-projector.ts), the gap view's
 * raised-risk roster (risk-gap-roster.ts), the digest board (digest-projector.ts), the alerts'
 * rosters under their case (alert-roster-projector.ts), the cases' names on what the member page
 * lists (case-name-projector.ts).
 * The Lambda and the local poller both run this. A record counts as done once
 * all applied it; if any fails, the record is read again, and each copes with
 * seeing it twice (the aggregator by its marker, the projectors by reconciling).
 */
import type { ApplyOutcome, CoverageAggregator, StreamRecordLike } from './coverage-aggregator.ts';

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

/** A projection the stream keeps: it re-reads what a record touched, so a replay changes nothing. */
export interface StreamProjection {
  apply(record: StreamRecordLike): Promise<ApplyOutcome>;
}

export function tableStreamConsumer(coverage: Pick<CoverageAggregator, 'apply'>, ...projections: StreamProjection[]): StreamConsumer {
  return {
    async applyInOrder(records) {
      let applied = 0;
      let replayed = 0;
      for (const [index, record] of records.entries()) {
        try {
          const figures = await coverage.apply(record);
          let projected = false;
          for (const projection of projections) if ((await projection.apply(record)) === 'applied') projected = true;
          if (figures === 'applied' || projected) applied++;
          else if (figures === 'replayed') replayed++;
        } catch (error) {
          return { applied, replayed, failedAt: index, error };
        }
      }
      return { applied, replayed };
    },
  };
}
