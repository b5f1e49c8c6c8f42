/**
 * The OpenAPI part for urgent alerts: requests from the zod schemas that validate them, answers
 * from zod schemas of what the routes send. Spread into the document in `openapi.ts`.
 */
import { z } from 'zod';
import { ALERT_ANSWERS, ASKED_ACTIONS, RECIPIENT_REASONS, alertResponseSchema, createAlertSchema } from '#shared/alerts/index.ts';
import { ROLES } from '#shared/domain/member.ts';
import { answer, errors, idempotencyKey, json, problem, schema, uuidParam as uuid } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');

const rosterSchema = z.object({
  alert: z.object({
    id: z.uuid(), caseId: z.uuid(), defenderName: z.string().describe('As when sent'), country: z.string(), happened: z.string(),
    askedActions: z.array(z.enum(ASKED_ACTIONS as unknown as [string, ...string[]])), asked: z.string(), deadline: at,
    createdAt: at, createdBy: z.string(), recipientCount: z.number().int(),
  }),
  recipients: z.array(z.object({
    memberId: z.uuid(), name: z.string(), role: z.enum(ROLES), country: z.string().optional(), reason: z.enum(RECIPIENT_REASONS),
    status: z.enum(['queued', 'sending', 'sent', 'suppressed', 'failed']), deliveredAt: at.optional(),
    answer: z.enum(ALERT_ANSWERS).optional(), answeredAt: at.optional(),
  })),
  firstAnswerAt: at.optional(),
  secondsToFirstAnswer: z.number().int().optional(),
});

export const alertSchemas = {
  CreateAlert: schema(createAlertSchema),
  AlertResponse: schema(alertResponseSchema),
  AlertSent: schema(z.object({ id: z.uuid(), recipients: z.number().int().describe('How many members it goes to') }), 'output'),
  AlertRoster: schema(rosterSchema, 'output'),
  AlertAnswered: schema(z.object({ alertId: z.uuid(), answer: z.enum(ALERT_ANSWERS), answeredAt: at }), 'output'),
};

export function alertPaths() {
  const id = uuid('id');
  const tags = ['Alerts'];
  return {
    '/api/cases/{id}/alerts': {
      post: {
        operationId: 'sendAlert', tags,
        summary: 'Send an urgent alert on the case (coordinators); emails every member concerned who may see it; optional Idempotency-Key',
        parameters: [id, idempotencyKey], requestBody: { required: true, content: json('CreateAlert') },
        responses: { 201: answer('Sent, with Location', 'AlertSent'), 409: problem, 422: problem, ...errors },
      },
    },
    '/api/alerts/{id}': {
      get: {
        operationId: 'getAlertRoster', tags, summary: 'The alert and its recipients with delivery time and answer (coordinators)',
        parameters: [id], responses: { 200: answer('The roster', 'AlertRoster'), ...errors },
      },
    },
    '/api/alerts/{id}/response': {
      put: {
        operationId: 'answerAlert', tags, summary: "A recipient's answer: will_act, done or cannot",
        parameters: [id], requestBody: { required: true, content: json('AlertResponse') },
        responses: { 200: answer('The answer as recorded', 'AlertAnswered'), 409: problem, ...errors },
      },
    },
  };
}
