/**
 * What the network's JSON API sends, as zod schemas: they type the handlers' answers and write
 * their components of `/api/openapi.json`.
 */
import { z } from 'zod';
import { ROLES } from '#shared/domain/member.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { JOIN_ROLES, JOIN_STATUSES } from '#shared/members/join-request.ts';
import { interestsSchema } from '#shared/members/member.schema.ts';

const at = z.string().describe('ISO 8601 date and time');

/** A member as the store keeps it (the list). */
export const memberSchema = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES),
  parliament: z.string().optional(), party: z.string().optional(), committees: z.array(z.string()).optional(),
  mission: z.string().optional(), country: z.string().optional(), active: z.boolean().optional(), deactivatedAt: at.optional(),
  uiLanguage: z.enum(UI_LANGUAGES).optional(), timeZone: z.string().optional(), createdAt: at, version: z.number().int(),
  preferences: z.looseObject({}).optional().describe('What the member saved of their digest and notification preferences (GET /api/me/preferences gives them with the defaults)'),
});

/** A member as coordinators manage them (`getMemberDetail`). */
export const memberDetailSchema = z.object({
  id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES),
  parliament: z.string().optional(), party: z.string().optional(), committees: z.array(z.string()),
  country: z.string().optional(), mission: z.string().optional(), interests: interestsSchema,
  active: z.boolean(), deactivatedAt: at.optional(), createdAt: at, version: z.number().int(),
});

export const joinRequestAnswerSchema = z.object({
  id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(JOIN_ROLES), institution: z.string(), country: z.string(),
  message: z.string().optional(), interests: interestsSchema.optional(),
  status: z.enum(JOIN_STATUSES), createdAt: at, decidedAt: at.optional(), decidedBy: z.string().optional(),
  outcome: z.enum(['member_created', 'already_member']).optional(), language: z.enum(UI_LANGUAGES).optional(),
  reason: z.string().optional(), version: z.number().int(),
});
