/** The import jobs' port: the job's record, its progress and the list of recent jobs. */
import type { IdempotencyClaim } from '../writes/records.ts';
import type { ImportJob, ImportProgress } from './import-job.ts';

export interface ImportJobStore {
  /** Saves a new job, with the Idempotency-Key's claim in the same transaction (ConflictError('idempotency') when taken). */
  createImportJob(job: ImportJob, claim?: IdempotencyClaim): Promise<void>;
  getImportJob(id: string): Promise<ImportJob | undefined>;
  /** Jobs, newest first. */
  listImportJobs(limit: number): Promise<ImportJob[]>;
  /**
   * Records a chunk: replaces the job's progress only if `rowsDone` is still `expectedRowsDone`
   * (false otherwise: another worker recorded this chunk first, or the job is gone).
   */
  recordImportProgress(id: string, expectedRowsDone: number, progress: ImportProgress): Promise<boolean>;
}
