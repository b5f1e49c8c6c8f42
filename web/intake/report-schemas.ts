/**
 * What intake's JSON routes send, as zod schemas: they type the handlers (`c.json(x, status)`)
 * and write the answers of `/api/openapi.json` (intake-api.routes.ts).
 */
import { z } from 'zod';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { DANGER_ANSWERS, REFUSAL_REASONS, REPORT_SOURCES, REPORT_STATUSES, YES_NO } from '#shared/intake/index.ts';

const at = z.string().describe('ISO 8601 date and time');
const answerOrUnknown = z.enum([...YES_NO, 'unknown']);

export const reportAnswerSchema = z.object({
  id: z.uuid(), reference: z.string(), status: z.enum(REPORT_STATUSES), source: z.enum(REPORT_SOURCES), language: z.enum(UI_LANGUAGES),
  receivedAt: at, whatHappened: z.string(), happenedOn: z.string().optional(), country: z.string().optional(), region: z.string().optional(),
  atRisk: z.string().optional(), organisation: z.string().optional(), immediateDanger: z.enum(DANGER_ANSWERS),
  mayShareWithNetwork: answerOrUnknown, mayPublish: answerOrUnknown, hasContact: z.boolean(),
  firstTriagedAt: at.optional(), triagedBy: z.string().optional(), note: z.string().optional(), caseId: z.string().optional(),
  attachments: z.array(z.object({ id: z.uuid(), filename: z.string(), contentType: z.string(), size: z.number().int() })).optional(),
  refusedAttachments: z.array(z.object({ filename: z.string(), size: z.number().int(), reason: z.enum(REFUSAL_REASONS) })).optional(),
  version: z.number().int(),
});

const contactSchema = z.object({ reportId: z.uuid(), reporterName: z.string().optional(), email: z.string().optional(), other: z.string().optional() });

export const reportWithContactSchema = z.object({ report: reportAnswerSchema, contact: contactSchema.optional() });

export const reportReceivedSchema = z.object({ reference: z.string(), message: z.string().describe("What happens next, in the reporter's language") });
