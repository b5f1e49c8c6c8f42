/** The job queue's message as it is received and checked (sent as ./job-message-body.ts writes it). */
import { z } from 'zod';
import type { QueuedJobKind } from '#shared/imports/import-job.ts';

const messageSchema = z.object({ jobId: z.string().uuid(), kind: z.enum(['import', 'export']).default('import') }).strict();

export const importJobMessage = (body: string): { jobId: string; kind: QueuedJobKind } => messageSchema.parse(JSON.parse(body));

export { jobMessageBody } from './job-message-body.ts';
