/**
 * The job queue's message as it is sent: the job's id and which job it is, nothing else (no file
 * name, no row, no filter). Apart from its reading (./import-message.ts, which checks it with zod)
 * so that the web function, which only sends, does not read zod at a cold start.
 */
import type { QueuedJobKind } from '#shared/imports/import-job.ts';

/** A message without a kind is an import, as every message was before exports ran as jobs. */
export const jobMessageBody = (jobId: string, kind: QueuedJobKind = 'import'): string =>
  JSON.stringify(kind === 'import' ? { jobId } : { jobId, kind });
