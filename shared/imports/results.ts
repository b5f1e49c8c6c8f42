/** What an import answers, before the edge words each row error in the caller's language. */
import type { RowError } from './rows.ts';

export interface DryRunResult {
  dryRun: true;
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Rows a real run would store or find unchanged. */
  valid: number;
  errors: RowError[];
  toCreate: number;
  toUpdate: number;
}

export interface ImportResult {
  dryRun: false;
  created: number;
  updated: number;
  /** Rows not stored: rows with errors, and rows identical to what is stored. */
  skipped: number;
  errors: RowError[];
}
