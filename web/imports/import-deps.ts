/** What starting an import job needs of the web deps: the files bucket and the jobs' queue (503 where either is missing). */
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import type { ImportJobDeps } from '#shared/imports/start-import-job.ts';
import type { WebDeps } from '../env.ts';

export function importJobDeps(deps: WebDeps): ImportJobDeps {
  if (!deps.files || !deps.importQueue) {
    throw new ServiceUnavailableError('Imports need the file store and the import queue.', { wording: { key: 'imports.errors.unavailable' } });
  }
  return { ...deps, files: deps.files, importQueue: deps.importQueue };
}
