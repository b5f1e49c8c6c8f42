/**
 * What the protective side's JSON API sends, as zod schemas: they type the handlers' answers and
 * write their components of `/api/openapi.json`. A case and a timeline event are the cases
 * slice's own (`Case`, `TimelineEvent`).
 */
import { z } from 'zod';
import { CONSENT_BASES, VISIBILITIES } from '#shared/domain/case.ts';
import { caseAnswerSchema, timelineEventSchema } from '../cases/parts.ts';

const at = z.string().describe('ISO 8601 date and time');

export const consentEntrySchema = z.object({
  id: z.uuid(), caseId: z.uuid(), at, by: z.string(),
  visibility: z.enum(VISIBILITIES), namedMemberIds: z.array(z.string()), basis: z.enum(CONSENT_BASES), note: z.string().optional(),
  event: z.enum(['created', 'changed', 'paused', 'resumed', 'public_action_cleared', 'public_action_withdrawn']),
});

export const auditEntrySchema = z.object({
  id: z.uuid(), at, actorId: z.string(), action: z.string().describe('What was done, e.g. case.updated'),
  caseId: z.string().optional(), memberId: z.string().optional(), reportId: z.string().optional(), attachmentId: z.string().optional(),
  fields: z.array(z.string()).optional().describe('The names of the fields that changed, never their values'),
});

export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last one.'),
});

export const sensitiveAnswerSchema = z.object({
  caseId: z.uuid(),
  sourceReport: z.object({ reportId: z.uuid(), reference: z.string() }).optional().describe('The intake report the case came from'),
  contactDetails: z.string().optional(), exactLocation: z.string().optional(), legalNotes: z.string().optional(), riskAccount: z.string().optional(),
  updatedAt: at.optional(), updatedBy: z.string().optional(), version: z.number().int(),
});

export const pausedSchema = z.object({
  case: caseAnswerSchema,
  notified: z.number().int().describe('How many members acting on the case were told privately'),
});

export const eventPostedSchema = z.object({ event: timelineEventSchema, case: caseAnswerSchema });
export { caseAnswerSchema, timelineEventSchema };
