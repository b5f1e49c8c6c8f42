/** The coverage port: the aggregates the stream keeps, read in one Query per scope. */
import type { Counters } from './contributions.ts';

export interface AggregateRow {
  /** `<cc>`, `ALL`, `<cc>#DUE#<date>` (countries); `<YYYY-MM>#<cc|ALL>` (months). */
  key: string;
  counters: Counters;
}

export interface CoverageStore {
  /** Every country row, the network's row and the open requests by due date: one Query. */
  coverageByCountry(): Promise<AggregateRow[]>;
  /** Month rows from `fromMonth` to `toMonth` inclusive (YYYY-MM), each country's and the network's: one Query. */
  coverageByMonth(fromMonth: string, toMonth: string): Promise<AggregateRow[]>;
}
