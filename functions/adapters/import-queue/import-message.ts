/** The job queue's message: the job's id and which job it is, nothing else (no file name, no row, no filter). */
import { z } from 'zod';
import type { QueuedJobKind } from '#shared/imports/import-job.ts';

const messageSchema = z.object({ jobId: z.string().uuid(), kind: z.enum(['import', 'export']).default('import') }).strict();

export const importJobMessage = (body: string): { jobId: string; kind: QueuedJobKind } => messageSchema.parse(JSON.parse(body));

/** A message without a kind is an import, as every message was before exports ran as jobs. */
export const jobMessageBody = (jobId: string, kind: QueuedJobKind = 'import'): string =>
  JSON.stringify(kind === 'import' ? { jobId } : { jobId, kind });
