/**
 * JSON API for the hearing calendar, declared once: the members' calendar, the observer roster
 * (PUT/DELETE of "me" on a hearing), and the private feed URL. The `createRoute` configs below
 * validate the request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts); the feed itself (`/calendar/{token}.ics`) is not under /api.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { EU_ACTION_CODES } from '#shared/domain/eu-guidelines.ts';
import { ROLES } from '#shared/domain/member.ts';
import { createFeed, feedStatus, revokeFeed } from '#shared/calendar/feed-tokens.ts';
import { signUpToObserve, withdrawFromObserving } from '#shared/calendar/observers.ts';
import { calendarQuerySchema, readCalendar } from '#shared/calendar/read-calendar.ts';
import { REQUEST_STATUSES } from '#shared/missions/action-request.ts';
import type { WebDeps } from '../env.ts';
import { errors, problem } from '../ui/openapi-parts.ts';
import { apiApp, jsonAnswer, openApiPart, pathId, session } from '../ui/openapi-route.ts';

const at = z.string().describe('ISO 8601 date and time');
const day = z.string().describe('YYYY-MM-DD');

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
      actionType: z.enum(EU_ACTION_CODES), status: z.enum(REQUEST_STATUSES), overdue: z.boolean(),
    }),
  ])),
  truncated: z.boolean().describe('More entries than one answer holds: ask for a shorter window'),
});
const signupSchema = z.object({ caseId: z.uuid(), eventId: z.uuid(), memberName: z.string(), role: z.enum(ROLES), hearingAt: z.string(), createdAt: at });

/** The window, and `?lang=`, which every route takes to choose the language of its words (errors here). */
const calendarQuery = z.object({ ...calendarQuerySchema.shape, lang: z.string().optional().describe('The language of the answer’s words (en, fr, es, ru), as on every route') }).strict();
const hearingParams = z.object({ id: pathId('The case'), eventId: pathId('The hearing (a timeline event)') });
const tags = ['Calendar'];

const readRoute = createRoute({
  method: 'get', path: '/api/calendar', operationId: 'readCalendar', tags, security: session,
  summary: 'Hearings (with observers) and open requests the caller may see, from ?from= for ?weeks= (default: today, 8)',
  request: { query: calendarQuery },
  responses: { 200: jsonAnswer('The calendar', 'Calendar', calendarSchema), ...errors },
});

const observeRoute = createRoute({
  method: 'put', path: '/api/cases/{id}/hearings/{eventId}/observers/me', operationId: 'observeHearing', tags, security: session,
  summary: 'Sign up to observe a hearing (201, or 200 if already signed up)',
  request: { params: hearingParams },
  responses: { 200: jsonAnswer('Already on the roster', 'ObserverSignup', signupSchema), 201: jsonAnswer('Signed up', 'ObserverSignup', signupSchema), 409: problem, ...errors },
});

const leaveRoute = createRoute({
  method: 'delete', path: '/api/cases/{id}/hearings/{eventId}/observers/me', operationId: 'stopObservingHearing', tags, security: session,
  summary: 'Leave the roster of a hearing',
  request: { params: hearingParams },
  responses: { 204: { description: 'Not on the roster (any more)' }, ...errors },
});

const feedRoute = createRoute({
  method: 'get', path: '/api/calendar/feed', operationId: 'getCalendarFeed', tags, security: session,
  summary: 'Whether the caller has a private iCalendar feed',
  responses: { 200: jsonAnswer('The feed', 'FeedStatus', z.object({ active: z.boolean(), createdAt: at.optional() })), ...errors },
});

const newFeedRoute = createRoute({
  method: 'post', path: '/api/calendar/feed', operationId: 'createCalendarFeed', tags, security: session,
  summary: 'Make a new secret feed URL (shown once; the previous URL stops working)',
  responses: {
    201: jsonAnswer('The new feed URL', 'FeedCreated', z.object({ url: z.string().describe('The secret feed URL, shown once (GET /calendar/{token}.ics)'), createdAt: at })),
    409: problem, ...errors,
  },
});

const revokeRoute = createRoute({
  method: 'delete', path: '/api/calendar/feed', operationId: 'revokeCalendarFeed', tags, security: session,
  summary: 'Revoke the feed URL (it then answers 404)',
  responses: { 204: { description: 'Revoked' }, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const calendarRoutes = [readRoute, observeRoute, leaveRoute, feedRoute, newFeedRoute, revokeRoute];
/** The calendar's part of `/api/openapi.json`. */
export const calendarOpenApi = () => openApiPart(calendarRoutes);

export function calendarApi(deps: WebDeps) {
  return apiApp()
    .openapi(readRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      const { lang: _lang, ...query } = c.req.valid('query');
      return c.json(await readCalendar(deps, c.get('viewer'), query), 200);
    })

    .openapi(observeRoute, async (c) => {
      const { id, eventId } = c.req.valid('param');
      const { created, signup } = await signUpToObserve(deps, c.get('viewer'), id, eventId);
      const { memberId: _memberId, ...view } = signup;
      return created ? c.json(view, 201) : c.json(view, 200);
    })

    .openapi(leaveRoute, async (c) => {
      const { id, eventId } = c.req.valid('param');
      await withdrawFromObserving(deps, c.get('viewer'), id, eventId);
      return c.body(null, 204);
    })

    .openapi(feedRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await feedStatus(deps, c.get('viewer')), 200);
    })

    .openapi(newFeedRoute, async (c) => {
      // The secret URL is in this answer only: nothing may keep a copy.
      c.header('Cache-Control', 'no-store');
      // Its events are written in the caller's language (the member's saved one, else the detected one).
      return c.json(await createFeed(deps, c.get('viewer'), c.get('i18n').locale), 201);
    })

    .openapi(revokeRoute, async (c) => {
      await revokeFeed(deps, c.get('viewer'));
      return c.body(null, 204);
    });
}
