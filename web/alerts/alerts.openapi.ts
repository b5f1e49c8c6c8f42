/**
 * The OpenAPI part for urgent alerts, from the same zod schemas that
 * validate the requests. Spread into the document in `openapi.ts`.
 */
import { alertResponseSchema, createAlertSchema } from '#shared/alerts/index.ts';
import { schema, problem, json, errors, uuidParam as uuid } from '../ui/openapi-parts.ts';

export const alertSchemas = {
  CreateAlert: schema(createAlertSchema),
  AlertResponse: schema(alertResponseSchema),
  AlertRoster: { type: 'object', description: 'An alert with each recipient (name, role, country, why, delivery status and time, answer) and the time to the first answer.' },
};

export function alertPaths() {
  const id = uuid('id');
  const idempotencyKey = { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } };
  return {
    '/api/cases/{id}/alerts': {
      post: {
        summary: 'Send an urgent alert on the case (coordinators); emails every member concerned who may see it; optional Idempotency-Key',
        parameters: [id, idempotencyKey], requestBody: { required: true, content: json('CreateAlert') },
        responses: { 201: { description: '{ id, recipients } (the number of members it goes to), with Location' }, 409: problem, 422: problem, ...errors },
      },
    },
    '/api/alerts/{id}': {
      get: { summary: 'The alert and its recipients with delivery time and answer (coordinators)', parameters: [id], responses: { 200: { description: 'Roster', content: json('AlertRoster') }, ...errors } },
    },
    '/api/alerts/{id}/response': {
      put: {
        summary: "A recipient's answer: will_act, done or cannot",
        parameters: [id], requestBody: { required: true, content: json('AlertResponse') },
        responses: { 200: { description: '{ alertId, answer, answeredAt }' }, ...errors },
      },
    },
  };
}
