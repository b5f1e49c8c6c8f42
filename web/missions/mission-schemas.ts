/**
 * What the missions' and the gap view's JSON routes send, as zod schemas: they type the handlers
 * (`c.json(x, status)`) and write the answers of `/api/openapi.json` (missions-api.routes.ts,
 * gaps-api.routes.ts).
 */
import { z } from 'zod';
import { RISK_STATUSES } from '#shared/domain/case.ts';
import { EU_ACTION_CODES } from '#shared/domain/eu-guidelines.ts';
import { REQUEST_STATUSES } from '#shared/missions/action-request.ts';

const at = z.string().describe('ISO 8601 date and time');
const day = z.string().describe('YYYY-MM-DD');
const actionType = z.enum(EU_ACTION_CODES);

/** A request as `requestView` sends it: members see neither who asked nor who answered. */
export const actionRequestSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), actionType, country: z.string(), dueDate: day, note: z.string().optional(),
  publicActionCleared: z.literal(true).optional(), status: z.enum(REQUEST_STATUSES), createdAt: at,
  createdBy: z.string().optional().describe('Coordinators only'), respondingMission: z.string().optional(),
  respondedBy: z.string().optional().describe('Coordinators only'), respondedAt: at.optional(), firstAnsweredAt: at.optional(),
  declineReason: z.string().optional(), doneActionId: z.string().optional(), withdrawnReason: z.string().optional(),
  updatedAt: at, version: z.number().int(), overdue: z.boolean(),
});

/** A request in a diplomat's (or a coordinator's) list: with the case it is about. */
export const actionRequestWithCaseSchema = actionRequestSchema.extend({
  case: z.object({ id: z.uuid(), defenderName: z.string(), country: z.string(), riskStatuses: z.array(z.enum(RISK_STATUSES)) }),
});

/** A mission action; lists and verification send it as `actionView` (with `byYou`, `verified`; members without who logged or verified it). */
export const missionActionSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), actionType, mission: z.string(), date: day, outcome: z.string(), confidential: z.boolean(),
  evidenceUrl: z.string().optional(), requestId: z.string().optional(), publicActionCleared: z.literal(true).optional(),
  createdAt: at, createdBy: z.string().optional(), authorName: z.string(), verifiedAt: at.optional(), verifiedBy: z.string().optional(),
  version: z.number().int(), byYou: z.boolean().optional(), verified: z.boolean().optional(),
});

export const euActionTypeSchema = z.object({ code: actionType, label: z.string(), explanation: z.string(), publicFacing: z.boolean() });

export const gapSchema = z.object({
  caseId: z.uuid(), defenderName: z.string(), country: z.string(), riskStatus: z.enum(RISK_STATUSES), rule: z.string(), label: z.string(),
  since: at, ageDays: z.number().int(),
  proceedingId: z.uuid().optional().describe('An execution gap: the proceeding whose judgment is not executed'),
  judgmentFinalDate: day.optional().describe('An execution gap: when the judgment became final'),
  riskLevel: z.enum(['high', 'critical']).optional().describe('A risk gap (rule risk_high_no_action): the risk analysis level'),
  suggestedAlert: z.string().optional().describe("A risk gap: the urgent alert's compose page"),
});

/** A page of a list: its items, and the cursor of the next page (null on the last one). */
export const pageOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), nextCursor: z.string().nullable().optional() });
