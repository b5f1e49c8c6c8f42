/** The coverage port: the aggregates the stream keeps, read in one Query per scope. */
import type { Counters } from './contributions.ts';

export interface AggregateRow {
  /** `<cc>`, `ALL`, `<cc>#DUE#<date>`, `REPORTS`, `REPORTS#OPEN#<receivedAt>` (countries); `<YYYY-MM>#<cc|ALL>` (months). */
  key: string;
  counters: Counters;
}

/** The open gaps the scheduled job counted (gap-counts.ts): codes and counts only. */
export interface GapCounts {
  /** When the job counted them (ISO 8601): the figures are as of then, up to 15 minutes ago. */
  countedAt: string;
  /** `<cc>` and `ALL` → gap kind (its rule's code) → open gaps. */
  counts: Record<string, Record<string, number>>;
}

export interface CoverageStore {
  /**
   * Every country row, the network's row, the open requests by due date, the
   * intake reports' rows, and the last gap count (absent before the first): one Query.
   */
  coverageByCountry(): Promise<{ rows: AggregateRow[]; gaps?: GapCounts }>;
  /** Replaces the gap count (one Put). */
  saveGapCounts(counts: GapCounts): Promise<void>;
  /** Month rows from `fromMonth` to `toMonth` inclusive (YYYY-MM), each country's and the network's: one Query. */
  coverageByMonth(fromMonth: string, toMonth: string): Promise<AggregateRow[]>;
}
