/** An export job as the API answers it: its state, and once finished where its workbook downloads from. */
import { z } from 'zod';
import { EXPORT_JOB_FAILURES, EXPORT_JOB_STATUSES, type ExportJob } from '#shared/case-safety/export-job.ts';

export const exportJobView = z.object({
  id: z.uuid(),
  status: z.enum(EXPORT_JOB_STATUSES),
  filters: z.record(z.string(), z.string()).describe('The case list’s filters the workbook follows'),
  cases: z.number().int().optional().describe('Cases in the workbook, once finished'),
  failure: z.enum(EXPORT_JOB_FAILURES).optional(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  expiresAt: z.string().describe('When the job and its workbook are deleted'),
  file: z.string().optional().describe('Where the finished workbook downloads from'),
});
export type ExportJobView = z.infer<typeof exportJobView>;

export const exportJobPath = (id: string): string => `/api/exports/${id}`;
export const exportFilePath = (id: string): string => `/api/exports/${id}/file`;

export function exportView(job: ExportJob): ExportJobView {
  return {
    id: job.id, status: job.status, filters: job.filters,
    ...(job.cases !== undefined ? { cases: job.cases } : {}),
    ...(job.failure ? { failure: job.failure } : {}),
    createdAt: job.createdAt,
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    expiresAt: new Date(job.expiresAt * 1000).toISOString(),
    ...(job.status === 'finished' ? { file: exportFilePath(job.id) } : {}),
  };
}
