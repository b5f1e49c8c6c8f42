/**
 * Reading an export job and downloading its workbook: only the coordinator who asked for it.
 * The workbook is that coordinator's copy of the network's cases; no one else needs its link,
 * and a job id seen in a log or a shared screen must not hand the file to anyone else. Any
 * other caller (another coordinator included) gets the same 404 as for a job that does not
 * exist; a member who is not a coordinator gets 403 before any read, as for every export.
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { ExportJobReadDeps } from './safety-deps.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import type { BlobStore, StoredBlob } from '../ports/blob-store.ts';
import { exportFileKey, XLSX_CONTENT_TYPE, type ExportJob } from './export-job.ts';

const jobIdSchema = z.uuid();

export async function getExportJobFor(deps: ExportJobReadDeps, viewer: Viewer, id: string): Promise<ExportJob> {
  const actor = requireRole(viewer, 'coordinator');
  // A malformed id names no job: the same 404 as an unknown one, without a read.
  const job = jobIdSchema.safeParse(id).success ? await deps.store.getExportJob(id) : undefined;
  // The record outlives its TTL until DynamoDB removes it: an expired job is gone for the reader too.
  const expired = job !== undefined && job.expiresAt <= Math.floor(deps.clock.now().getTime() / 1000);
  if (!job || job.createdBy !== actor.id || expired) throw new NotFoundError('export');
  return job;
}

/** The name the browser saves the workbook under. */
export const EXPORT_FILE_NAME = 'tandem-cases.xlsx';
/** A handed-out link works this long: enough to start the download, too short to pass around. */
const DOWNLOAD_LINK_SECONDS = 60;

/**
 * The finished workbook for the coordinator who asked: a short-lived link to the file store
 * where there is one (S3), the bytes otherwise (locally). 409 while it is being built; 404 for a
 * failed job or a file already gone.
 */
export async function openExportFile(deps: ExportJobReadDeps & { files: Pick<BlobStore, 'downloadUrl' | 'get'> }, viewer: Viewer, id: string): Promise<{ url: string } | { blob: StoredBlob }> {
  const job = await getExportJobFor(deps, viewer, id);
  if (job.status === 'failed') throw new NotFoundError('export');
  if (job.status !== 'finished') throw new ConflictError('The workbook is not built yet.', { wording: { key: 'exports.errors.notReady' } });
  const key = exportFileKey(job.id);
  const url = await deps.files.downloadUrl(key, { filename: EXPORT_FILE_NAME, contentType: XLSX_CONTENT_TYPE, expiresInSeconds: DOWNLOAD_LINK_SECONDS });
  if (url) return { url };
  const blob = await deps.files.get(key);
  if (!blob) throw new NotFoundError('export');
  return { blob };
}
