/** The export jobs' port: the job's record and its end. */
import type { ExportJob } from './export-job.ts';

export type ExportJobEnd = Pick<ExportJob, 'status' | 'finishedAt'> & Partial<Pick<ExportJob, 'cases' | 'failure'>>;

export interface ExportJobStore {
  createExportJob(job: ExportJob): Promise<void>;
  getExportJob(id: string): Promise<ExportJob | undefined>;
  /** Records the job's end only if it is still queued (false otherwise: another delivery ended it first, or it is gone). */
  endExportJob(id: string, end: ExportJobEnd): Promise<boolean>;
}
