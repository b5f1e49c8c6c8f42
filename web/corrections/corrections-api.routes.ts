/**
 * JSON API of event corrections, declared once: `PATCH` and `DELETE /api/cases/{id}/events/{eventId}`
 * (coordinators; If-Match with the event's version). The configs below validate the request, type the
 * handlers and write the operations of `/api/openapi.json` (web/ui/openapi-route.ts). The declared body
 * is the change's shape; what depends on the stored event (a court only for hearings, a hearing's court)
 * stays in the use case, which also parses it for the edit page. Roles, visibility and versions live there.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { correctEvent, deleteEvent, withVersion } from '#shared/cases/index.ts';
import { eventChangeSchema } from '#shared/domain/event-correction.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { WebDeps } from '../env.ts';
import { timelineEventSchema } from '../cases/parts.ts';
import { errors, problem } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';

const tags = ['Timeline'];
const params = z.object({ id: pathId(), eventId: pathId('A timeline event of the case') });
const headers = z.object({ 'If-Match': ifMatchHeader });

const correctRoute = createRoute({
  method: 'patch', path: '/api/cases/{id}/events/{eventId}', operationId: 'correctEvent', tags, security: session,
  summary: "Correct a timeline event (coordinators); If-Match with the event's version (each event in GET …/events carries it; events never corrected are version 1). The calendar, the observers' sign-ups and reminders, the feeds and the week's digest news follow; never moves the case's risk status. A proceeding's stage (type proceeding_*) answers 409: it changes with its proceeding. Audited with the fields that changed",
  middleware: [jsonBody],
  request: { params, headers, body: jsonRequest('EventChange', eventChangeSchema) },
  responses: { 200: jsonAnswer('The corrected event, its version as ETag', 'TimelineEvent', timelineEventSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

const deleteRoute = createRoute({
  method: 'delete', path: '/api/cases/{id}/events/{eventId}', operationId: 'deleteEvent', tags, security: session,
  summary: "Delete a timeline event (coordinators); If-Match with the event's version. A hearing leaves the calendar and the feeds, and its observers the roster; the event leaves the week's digest news. Audited",
  request: { params, headers },
  responses: { 204: { description: 'Deleted' }, 409: problem, 412: problem, 428: problem, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const correctionsRoutes = [correctRoute, deleteRoute];
/** The corrections' part of `/api/openapi.json`. */
export const correctionsOpenApi = () => openApiPart(correctionsRoutes);

export function correctionsApi(deps: WebDeps) {
  return apiApp()
    .openapi(correctRoute, async (c) => {
      const { id, eventId } = c.req.valid('param');
      const { event } = await correctEvent(deps, c.get('viewer'), id, eventId, c.req.valid('header')['If-Match'], c.req.valid('json'));
      const shown = withVersion(event);
      c.header('ETag', etagOf(shown));
      return c.json(shown, 200);
    })

    .openapi(deleteRoute, async (c) => {
      const { id, eventId } = c.req.valid('param');
      await deleteEvent(deps, c.get('viewer'), id, eventId, c.req.valid('header')['If-Match']);
      return c.body(null, 204);
    });
}
