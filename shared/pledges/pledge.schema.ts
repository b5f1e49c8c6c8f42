/**
 * Pledges: an MP adopts a case and names the actions they commit to. One per
 * MP per case; a pledge that asks to twin holds the case's single twin place.
 */
import { z } from 'zod';
import { type ParliamentaryAction } from '../domain/parliamentary-actions.ts';
import { parliamentaryActionListSchema } from '../domain/parliamentary-actions.schema.ts';
import { text } from '../domain/text.ts';

/** A stored pledge. Its key is (caseId, memberId): an MP cannot pledge twice. */
export interface Pledge {
  caseId: string;
  memberId: string;
  /** The MP's name when they pledged, shown to other members for de-confliction. */
  memberName: string;
  actions: ParliamentaryAction[];
  note?: string;
  /** True while this MP is the case's twin (kept in step with the case's twin lock). */
  twin: boolean;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-locking counter, exposed as the ETag. */
  version: number;
}

/** The case's twin lock: at most one per case, claimed by a conditional write. */
export interface TwinLock {
  caseId: string;
  memberId: string;
  since: string;
}

export const memberIdSchema = z.string().uuid('Not a member id.');

const pledgeFields = {
  actions: parliamentaryActionListSchema,
  note: text(1000).optional(),
  twin: z.boolean(),
};

/**
 * The body of `POST /api/cases/{id}/pledges`. There is no member field: a
 * pledge is always the caller's own.
 *
 * @example
 *   createPledgeSchema.parse({ actions: ['prison_visit'], twin: true });
 */
export const createPledgeSchema = z
  .object({ ...pledgeFields, twin: pledgeFields.twin.default(false) })
  .strict();
export type CreatePledgeInput = z.input<typeof createPledgeSchema>;

/** The body of `PATCH /api/cases/{id}/pledges/{memberId}`: any of the fields, at least one. */
export const updatePledgeSchema = z
  .object({ ...pledgeFields, note: text(1000).nullable() })
  .partial()
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'Send at least one field to change.', params: { key: 'validation.nothingToChange' } });
export type UpdatePledgeInput = z.infer<typeof updatePledgeSchema>;
