/**
 * Action requests: a coordinator asks the missions posted in a country to act
 * on a case (an EU Guidelines action, by a due date). One mission answers for
 * the posting: it acknowledges, declines with a reason, or logs the action,
 * which marks the request done. A request still to be done is "open"; it is
 * overdue once its due date has passed.
 */
import { z } from 'zod';
import { countryCode } from '../domain/case.ts';
import { euActionCode } from '../domain/eu-guidelines.schema.ts';
import { isoDate, text } from '../domain/text.ts';

export * from './action-request-model.ts';

export const createRequestSchema = z
  .object({
    actionType: euActionCode,
    /** Defaults to the case's country. */
    country: countryCode.optional(),
    dueDate: isoDate,
    note: text(1000).optional(),
    /** Required (true) for a public-facing action on a case not consented as public. */
    publicActionCleared: z.literal(true).optional(),
  })
  .strict();
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

/** `createRequestSchema` with the due date checked against today (YYYY-MM-DD). */
export const createRequestSchemaOn = (today: string) =>
  createRequestSchema.extend({ dueDate: isoDate.refine((d) => d >= today, { message: 'The due date has passed.', params: { key: 'missions.errors.duePassed' } }) }).strict();

/** A mission's answer (acknowledge, decline) or the coordinator's withdrawal. */
export const respondSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('acknowledged'), mission: text(160).optional() }).strict(),
  z.object({ status: z.literal('declined'), reason: text(1000), mission: text(160).optional() }).strict(),
  z.object({ status: z.literal('withdrawn'), reason: text(1000).optional() }).strict(),
]);
export type RespondInput = z.infer<typeof respondSchema>;

export const requestListQuerySchema = z
  .object({
    status: z.enum(['open', 'closed']).default('open'),
    /** Coordinators choose; a diplomat always gets their country of posting. */
    country: countryCode.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export const requestIdSchema = z.string().uuid('Not a request id.');
