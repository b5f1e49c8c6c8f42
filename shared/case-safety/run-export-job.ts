/**
 * The export worker (the import worker Lambda on AWS, the local queue's poller in `npm start`
 * and the tests), for a message of kind `export`: builds the workbook as its coordinator sees
 * the cases, in the language they asked in, keeps it under `exports/<jobId>`, then records the
 * job finished. A second delivery of a finished job does nothing; one that arrives while the
 * first is still building writes the same workbook again, and only one end is recorded.
 */
import type { Store } from '../ports/store.ts';
import type { ExportJobStore } from './export-job-store.ts';
import type { WorkbookDeps } from './safety-deps.ts';
import { isActiveMember, type Viewer } from '../domain/member.ts';
import { loadCatalog } from '../i18n/catalog.ts';
import { translatorFor } from '../i18n/translator.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { Logger } from '../ports/logger.ts';
import { silentLogger } from '../ports/logger.ts';
import { exportFileKey, XLSX_CONTENT_TYPE } from './export-job.ts';
import { buildCasesWorkbook } from './export-workbook.ts';

/** Running the export: the job read and ended, its coordinator read, the workbook built, and its file written. */
export type ExportWorkerDeps = WorkbookDeps & {
  store: Pick<ExportJobStore, 'getExportJob' | 'endExportJob'> & Pick<Store, 'getMember'>;
  files: Pick<BlobStore, 'put'>;
  log?: Logger;
};

export type ExportRunOutcome = 'finished' | 'failed' | 'unknown';

export async function runExportJob(deps: ExportWorkerDeps, jobId: string): Promise<ExportRunOutcome> {
  const log = deps.log ?? silentLogger;
  const job = await deps.store.getExportJob(jobId);
  if (!job) return 'unknown';
  if (job.status !== 'queued') return job.status;
  // Asked as a coordinator; one demoted or deactivated since gets no file.
  const creator = await deps.store.getMember(job.createdBy);
  if (!creator || creator.role !== 'coordinator' || !isActiveMember(creator)) {
    await deps.store.endExportJob(job.id, { status: 'failed', failure: 'notAllowed', finishedAt: deps.clock.now().toISOString() });
    log.error('export job failed', { jobId, failure: 'notAllowed' });
    return 'failed';
  }
  const viewer: Viewer = { kind: 'member', id: creator.id, email: creator.email, name: creator.name, role: creator.role };
  // The worker is its own process: the labels' language may not be loaded yet.
  await loadCatalog(job.locale);
  const workbook = await buildCasesWorkbook(deps, viewer, job.filters, translatorFor(job.locale));
  await deps.files.put(exportFileKey(job.id), { body: workbook.bytes, contentType: XLSX_CONTENT_TYPE });
  await deps.store.endExportJob(job.id, { status: 'finished', cases: workbook.rows, finishedAt: deps.clock.now().toISOString() });
  log.info('export job finished', { jobId, cases: workbook.rows });
  return 'finished';
}
