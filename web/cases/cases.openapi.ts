/**
 * The OpenAPI part for cases: the requests from the zod schemas that validate them, the answers
 * from zod schemas of what the routes send (a case as `caseView` gives it, its timeline events).
 * Spread into the document in `web/openapi/openapi.ts`.
 */
import { z } from 'zod';
import { CASE_STATES, RISK_STATUSES, THEMES, VISIBILITIES, caseListQuerySchema, createCaseSchema, updateCaseSchema } from '#shared/domain/case.ts';
import { EVENT_TYPES, PROCEEDING_EVENT_TYPES } from '#shared/domain/timeline.ts';
import {
  answer, errors, idempotencyKey, ifMatch, json, listOf, problem, queryParameters, schema, sessionOptional, uuidParam,
} from '../ui/openapi-parts.ts';

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

export const casesSchemas = {
  CreateCase: schema(createCaseSchema),
  UpdateCase: schema(updateCaseSchema),
  Case: schema(caseAnswerSchema, 'output'),
  CaseList: listOf('Case'),
  CaseWithTimeline: schema(caseAnswerSchema.extend({ timeline: z.array(timelineEventSchema) }), 'output'),
  TimelineEvent: schema(timelineEventSchema, 'output'),
};

export function casesPaths() {
  const id = uuidParam('id');
  const tags = ['Cases'];
  return {
    '/api/cases': {
      get: {
        operationId: 'listCases', tags, security: sessionOptional,
        summary: 'Cases the caller may see, most recently updated first',
        parameters: queryParameters(caseListQuerySchema),
        responses: { 200: answer('A page of cases', 'CaseList'), ...errors },
      },
      post: {
        operationId: 'createCase', tags,
        summary: 'Create a case (coordinators)',
        parameters: [idempotencyKey],
        requestBody: { required: true, content: json('CreateCase') },
        responses: { 201: answer('Created, with Location and ETag', 'Case'), 422: problem, ...errors },
      },
    },
    '/api/cases/{id}': {
      get: {
        operationId: 'getCase', tags, security: sessionOptional,
        summary: 'One case with its timeline, newest first (404 if the caller may not see it)',
        parameters: [id],
        responses: { 200: answer('The case, with ETag', 'CaseWithTimeline'), ...errors },
      },
      patch: {
        operationId: 'updateCase', tags,
        summary: 'Edit a case (coordinators); If-Match required',
        parameters: [id, ifMatch],
        requestBody: { required: true, content: json('UpdateCase') },
        responses: { 200: answer('Updated, with its new ETag', 'Case'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
  };
}
