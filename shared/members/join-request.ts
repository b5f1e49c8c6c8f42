/**
 * "Join the network": MPs and diplomats ask to join; coordinators approve
 * (which creates the member and emails an invitation) or reject. The form
 * never reveals whether an address already belongs to a member, and it is
 * rate-limited per address and per client.
 */
import { z } from 'zod';
import { countryCode } from '../domain/case.ts';
import { emailSchema, type Role } from '../domain/member.ts';
import { text } from '../domain/text.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { interestsSchema } from './member.schema.ts';

export const JOIN_ROLES = ['mp', 'diplomat'] as const satisfies readonly Role[];

export const joinRequestSchema = z
  .object({
    name: text(120),
    email: emailSchema,
    role: z.enum(JOIN_ROLES),
    /** The parliament (MPs) or the mission (diplomats). */
    institution: text(160),
    country: countryCode,
    message: text(1000).optional(),
    /** The countries and themes the applicant follows: kept on the member at approval (digests, alerts). */
    interests: interestsSchema.optional(),
  })
  .strict();
export type JoinRequestInput = z.infer<typeof joinRequestSchema>;

export const JOIN_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type JoinStatus = (typeof JOIN_STATUSES)[number];

export interface JoinRequest extends JoinRequestInput {
  id: string;
  status: JoinStatus;
  createdAt: string;
  decidedAt?: string;
  decidedBy?: string;
  /** Set on approval when the address already belonged to a member (no second account). */
  outcome?: 'member_created' | 'already_member';
  /** The language the applicant used to ask (their page's): the invitation is written in it. */
  language?: UiLanguage;
  /** Why a coordinator rejected it; the applicant is told, in their language. Coordinators only. */
  reason?: string;
  version: number;
}

/** A rejection says why: the join page promises the applicant an answer. */
export const decisionSchema = z.object({ reason: text(500) }).strict();
