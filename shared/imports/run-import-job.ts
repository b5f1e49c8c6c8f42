/**
 * The import worker (the Lambda on AWS, the local queue's poller in `npm start` and the tests):
 * reads the job's file, checks every row once, then stores the rows in chunks of
 * IMPORT_CHUNK_ROWS, recording after each chunk the rows done and the totals with a write
 * conditioned on the rows done before it. A worker that stopped mid-file resumes after the last
 * chunk recorded; the chunk it was in is stored again, which creates nothing twice (a created
 * case's id comes from its job and row; an externalId or an address already there is found).
 * When the last chunk is recorded the file is deleted.
 */
import type { Logger } from '../ports/logger.ts';
import { silentLogger } from '../ports/logger.ts';
import type { CoreDeps } from '../deps.ts';
import { isActiveMember } from '../domain/member.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { caseIdForRow, IMPORT_CHUNK_ROWS, importFileKey, MAX_KEPT_ROW_ERRORS, type ImportJob, type ImportJobFailure, type ImportProgress } from './import-job.ts';
import { prepareCaseRows, storeCaseRows } from './import-cases.ts';
import { prepareMemberRows, storeMemberRows } from './import-members.ts';
import type { RowError, RowInput } from './rows.ts';
import { readSheet } from './sheet.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';

export interface ImportWorkerDeps extends CoreDeps {
  files: BlobStore;
  log?: Logger;
}

export interface RunImportOptions {
  /** @default IMPORT_CHUNK_ROWS */
  chunkRows?: number;
  /** Stop after this many chunks (tests drive a job chunk by chunk). */
  maxChunks?: number;
  /** Stop after the chunk that ends past this time (the Lambda's time budget); the job is queued again. */
  stopAt?: Date;
}

/** finished/failed: nothing left to do; paused: rows left, queue it again; superseded: another worker recorded a chunk first. */
export type ImportRunOutcome = 'finished' | 'failed' | 'paused' | 'superseded' | 'unknown';

interface Importer {
  prepare(sheet: Awaited<ReturnType<typeof readSheet>>): { valid: Array<RowInput<never>>; errors: RowError[] };
  store(rows: Array<RowInput<never>>, at: string): Promise<{ created: number; updated: number; errors: RowError[] }>;
}

function importerFor(deps: ImportWorkerDeps, job: ImportJob, creator: MemberActor): Importer {
  if (job.what === 'cases') {
    return {
      prepare: (sheet) => prepareCaseRows(sheet) as never,
      store: (rows, at) => storeCaseRows(deps, creator, rows, at, (row) => caseIdForRow(job.id, row)),
    };
  }
  return {
    prepare: (sheet) => prepareMemberRows(sheet) as never,
    store: async (rows, at) => ({ ...(await storeMemberRows(deps, creator, rows, at)), updated: 0, errors: [] }),
  };
}

export async function runImportJob(deps: ImportWorkerDeps, jobId: string, options: RunImportOptions = {}): Promise<ImportRunOutcome> {
  const log = deps.log ?? silentLogger;
  let job = await deps.store.getImportJob(jobId);
  if (!job) return 'unknown';
  const key = importFileKey(job.id);
  if (job.status === 'finished' || job.status === 'failed') {
    // Delivered again after the end (the file's deletion may not have happened): nothing but the file to remove.
    await deps.files.delete(key);
    return job.status;
  }
  const fail = async (failure: ImportJobFailure) => {
    const at = deps.clock.now().toISOString();
    await deps.store.recordImportProgress(job!.id, job!.rowsDone, { ...progressOf(job!), status: 'failed', failure, updatedAt: at, finishedAt: at });
    await deps.files.delete(key);
    log.error('import job failed', { jobId, failure, rowsDone: job!.rowsDone });
    return 'failed' as const;
  };
  // The creator confirmed as a coordinator; one demoted or deactivated since may no longer import.
  const creator = await deps.store.getMember(job.createdBy);
  if (!creator || creator.role !== 'coordinator' || !isActiveMember(creator)) return fail('notAllowed');
  const blob = await deps.files.get(key);
  if (!blob) return fail('fileMissing');
  let prepared: ReturnType<Importer['prepare']>;
  const importer = importerFor(deps, job, creator);
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(blob.body, job.kind);
    prepared = importer.prepare(sheet);
  } catch {
    return fail('unreadable');
  }

  const size = Math.max(1, options.chunkRows ?? IMPORT_CHUNK_ROWS);
  let chunks = 0;
  for (;;) {
    const from = job.rowsDone;
    const slice = sheet.rows.slice(from, from + size);
    const first = slice[0]?.row ?? Infinity;
    const last = slice.at(-1)?.row ?? -Infinity;
    const inChunk = (r: { row: number }) => r.row >= first && r.row <= last;
    const at = deps.clock.now().toISOString();
    const stored = await importer.store(prepared.valid.filter(inChunk), at);
    const problems = [...prepared.errors.filter(inChunk), ...stored.errors].sort((a, b) => a.row - b.row);
    const rowsDone = from + slice.length;
    const finished = rowsDone >= sheet.rows.length;
    const next: ImportProgress = {
      rowsDone, status: finished ? 'finished' : 'running', updatedAt: at, ...(finished ? { finishedAt: at } : {}),
      created: job.created + stored.created,
      updated: job.updated + stored.updated,
      skipped: job.skipped + slice.length - stored.created - stored.updated,
      errors: [...job.errors, ...problems.map(keptError)].slice(0, MAX_KEPT_ROW_ERRORS),
      errorCount: job.errorCount + problems.length,
    };
    if (!(await deps.store.recordImportProgress(job.id, from, next))) {
      log.info('import chunk recorded by another worker', { jobId, rowsDone: from });
      return 'superseded';
    }
    job = { ...job, ...next };
    chunks++;
    log.info('import chunk done', { jobId, rowsDone: job.rowsDone, rowsTotal: job.rowsTotal });
    if (finished) break;
    if (options.maxChunks !== undefined && chunks >= options.maxChunks) return 'paused';
    if (options.stopAt && deps.clock.now() >= options.stopAt) return 'paused';
  }

  // An import that stored nothing leaves no audit line, as one run within the request.
  if (job.created + job.updated > 0) {
    await deps.store.appendAudit(auditEntry(deps.clock.now().toISOString(), creator, job.what === 'cases' ? 'cases.imported' : 'members.imported'));
  }
  await deps.files.delete(key);
  log.info('import job finished', { jobId, created: job.created, updated: job.updated, skipped: job.skipped, errors: job.errorCount });
  return 'finished';
}

const progressOf = (job: ImportJob): ImportProgress => ({
  rowsDone: job.rowsDone, status: job.status, created: job.created, updated: job.updated, skipped: job.skipped,
  errors: job.errors, errorCount: job.errorCount, updatedAt: job.updatedAt,
});

/** The error as the job keeps it: its wording's key, code and limits; a schema's message, never a cell. */
const keptError = (e: RowError): RowError => ({
  row: e.row, field: e.field,
  error: { path: e.error.path, message: e.error.message, ...(e.error.code ? { code: e.error.code } : {}), ...(e.error.key ? { key: e.error.key } : {}), ...(e.error.params ? { params: e.error.params } : {}) },
});
