/**
 * The OpenAPI paths and schemas of the missions, gaps and calendar API,
 * generated from the same zod schemas that validate the requests. Spread into
 * the one document in openapi.ts.
 */
import { z } from 'zod';
import { calendarQuerySchema } from '#shared/calendar/read-calendar.ts';
import { gapQuerySchema } from '#shared/missions/list-gaps.ts';
import { createRequestSchema, requestListQuerySchema, respondSchema } from '#shared/missions/action-request.ts';
import { logActionSchema } from '#shared/missions/mission-action.ts';
import { schema, problem, json, errors, ifMatch, uuidParam as path } from '../ui/openapi-parts.ts';

const caseId = path('id', 'The case');
const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } };
const list = (ref: string) => ({ description: '{ items, nextCursor }', content: json(ref) });

function queryParameters(s: z.ZodObject) {
  return Object.entries(s.shape).map(([name, field]) => ({ name, in: 'query', required: false, schema: schema(field as z.ZodType) }));
}

export const missionSchemas = {
  CreateActionRequest: schema(createRequestSchema),
  RespondToActionRequest: schema(respondSchema),
  LogMissionAction: schema(logActionSchema),
  ActionRequest: { type: 'object', description: 'An action request to the missions in a country, with `overdue`.' },
  MissionAction: { type: 'object', description: 'A logged mission action (confidential ones only for coordinators and their author).' },
  Items: { type: 'object', properties: { items: { type: 'array' }, nextCursor: { type: ['string', 'null'] } } },
};

export const missionPaths = {
  '/api/eu-guidelines': {
    get: { summary: 'The EU Guidelines action types: code, label, explanation, publicFacing', security: [], responses: { 200: list('Items') } },
  },
  '/api/action-requests': {
    get: {
      summary: "Requests for a diplomat's posting (coordinators: for ?country=), open ones soonest due first",
      parameters: queryParameters(requestListQuerySchema),
      responses: { 200: list('Items'), ...errors },
    },
  },
  '/api/cases/{id}/action-requests': {
    get: { summary: "The case's requests the caller may see", parameters: [caseId], responses: { 200: list('Items'), ...errors } },
    post: {
      summary: 'Ask the missions in a country to act (coordinators); publicActionCleared required for public-facing action on a non-public case',
      parameters: [caseId, idempotencyKey],
      requestBody: { required: true, content: json('CreateActionRequest') },
      responses: { 201: { description: 'Created', content: json('ActionRequest') }, 409: problem, 422: problem, ...errors },
    },
  },
  '/api/cases/{id}/action-requests/{requestId}': {
    patch: {
      summary: 'Acknowledge or decline (a mission posted there), or withdraw (coordinators); If-Match required',
      parameters: [caseId, path('requestId', 'The request'), ifMatch],
      requestBody: { required: true, content: json('RespondToActionRequest') },
      responses: { 200: { description: 'Updated', content: json('ActionRequest') }, 409: problem, 412: problem, 428: problem, ...errors },
    },
  },
  '/api/cases/{id}/mission-actions': {
    get: { summary: "The case's mission actions the caller may see, newest first", parameters: [caseId], responses: { 200: list('Items'), ...errors } },
    post: {
      summary: 'Log a mission action (diplomats); with requestId it marks that request done',
      parameters: [caseId, idempotencyKey],
      requestBody: { required: true, content: json('LogMissionAction') },
      responses: { 201: { description: 'Created', content: json('MissionAction') }, 409: problem, 422: problem, ...errors },
    },
  },
  '/api/cases/{id}/mission-actions/{actionId}/verification': {
    post: {
      summary: 'Verify a mission action (coordinators); If-Match required',
      parameters: [caseId, path('actionId', 'The action'), ifMatch],
      responses: { 200: { description: 'Verified', content: json('MissionAction') }, 412: problem, 428: problem, ...errors },
    },
  },
  '/api/gaps': {
    get: {
      summary: 'Gap view (coordinators): active cases whose status calls for an action nobody logged, with the gap age; the first page also lists the risk gaps (rule risk_high_no_action: a risk analysis at high or critical with no action logged in the 14 days since it rose), with riskLevel and suggestedAlert (the urgent alert\'s compose page)',
      parameters: queryParameters(gapQuerySchema),
      responses: { 200: list('Items'), ...errors },
    },
  },
  '/api/calendar': {
    get: {
      summary: 'Hearings (with observers) and open requests the caller may see, from ?from= for ?weeks= (default: today, 8)',
      parameters: queryParameters(calendarQuerySchema),
      responses: { 200: { description: '{ from, to, entries, truncated }' }, ...errors },
    },
  },
  '/api/cases/{id}/hearings/{eventId}/observers/me': {
    put: {
      summary: 'Sign up to observe a hearing (201, or 200 if already signed up)',
      parameters: [caseId, path('eventId', 'The hearing (a timeline event)')],
      responses: { 200: { description: 'Already on the roster' }, 201: { description: 'Signed up' }, 409: problem, ...errors },
    },
    delete: {
      summary: 'Leave the roster of a hearing',
      parameters: [caseId, path('eventId', 'The hearing (a timeline event)')],
      responses: { 204: { description: 'Not on the roster (any more)' }, ...errors },
    },
  },
  '/api/calendar/feed': {
    get: { summary: 'Whether the caller has a private iCalendar feed', responses: { 200: { description: '{ active, createdAt }' }, ...errors } },
    post: {
      summary: 'Make a new secret feed URL (shown once; the previous URL stops working)',
      responses: { 201: { description: '{ url, createdAt }: subscribe to url (GET /calendar/{token}.ics)' }, 409: problem, ...errors },
    },
    delete: { summary: 'Revoke the feed URL (it then answers 404)', responses: { 204: { description: 'Revoked' }, ...errors } },
  },
};
