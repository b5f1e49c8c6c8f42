/**
 * JSON API of urgent alerts, declared once: the `createRoute` configs below validate the request,
 * type the handlers and write the operations of `/api/openapi.json` (web/ui/openapi-route.ts).
 * Rules (roles, visibility, pause, idempotency, a deadline in the future) live in shared/alerts;
 * this file only translates HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  ALERT_ANSWERS, ASKED_ACTIONS, RECIPIENT_REASONS, alertResponseSchema, answerAlert, createAlert, createAlertSchema, getAlertRoster,
} from '#shared/alerts/index.ts';
import { ROLES } from '#shared/domain/member.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { errors, problem } from '../ui/openapi-parts.ts';
import { apiApp, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { alertDeps } from './alert-deps.ts';

const at = z.string().describe('ISO 8601 date and time');

/** What the roster route sends: the alert as sent, and each recipient's delivery and answer. */
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
const sentSchema = z.object({ id: z.uuid(), recipients: z.number().int().describe('How many members it goes to') });
const answeredSchema = z.object({ alertId: z.uuid(), answer: z.enum(ALERT_ANSWERS), answeredAt: at });

const tags = ['Alerts'];
const params = z.object({ id: pathId() });

// The body is checked here against the rules that need no clock; the use case checks the deadline
// against now after its access checks.
const sendRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/alerts', operationId: 'sendAlert', tags, security: session,
  summary: 'Send an urgent alert on the case (coordinators); emails every member concerned who may see it; optional Idempotency-Key',
  middleware: [jsonBody],
  request: { params, headers: z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() }), body: jsonRequest('CreateAlert', createAlertSchema) },
  responses: { 201: jsonAnswer('Sent, with Location', 'AlertSent', sentSchema), 409: problem, 422: problem, ...errors },
});

const rosterRoute = createRoute({
  method: 'get', path: '/api/alerts/{id}', operationId: 'getAlertRoster', tags, security: session,
  summary: 'The alert and its recipients with delivery time and answer (coordinators)',
  request: { params },
  responses: { 200: jsonAnswer('The roster', 'AlertRoster', rosterSchema), ...errors },
});

const answerRoute = createRoute({
  method: 'put', path: '/api/alerts/{id}/response', operationId: 'answerAlert', tags, security: session,
  summary: "A recipient's answer: will_act, done or cannot",
  middleware: [jsonBody],
  request: { params, body: jsonRequest('AlertResponse', alertResponseSchema) },
  responses: { 200: jsonAnswer('The answer as recorded', 'AlertAnswered', answeredSchema), 409: problem, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const alertRoutes = [sendRoute, rosterRoute, answerRoute];
/** The alerts' part of `/api/openapi.json`. */
export const alertsOpenApi = () => openApiPart(alertRoutes);

export function alertsApi(deps: WebDeps) {
  return apiApp()
    .openapi(sendRoute, async (c) => {
      const result = await createAlert(alertDeps(deps), c.get('viewer'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof sentSchema>>(c, result);
      c.header('Location', `/api/alerts/${result.alert.id}`);
      return c.json({ id: result.alert.id, recipients: result.alert.recipientCount }, 201);
    })

    .openapi(rosterRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await getAlertRoster(deps, c.get('viewer'), c.req.valid('param').id), 200);
    })

    .openapi(answerRoute, async (c) => {
      const { me } = await answerAlert(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ alertId: me.alertId, answer: me.answer, answeredAt: me.answeredAt }, 200);
    });
}
