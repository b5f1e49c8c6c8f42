/**
 * The OpenAPI paths and schemas of the calendar API, by hand: requests from the zod schemas that
 * validate them, answers from zod schemas of what the routes send. Spread into the one document in
 * openapi.ts.
 */
import { z } from 'zod';
import { EU_ACTION_CODES } from '#shared/domain/eu-guidelines.ts';
import { ROLES } from '#shared/domain/member.ts';
import { calendarQuerySchema } from '#shared/calendar/read-calendar.ts';
import { REQUEST_STATUSES } from '#shared/missions/action-request.ts';
import { answer, errors, problem, queryParameters, schema, uuidParam as path } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');
const day = z.string().describe('YYYY-MM-DD');
const actionType = z.enum(EU_ACTION_CODES);

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

export const calendarSchemas = {
  Calendar: schema(calendarSchema, 'output'),
  ObserverSignup: schema(z.object({ caseId: z.uuid(), eventId: z.uuid(), memberName: z.string(), role: z.enum(ROLES), hearingAt: z.string(), createdAt: at }), 'output'),
  FeedStatus: schema(z.object({ active: z.boolean(), createdAt: at.optional() }), 'output'),
  FeedCreated: schema(z.object({ url: z.string().describe('The secret feed URL, shown once (GET /calendar/{token}.ics)'), createdAt: at }), 'output'),
};

export function calendarPaths() {
  const caseId = path('id', 'The case');
  const hearing = path('eventId', 'The hearing (a timeline event)');
  const calendar = ['Calendar'];
  return {
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
