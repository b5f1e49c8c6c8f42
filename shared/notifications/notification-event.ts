/**
 * What the web function hands over after an answer, for an email at once:
 * ids only. The sender reads the item again and decides who may be told.
 */
import { z } from 'zod';

export const notificationEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('newRequest'), caseId: z.uuid(), requestId: z.uuid() }).strict(),
  z.object({ kind: z.literal('actionVerified'), caseId: z.uuid(), actionId: z.uuid() }).strict(),
]);
export type NotificationEvent = z.infer<typeof notificationEventSchema>;

/** Where events go: carried out after the answer (in-process locally, an asynchronous Lambda invocation on AWS). */
export interface NotificationQueue {
  enqueue(event: NotificationEvent): Promise<void>;
}
