/**
 * Confirming an import: the file is checked once more (a file that cannot be read is refused
 * whole, 400, and nothing is stored), kept in the files bucket under the job's own key, the
 * job saved (queued, no row done) and queued for the worker. The same Idempotency-Key (the
 * API's header, or the import page's confirm token) gives the same job, never a second import.
 */
import { createHash, randomUUID } from 'node:crypto';
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { once, type OnceDeps } from '../writes/idempotency.ts';
import type { ImportJobStore } from './import-job-store.ts';
import { importFileKey, type ImportJob, type ImportJobQueue, type ImportTarget } from './import-job.ts';
import { prepareCaseRows } from './import-cases.ts';
import { prepareMemberRows } from './import-members.ts';
import { readSheet, type SheetKind } from './sheet.ts';

/** Starting a job: the Idempotency-Key's records and the clock, the job's two store methods, the files bucket, the queue. */
export type ImportJobDeps = OnceDeps & { store: Pick<ImportJobStore, 'createImportJob' | 'getImportJob'> } & {
  files: BlobStore;
  importQueue: ImportJobQueue;
};

export interface ImportRequest {
  what: ImportTarget;
  file: { bytes: Uint8Array; kind: SheetKind };
  fileName: string;
  /** The API's Idempotency-Key, or the page's confirm token. */
  idempotencyKey?: string;
}

const CONTENT_TYPES: Record<SheetKind, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Answers the job's id, a new job's or the one the same key started earlier. */
export async function startImportJob(deps: ImportJobDeps, viewer: Viewer, request: ImportRequest): Promise<{ jobId: string; replayed: boolean }> {
  const actor = requireRole(viewer, 'coordinator');
  const sheet = await readSheet(request.file.bytes, request.file.kind);
  // Throws for a header the import cannot use: refused before anything is kept.
  if (request.what === 'cases') prepareCaseRows(sheet);
  else prepareMemberRows(sheet);
  const sha256 = sha256Hex(request.file.bytes);

  const outcome = await once(deps, `imports:${actor.id}`, request.idempotencyKey, { what: request.what, sha256 }, async (claimFor) => {
    const id = randomUUID();
    const at = deps.clock.now().toISOString();
    const job: ImportJob = {
      id, what: request.what, createdBy: actor.id, fileName: request.fileName.slice(0, 120), sha256, kind: request.file.kind,
      rowsTotal: sheet.rows.length, rowsDone: 0, status: 'queued', created: 0, updated: 0, skipped: 0, errors: [], errorCount: 0,
      createdAt: at, updatedAt: at,
    };
    // The file first: a saved job always has its file. A job that cannot be saved takes its file back.
    await deps.files.put(importFileKey(id), { body: request.file.bytes, contentType: CONTENT_TYPES[request.file.kind] });
    try {
      await deps.store.createImportJob(job, claimFor?.({ status: 202, body: { id }, location: `/api/imports/${id}` }));
    } catch (error) {
      await deps.files.delete(importFileKey(id));
      throw error;
    }
    await deps.importQueue.enqueue(id);
    return id;
  });
  if (typeof outcome === 'string') return { jobId: outcome, replayed: false };
  const jobId = (outcome.response.body as { id: string }).id;
  // A replay of a confirm whose queueing was lost (the process stopped after the save): queued again; a job runs its chunks once whoever runs it.
  const job = await deps.store.getImportJob(jobId);
  if (job?.status === 'queued') await deps.importQueue.enqueue(jobId);
  return { jobId, replayed: true };
}
