/**
 * The OpenAPI paths and schemas of the missions, gaps and calendar API: requests from the zod
 * schemas that validate them, answers from zod schemas of what the routes send. Spread into
 * the one document in openapi.ts.
 */
import { z } from 'zod';
import { RISK_STATUSES } from '#shared/domain/case.ts';
import { EU_ACTION_CODES } from '#shared/domain/eu-guidelines.ts';
import { ROLES } from '#shared/domain/member.ts';
import { calendarQuerySchema } from '#shared/calendar/read-calendar.ts';
import { gapQuerySchema } from '#shared/missions/list-gaps.ts';
import { REQUEST_STATUSES, createRequestSchema, requestListQuerySchema, respondSchema } from '#shared/missions/action-request.ts';
import { logActionSchema } from '#shared/missions/mission-action.ts';
import {
  anyone, answer, errors, idempotencyKey, ifMatch, json, listOf, problem, queryParameters, schema, sessionOptional, uuidParam as path,
} from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');
const day = z.string().describe('YYYY-MM-DD');
const actionType = z.enum(EU_ACTION_CODES);

/** A request as `requestView` sends it: members see neither who asked nor who answered. */
const actionRequestSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), actionType, country: z.string(), dueDate: day, note: z.string().optional(),
  publicActionCleared: z.literal(true).optional(), status: z.enum(REQUEST_STATUSES), createdAt: at,
  createdBy: z.string().optional().describe('Coordinators only'), respondingMission: z.string().optional(),
  respondedBy: z.string().optional().describe('Coordinators only'), respondedAt: at.optional(), firstAnsweredAt: at.optional(),
  declineReason: z.string().optional(), doneActionId: z.string().optional(), withdrawnReason: z.string().optional(),
  updatedAt: at, version: z.number().int(), overdue: z.boolean(),
});

/** A mission action; lists and verification send it as `actionView` (with `byYou`, `verified`; members without who logged or verified it). */
const missionActionSchema = z.object({
  id: z.uuid(), caseId: z.uuid(), actionType, mission: z.string(), date: day, outcome: z.string(), confidential: z.boolean(),
  evidenceUrl: z.string().optional(), requestId: z.string().optional(), publicActionCleared: z.literal(true).optional(),
  createdAt: at, createdBy: z.string().optional(), authorName: z.string(), verifiedAt: at.optional(), verifiedBy: z.string().optional(),
  version: z.number().int(), byYou: z.boolean().optional(), verified: z.boolean().optional(),
});

const euActionTypeSchema = z.object({ code: actionType, label: z.string(), explanation: z.string(), publicFacing: z.boolean() });
const gapSchema = z.object({
  caseId: z.uuid(), defenderName: z.string(), country: z.string(), riskStatus: z.enum(RISK_STATUSES), rule: z.string(), label: z.string(),
  since: at, ageDays: z.number().int(),
  proceedingId: z.uuid().optional().describe('An execution gap: the proceeding whose judgment is not executed'),
  judgmentFinalDate: day.optional().describe('An execution gap: when the judgment became final'),
  riskLevel: z.enum(['high', 'critical']).optional().describe('A risk gap (rule risk_high_no_action): the risk analysis level'),
  suggestedAlert: z.string().optional().describe("A risk gap: the urgent alert's compose page"),
});
const calendarSchema = z.object({
  from: day, to: day,
  entries: z.array(z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('hearing'), day, at: z.string().describe('YYYY-MM-DDTHH:mm, UTC'), timeZone: z.string(), caseId: z.uuid(), isPublic: z.boolean(),
      eventId: z.uuid(), defenderName: z.string(), country: z.string(), title: z.string(), court: z.string(),
      observers: z.array(z.object({ name: z.string(), role: z.enum(ROLES), you: z.boolean() })),
    }),
    z.object({
      kind: z.literal('request'), day, caseId: z.uuid(), isPublic: z.boolean(), requestId: z.uuid(), defenderName: z.string(), country: z.string(),
      actionType, status: z.enum(REQUEST_STATUSES), overdue: z.boolean(),
    }),
  ])),
  truncated: z.boolean().describe('More entries than one answer holds: ask for a shorter window'),
});

export const missionSchemas = {
  CreateActionRequest: schema(createRequestSchema),
  RespondToActionRequest: schema(respondSchema),
  LogMissionAction: schema(logActionSchema),
  ActionRequest: schema(actionRequestSchema, 'output'),
  ActionRequestWithCase: schema(actionRequestSchema.extend({
    case: z.object({ id: z.uuid(), defenderName: z.string(), country: z.string(), riskStatuses: z.array(z.enum(RISK_STATUSES)) }),
  }), 'output'),
  ActionRequestPage: listOf('ActionRequestWithCase'),
  ActionRequests: listOf('ActionRequest', false),
  MissionAction: schema(missionActionSchema, 'output'),
  MissionActions: listOf('MissionAction', false),
  EuActionType: schema(euActionTypeSchema, 'output'),
  EuActionTypes: listOf('EuActionType', false),
  Gap: schema(gapSchema, 'output'),
  GapPage: listOf('Gap'),
  Calendar: schema(calendarSchema, 'output'),
  ObserverSignup: schema(z.object({ caseId: z.uuid(), eventId: z.uuid(), memberName: z.string(), role: z.enum(ROLES), hearingAt: z.string(), createdAt: at }), 'output'),
  FeedStatus: schema(z.object({ active: z.boolean(), createdAt: at.optional() }), 'output'),
  FeedCreated: schema(z.object({ url: z.string().describe('The secret feed URL, shown once (GET /calendar/{token}.ics)'), createdAt: at }), 'output'),
};

export function missionPaths() {
  const caseId = path('id', 'The case');
  const hearing = path('eventId', 'The hearing (a timeline event)');
  const tags = ['Missions'];
  const calendar = ['Calendar'];
  return {
    '/api/eu-guidelines': {
      get: { operationId: 'listEuActionTypes', tags, security: anyone, summary: 'The EU Guidelines action types: code, label, explanation, publicFacing', responses: { 200: answer('The action types', 'EuActionTypes'), 500: problem } },
    },
    '/api/action-requests': {
      get: {
        operationId: 'listActionRequests', tags, summary: "Requests for a diplomat's posting (coordinators: for ?country=), open ones soonest due first",
        parameters: queryParameters(requestListQuerySchema), responses: { 200: answer('A page of requests', 'ActionRequestPage'), ...errors },
      },
    },
    '/api/cases/{id}/action-requests': {
      get: {
        operationId: 'listCaseActionRequests', tags, security: sessionOptional, summary: "The case's requests the caller may see",
        parameters: [caseId], responses: { 200: answer('The requests', 'ActionRequests'), ...errors },
      },
      post: {
        operationId: 'requestMissionAction', tags,
        summary: 'Ask the missions in a country to act (coordinators); publicActionCleared required for public-facing action on a non-public case',
        parameters: [caseId, idempotencyKey], requestBody: { required: true, content: json('CreateActionRequest') },
        responses: { 201: answer('Created', 'ActionRequest'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/action-requests/{requestId}': {
      patch: {
        operationId: 'respondToActionRequest', tags,
        summary: 'Acknowledge or decline (a mission posted there), or withdraw (coordinators); If-Match required',
        parameters: [caseId, path('requestId', 'The request'), ifMatch], requestBody: { required: true, content: json('RespondToActionRequest') },
        responses: { 200: answer('Updated', 'ActionRequest'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/cases/{id}/mission-actions': {
      get: {
        operationId: 'listMissionActions', tags, security: sessionOptional, summary: "The case's mission actions the caller may see, newest first",
        parameters: [caseId], responses: { 200: answer('The actions', 'MissionActions'), ...errors },
      },
      post: {
        operationId: 'logMissionAction', tags, summary: 'Log a mission action (diplomats); with requestId it marks that request done',
        parameters: [caseId, idempotencyKey], requestBody: { required: true, content: json('LogMissionAction') },
        responses: { 201: answer('Created', 'MissionAction'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/cases/{id}/mission-actions/{actionId}/verification': {
      post: {
        operationId: 'verifyMissionAction', tags, summary: 'Verify a mission action (coordinators); If-Match required',
        parameters: [caseId, path('actionId', 'The action'), ifMatch], responses: { 200: answer('Verified', 'MissionAction'), 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
    '/api/gaps': {
      get: {
        operationId: 'listGaps', tags, summary: 'Gap view (coordinators): active cases whose status calls for an action nobody logged, with the gap age; the first page also lists the risk gaps (rule risk_high_no_action: a risk analysis at high or critical with no action logged in the 14 days since it rose), with riskLevel and suggestedAlert (the urgent alert\'s compose page)',
        parameters: queryParameters(gapQuerySchema), responses: { 200: answer('A page of gaps', 'GapPage'), ...errors },
      },
    },
    '/api/calendar': {
      get: {
        operationId: 'readCalendar', tags: calendar, summary: 'Hearings (with observers) and open requests the caller may see, from ?from= for ?weeks= (default: today, 8)',
        parameters: queryParameters(calendarQuerySchema), responses: { 200: answer('The calendar', 'Calendar'), ...errors },
      },
    },
    '/api/cases/{id}/hearings/{eventId}/observers/me': {
      put: {
        operationId: 'observeHearing', tags: calendar, summary: 'Sign up to observe a hearing (201, or 200 if already signed up)', parameters: [caseId, hearing],
        responses: { 200: answer('Already on the roster', 'ObserverSignup'), 201: answer('Signed up', 'ObserverSignup'), 409: problem, ...errors },
      },
      delete: {
        operationId: 'stopObservingHearing', tags: calendar, summary: 'Leave the roster of a hearing', parameters: [caseId, hearing],
        responses: { 204: { description: 'Not on the roster (any more)' }, ...errors },
      },
    },
    '/api/calendar/feed': {
      get: { operationId: 'getCalendarFeed', tags: calendar, summary: 'Whether the caller has a private iCalendar feed', responses: { 200: answer('The feed', 'FeedStatus'), ...errors } },
      post: {
        operationId: 'createCalendarFeed', tags: calendar, summary: 'Make a new secret feed URL (shown once; the previous URL stops working)',
        responses: { 201: answer('The new feed URL', 'FeedCreated'), 409: problem, ...errors },
      },
      delete: { operationId: 'revokeCalendarFeed', tags: calendar, summary: 'Revoke the feed URL (it then answers 404)', responses: { 204: { description: 'Revoked' }, ...errors } },
    },
  };
}
