/** What the XLSX export's job needs of the web deps: the jobs' queue and the file store (503 where either is missing). */
import type { ExportJobQueue } from '#shared/case-safety/export-job.ts';
import type { ExportJobDeps } from '#shared/case-safety/start-export-job.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import type { BlobStore } from '#shared/ports/blob-store.ts';
import type { WebDeps } from '../env.ts';

const unavailable = () =>
  new ServiceUnavailableError('Exports need the file store and the job queue.', { wording: { key: 'exports.errors.unavailable' } });

/** The import jobs' queue runs exports too (a message of kind `export`). */
export function exportJobDeps(deps: WebDeps): ExportJobDeps {
  if (!deps.files || !deps.importQueue) throw unavailable();
  const queue: ExportJobQueue = deps.importQueue;
  return { ...deps, exportQueue: queue };
}

export function exportFiles(deps: WebDeps): WebDeps & { files: BlobStore } {
  if (!deps.files) throw unavailable();
  return { ...deps, files: deps.files };
}
