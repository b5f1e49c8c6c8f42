/**
 * What the JSON API sends for a case (as `caseView` gives it) and for a timeline event, as zod
 * schemas: they type the handlers' answers and write the `Case` and `TimelineEvent` components of
 * `/api/openapi.json`. Shared with the slices that answer a case or its events (case safety).
 */
import { z } from 'zod';
import { CASE_STATES, RISK_STATUSES, THEMES, VISIBILITIES } from '#shared/domain/case.ts';
import { EVENT_TYPES, PROCEEDING_EVENT_TYPES } from '#shared/domain/timeline.ts';

const at = z.string().describe('ISO 8601 date and time');
const day = z.string().describe('YYYY-MM-DD');

/** A case as `caseView` sends it: members see neither who edited it nor who was told of a pause; visitors not its visibility. */
export const caseAnswerSchema = z.object({
  id: z.uuid(),
  defenderName: z.string(),
  country: z.string(),
  themes: z.array(z.enum(THEMES)),
  organisation: z.string().optional(),
  riskStatuses: z.array(z.enum(RISK_STATUSES)),
  riskStatusSince: at.optional(),
  statusSince: z.partialRecord(z.enum(RISK_STATUSES), at).optional(),
  visibility: z.enum(VISIBILITIES).optional().describe('Members and coordinators only'),
  namedMemberIds: z.array(z.string()),
  pausedAt: at.optional(),
  pausedFollowerIds: z.array(z.string()).optional().describe('Coordinators only'),
  publicActionClearedAt: at.optional(),
  state: z.enum(CASE_STATES),
  closedReason: z.string().optional(),
  summary: z.string(),
  recommendedActions: z.array(z.string()),
  adopterCount: z.number().int(),
  createdAt: at,
  createdBy: z.string().optional().describe('Coordinators only'),
  updatedAt: at,
  updatedBy: z.string().optional().describe('Coordinators only'),
  version: z.number().int(),
});

export const timelineEventSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  type: z.enum([...EVENT_TYPES, ...PROCEEDING_EVENT_TYPES]),
  date: day,
  title: z.string(),
  description: z.string().optional(),
  court: z.string().optional(),
  hearingAt: z.string().optional().describe('Hearings: the start in UTC'),
  timeZone: z.string().optional().describe("Hearings: the court's IANA time zone"),
  createdAt: at,
  createdBy: z.string(),
  version: z.number().int().optional(),
  updatedAt: at.optional(),
  updatedBy: z.string().optional(),
  proceeding: z.object({ id: z.uuid(), internationalBody: z.string(), otherBody: z.string().optional() }).optional()
    .describe("A proceeding's stage (type proceeding_*): the proceeding it follows and its body; its title is the proceeding's reference"),
});
