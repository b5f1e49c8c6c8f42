/**
 * Logged actions: what an MP did on a case, with evidence, public or
 * confidential, and a coordinator's verification. A joint letter is a logged
 * action that other MPs co-sign.
 */
import { z } from 'zod';
import { type ParliamentaryAction } from '../domain/parliamentary-actions.ts';
import { parliamentaryActionSchema } from '../domain/parliamentary-actions.schema.ts';
import { httpsUrl, isoDate, text } from '../domain/text.ts';

export const VERIFICATION_STATES = ['pending', 'verified', 'needs_more_info'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const VERIFICATION_LABELS: Record<VerificationState, string> = {
  pending: 'Awaiting verification',
  verified: 'Verified by a coordinator',
  needs_more_info: 'Coordinator asks for more information',
};

export interface Verification {
  state: VerificationState;
  /** What the coordinator asks for (needs_more_info) or noted. */
  note?: string;
  by?: string;
  at?: string;
}

/** An MP who co-signed a joint letter. */
export interface CoSignature {
  caseId: string;
  actionId: string;
  memberId: string;
  memberName: string;
  at: string;
}

/** A stored logged action. */
export interface LoggedAction {
  id: string;
  caseId: string;
  /** The MP who logged it: always the caller, never taken from the body. */
  memberId: string;
  memberName: string;
  type: ParliamentaryAction;
  /** The day it was done, YYYY-MM-DD. */
  date: string;
  description: string;
  /** https only: a parliamentary record, a published letter. */
  evidenceUrl?: string;
  /** May be shown publicly; false means coordinators and the author only. */
  public: boolean;
  verification: Verification;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Joint letters: who co-signed (read from their own items, not stored here). */
  coSigners?: CoSignature[];
}

export const actionIdSchema = z.string().uuid('Not an action id.');

/**
 * The body of `POST /api/cases/{id}/actions`.
 *
 * @example
 *   newActionSchema.parse({ type: 'parliamentary_question', date: '2026-11-20',
 *     description: 'Written question to the minister', evidenceUrl: 'https://parliament.example/q/1', public: true });
 */
export const newActionSchema = z
  .object({
    type: parliamentaryActionSchema,
    date: isoDate,
    description: text(2000),
    evidenceUrl: httpsUrl.optional(),
    public: z.boolean().default(false),
  })
  .strict();
export type NewActionInput = z.input<typeof newActionSchema>;

/** The author's corrections (after "needs more information"); type and date stay. */
export const editActionSchema = z
  .object({
    description: text(2000),
    evidenceUrl: httpsUrl.nullable(),
    public: z.boolean(),
  })
  .partial()
  .strict()
  .refine((u) => Object.keys(u).length > 0, { message: 'Send at least one field to change.', params: { key: 'validation.nothingToChange' } });
export type EditActionInput = z.infer<typeof editActionSchema>;

/** A coordinator's verdict on a logged action. Asking for more needs a note saying what. */
export const verificationSchema = z
  .object({
    state: z.enum(['verified', 'needs_more_info'], { error: 'Choose verified or needs_more_info.' }),
    note: text(1000).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.state === 'needs_more_info' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say what more is needed.', params: { key: 'pledges.errors.sayWhatIsNeeded' } });
    }
  });
export type VerificationInput = z.infer<typeof verificationSchema>;
