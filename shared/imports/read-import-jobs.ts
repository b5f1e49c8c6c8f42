/**
 * Reading import jobs: coordinators only, any coordinator's job. Imports are of the network's
 * shared records (cases and members every coordinator manages), a coordinator may pick up a
 * colleague's import, and a job holds no cell of the file: its name, counts and problems by row.
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { ImportJobStore } from './import-job-store.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import type { ImportJob } from './import-job.ts';

/** Jobs listed on the import page. */
export const RECENT_IMPORT_JOBS = 10;

const jobId = z.uuid();

export async function getImportJobFor(deps: { store: Pick<ImportJobStore, 'getImportJob'> }, viewer: Viewer, id: string): Promise<ImportJob> {
  requireRole(viewer, 'coordinator');
  // A malformed id names no job: the same 404 as an unknown one, without a read.
  const job = jobId.safeParse(id).success ? await deps.store.getImportJob(id) : undefined;
  if (!job) throw new NotFoundError('import');
  return job;
}

export async function recentImportJobs(deps: { store: Pick<ImportJobStore, 'listImportJobs'> }, viewer: Viewer): Promise<ImportJob[]> {
  requireRole(viewer, 'coordinator');
  return deps.store.listImportJobs(RECENT_IMPORT_JOBS);
}
