/** The intake port: reports in partitions of their own, the contact details apart, reads with their audit line. */
import type { Page } from '../paging/page.ts';
import type { AuditEntry } from '../writes/records.ts';
import type { Report, ReportContact, ReportStatus } from './report.ts';

/** What the triage page shows and counts of each report: nothing of its content. */
export type ReportSummary = Pick<Report, 'id' | 'reference' | 'status' | 'receivedAt' | 'firstTriagedAt' | 'immediateDanger' | 'country'>;
/** What the counts need. */
export type ReportTiming = Pick<ReportSummary, 'status' | 'receivedAt' | 'firstTriagedAt'>;

export interface ReportStore {
  /** ConflictError when a report with this id exists (an email delivered twice). */
  createReport(report: Report, contact: ReportContact | undefined, audit: AuditEntry): Promise<void>;
  /** Writes the audit line first, then reads the report and its contact: a read that cannot be audited does not happen. */
  readReport(id: string, audit: AuditEntry): Promise<{ report?: Report; contact?: ReportContact }>;
  /** Newest first; all statuses, or one. The audit line is written first, as for one report. */
  listReports(status: ReportStatus | undefined, limit: number, audit: AuditEntry): Promise<Page<Report>>;
  /** The newest `limit` reports' summaries, newest first, for the triage page (one Query, after the audit line). */
  reportSummaries(limit: number, audit: AuditEntry): Promise<{ items: ReportSummary[]; truncated: boolean }>;
  /**
   * Replaces the report, conditioned on `expectedVersion` (PreconditionFailedError otherwise).
   * `expiresAt` (epoch seconds) sets the DynamoDB TTL on the report and its contact: declined reports.
   * With `converted`, the case it became records it as its source, beside the case's sensitive fields, in the same write.
   */
  saveReport(report: Report, expectedVersion: number, audit: AuditEntry, expiresAt?: number, converted?: { caseId: string }): Promise<void>;
}
