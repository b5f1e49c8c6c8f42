/** An import job as the API answers it and the progress page shows it: its row problems worded in the reader's language. */
import { z } from 'zod';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import { IMPORT_JOB_FAILURES, IMPORT_JOB_STATUSES, IMPORT_TARGETS, type ImportJob } from '#shared/imports/import-job.ts';
import type { RowError } from '#shared/imports/rows.ts';

export const rowErrorView = z.object({ row: z.number().int(), field: z.string(), message: z.string().describe("In the caller's language") });

export const importJobView = z.object({
  id: z.uuid(),
  what: z.enum(IMPORT_TARGETS),
  status: z.enum(IMPORT_JOB_STATUSES),
  fileName: z.string(),
  rowsTotal: z.number().int(),
  rowsDone: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(rowErrorView).describe('The first 1,000 problems, by row'),
  errorCount: z.number().int().describe('Every problem, including those past the first 1,000'),
  failure: z.enum(IMPORT_JOB_FAILURES).optional(),
  createdBy: z.uuid(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
});
export type ImportJobView = z.infer<typeof importJobView>;

/** Each row error with its message in the reader's language. */
export const wordedErrors = (t: Translator, errors: RowError[]) =>
  errors.map((e) => ({ row: e.row, field: e.field, message: fieldMessage(t, e.error) }));

export function jobView(t: Translator, job: ImportJob): ImportJobView {
  return {
    id: job.id, what: job.what, status: job.status, fileName: job.fileName, rowsTotal: job.rowsTotal, rowsDone: job.rowsDone,
    created: job.created, updated: job.updated, skipped: job.skipped, errors: wordedErrors(t, job.errors), errorCount: job.errorCount,
    ...(job.failure ? { failure: job.failure } : {}), createdBy: job.createdBy, createdAt: job.createdAt,
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  };
}
