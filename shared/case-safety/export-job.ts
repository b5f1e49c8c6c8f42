/**
 * The XLSX export as a job: a workbook carries each case's timeline and actions (one Query of
 * each case's partition), more than one request may read within its budget of 3 DynamoDB calls.
 * The request audits the export, saves this record and queues it on the import jobs' queue
 * (the message's `kind` says which job); the worker builds the workbook and keeps it under
 * `exports/<jobId>` in the files bucket. Both the record and the file go after two days.
 */
import type { Locale } from '../i18n/languages.ts';

export const EXPORT_JOB_STATUSES = ['queued', 'finished', 'failed'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

/** Why a job failed: its coordinator may no longer export (demoted or deactivated since). */
export const EXPORT_JOB_FAILURES = ['notAllowed'] as const;
export type ExportJobFailure = (typeof EXPORT_JOB_FAILURES)[number];

/** How long the record and the workbook are kept: a file of the network's cases is not kept for long. */
export const EXPORT_KEPT_DAYS = 2;

export interface ExportJob {
  id: string;
  /** The coordinator who asked: the only one who reads the job and downloads its file. */
  createdBy: string;
  /** The case list's filters, as validated (no paging). */
  filters: Record<string, string>;
  /** The labels' language beside the codes. */
  locale: Locale;
  status: ExportJobStatus;
  /** Cases in the workbook, once finished. */
  cases?: number;
  failure?: ExportJobFailure;
  createdAt: string;
  finishedAt?: string;
  /** Epoch seconds: DynamoDB's TTL removes the record then. */
  expiresAt: number;
}

/** Where the finished workbook waits (an expiry of EXPORT_KEPT_DAYS on the prefix removes it). */
export const exportFileKey = (jobId: string): string => `exports/${jobId}`;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The queue that runs jobs (the import jobs' queue: SQS on AWS, the DynamoDB-backed one locally). */
export interface ExportJobQueue {
  enqueue(jobId: string, kind: 'export'): Promise<void>;
}
