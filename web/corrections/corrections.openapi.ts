/**
 * The corrections' part of the OpenAPI document, still written by hand: `PATCH` and `DELETE
 * /api/cases/{id}/events/{eventId}`. Spread into the document in `web/openapi/openapi.ts`; the
 * corrected event is the cases slice's `TimelineEvent` component.
 */
import { eventChangeSchema } from '#shared/domain/event-correction.ts';
import { answer, errors, ifMatch, json, problem, schema, uuidParam } from '../ui/openapi-parts.ts';

export const correctionsSchemas = { EventChange: schema(eventChangeSchema) };

export function correctionsPaths() {
  const id = uuidParam('id');
  const eventId = uuidParam('eventId', 'A timeline event of the case');
  const tags = ['Timeline'];
  return {
    '/api/cases/{id}/events/{eventId}': {
      patch: {
        operationId: 'correctEvent', tags,
        summary: "Correct a timeline event (coordinators); If-Match with the event's version (each event in GET …/events carries it; events never corrected are version 1). The calendar, the observers' sign-ups and reminders, the feeds and the week's digest news follow; never moves the case's risk status. A proceeding's stage (type proceeding_*) answers 409: it changes with its proceeding. Audited with the fields that changed",
        parameters: [id, eventId, ifMatch], requestBody: { required: true, content: json('EventChange') },
        responses: { 200: answer('The corrected event, its version as ETag', 'TimelineEvent'), 409: problem, 412: problem, 428: problem, ...errors },
      },
      delete: {
        operationId: 'deleteEvent', tags,
        summary: "Delete a timeline event (coordinators); If-Match with the event's version. A hearing leaves the calendar and the feeds, and its observers the roster; the event leaves the week's digest news. Audited",
        parameters: [id, eventId, ifMatch], responses: { 204: { description: 'Deleted' }, 409: problem, 412: problem, 428: problem, ...errors },
      },
    },
  };
}
