/** The import queue's message: the job's id, nothing else (no file name, no row). */
import { z } from 'zod';

const messageSchema = z.object({ jobId: z.string().uuid() }).strict();

export const importJobMessage = (body: string): { jobId: string } => messageSchema.parse(JSON.parse(body));
