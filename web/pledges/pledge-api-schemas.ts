/**
 * What the pledges' JSON routes send, as zod schemas: they type the handlers (`c.json(x, status)`)
 * and describe the answers in `/api/openapi.json` (web/ui/openapi-route.ts). Written from the
 * stored shapes in shared/pledges, field by field: an answer carrying a field not named here fails
 * the contract test, so nothing leaks unnoticed. The request bodies are shared/pledges' own schemas.
 */
import { z } from 'zod';
import { CASE_STATES, RISK_STATUSES } from '#shared/domain/case.ts';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import { VERIFICATION_STATES } from '#shared/pledges/action.schema.ts';

/** These routes take no query parameters: an unknown one is a 400 naming it, like an unknown body field. */
export const noQuery = z.object({}).strict();

const at = z.string().describe('ISO 8601 date and time');
const action = z.enum(PARLIAMENTARY_ACTIONS);

export const pledgeSchema = z.object({
  caseId: z.uuid(), memberId: z.uuid(), memberName: z.string(), actions: z.array(action), note: z.string().optional(),
  twin: z.boolean(), createdAt: at, updatedAt: at, version: z.number().int(),
});

export const casePledgesSchema = z.object({
  adopterCount: z.number().int(), twin: z.object({ caseId: z.uuid(), memberId: z.uuid(), since: at }).nullable(), items: z.array(pledgeSchema),
});

export const coSignatureSchema = z.object({ caseId: z.uuid(), actionId: z.uuid(), memberId: z.uuid(), memberName: z.string(), at });

export const loggedActionSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), memberId: z.uuid(), memberName: z.string(), type: action, date: z.string(), description: z.string(),
  evidenceUrl: z.string().optional(), public: z.boolean(),
  verification: z.object({ state: z.enum(VERIFICATION_STATES), note: z.string().optional(), by: z.string().optional(), at: at.optional() }),
  createdAt: at, updatedAt: at, version: z.number().int(), coSigners: z.array(coSignatureSchema).optional(),
});

const suggestionSchema = z.union([
  z.object({ kind: z.literal('action'), action, why: z.string(), status: z.enum(RISK_STATUSES) }),
  z.object({ kind: z.literal('case_state'), state: z.literal('dormant'), why: z.string(), status: z.enum(RISK_STATUSES) }),
]);
export const suggestionsSchema = z.object({ riskStatuses: z.array(z.enum(RISK_STATUSES)), items: z.array(suggestionSchema) });

export const myAdoptionSchema = z.object({
  case: z.object({
    id: z.uuid(), defenderName: z.string(), country: z.string(), riskStatuses: z.array(z.enum(RISK_STATUSES)), state: z.enum(CASE_STATES),
    adopterCount: z.number().int(), paused: z.boolean(),
  }),
  pledge: pledgeSchema, actions: z.array(loggedActionSchema), done: z.array(action), remaining: z.array(action),
});
