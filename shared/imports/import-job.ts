/**
 * An import that runs as a job: the confirm stores the checked file in the files bucket
 * (`imports/<jobId>`), saves this record and queues the job; a worker imports the rows in
 * chunks, recording after each chunk how many rows are done, so the progress page can show it
 * and a worker that stopped mid-file resumes where the last recorded chunk ended.
 */
import { createHash } from 'node:crypto';
import type { FieldError } from '../errors/index.ts';
import type { SheetKind } from './sheet.ts';

export const IMPORT_TARGETS = ['cases', 'members'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'finished', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Why a job failed: its file was gone, could not be read, or its creator may no longer import. */
export const IMPORT_JOB_FAILURES = ['fileMissing', 'unreadable', 'notAllowed'] as const;
export type ImportJobFailure = (typeof IMPORT_JOB_FAILURES)[number];

/**
 * A row's problem as the job keeps it: the row, the column and the field error (a catalog key,
 * a code and the schema's limits), never the cell's content.
 */
export interface JobRowError {
  row: number;
  field: string;
  error: FieldError;
}

export interface ImportJob {
  id: string;
  what: ImportTarget;
  /** The coordinator who confirmed it. */
  createdBy: string;
  fileName: string;
  /** SHA-256 of the file, hex: the file that was checked. */
  sha256: string;
  kind: SheetKind;
  rowsTotal: number;
  rowsDone: number;
  status: ImportJobStatus;
  created: number;
  updated: number;
  skipped: number;
  /** The first MAX_KEPT_ROW_ERRORS problems, by row; `errorCount` counts them all. */
  errors: JobRowError[];
  errorCount: number;
  failure?: ImportJobFailure;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string;
}

/** Problems kept on the job: a DynamoDB item holds 400 KB, and a thousand rows to fix is already more than a page can help with. */
export const MAX_KEPT_ROW_ERRORS = 1_000;

/** Rows imported between two progress records. */
export const IMPORT_CHUNK_ROWS = 200;

/** Where the job's file waits in the files bucket (an expiry on the prefix removes what a job never finished). */
export const importFileKey = (jobId: string): string => `imports/${jobId}`;

/**
 * The id of the case a job creates from a row: the same on every run of that chunk, so a
 * worker that stopped after writing a chunk but before recording it creates nothing twice.
 * A name-based UUID (version 5 layout) from the job id and the row number.
 */
export function caseIdForRow(jobId: string, row: number): string {
  const hash = createHash('sha1').update(`${jobId}#${row}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Which job a message runs: an import (the default, as messages were before exports) or an XLSX export. */
export type QueuedJobKind = 'import' | 'export';

/** Where confirmed jobs go to be run (SQS on AWS, the DynamoDB-backed queue locally). */
export interface ImportJobQueue {
  enqueue(jobId: string, kind?: QueuedJobKind): Promise<void>;
}

/** The record of one chunk: the job's totals after it, written only if no other worker recorded it first. */
export type ImportProgress = Pick<ImportJob, 'rowsDone' | 'status' | 'created' | 'updated' | 'skipped' | 'errors' | 'errorCount' | 'updatedAt'>
  & Partial<Pick<ImportJob, 'finishedAt' | 'failure'>>;
