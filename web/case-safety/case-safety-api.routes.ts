/**
 * JSON API for the protective side of a case, declared once: visibility and its consent ledger,
 * the pause, the clearance of MPs' public action, the timeline, sensitive fields and the audit
 * log. The `createRoute` configs below validate the request, type the handlers and write the
 * operations of `/api/openapi.json` (web/ui/openapi-route.ts). Authorization and visibility live
 * in the use cases; this file only translates HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '#shared/access/roles.ts';
import { auditQuerySchema, caseAudit, memberAudit } from '#shared/case-safety/audit-log.ts';
import { changeVisibility, pauseSchema } from '#shared/case-safety/consent.ts';
import { pauseAndNotify } from '#shared/case-safety/pause-publicity.ts';
import { clearanceSchema, setPublicActionClearance } from '#shared/case-safety/public-action-clearance.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { readSensitive, saveSensitive } from '#shared/case-safety/sensitive.ts';
import { addEvent, eventAnswer, newestFirst } from '#shared/cases/timeline.ts';
import { withVersion } from '#shared/cases/index.ts';
import { caseView } from '#shared/cases/case-view.ts';
import { visibilityChangeSchema } from '#shared/domain/case.ts';
import { sensitiveFieldsSchema } from '#shared/domain/sensitive.ts';
import { newEventSchema } from '#shared/domain/timeline.ts';
import { etagOf } from '#shared/writes/versions.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { errors, listOf, problem, schema, sessionOptional } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import {
  auditEntrySchema, auditPageSchema, caseAnswerSchema, consentEntrySchema, eventPostedSchema, pausedSchema, sensitiveAnswerSchema, timelineEventSchema,
} from './case-safety-answers.ts';

const tags = ['Case safety'];
const params = z.object({ id: pathId() });
const ifMatch = z.object({ 'If-Match': ifMatchHeader });
const caseAnswer = (description: string) => jsonAnswer(description, 'Case', caseAnswerSchema);
const sensitiveAnswer = (description: string) => jsonAnswer(description, 'SensitiveFieldsAnswer', sensitiveAnswerSchema);
const auditAnswer = jsonAnswer('A page of audit entries', 'AuditPage', auditPageSchema, listOf('AuditEntry'));

const visibilityRoute = createRoute({
  method: 'put', path: '/api/cases/{id}/visibility', operationId: 'changeVisibility', tags, security: session,
  summary: 'Change visibility with its consent basis (coordinators); ends a pause',
  middleware: [jsonBody],
  request: { params, headers: ifMatch, body: jsonRequest('VisibilityChange', visibilityChangeSchema) },
  responses: { 200: caseAnswer('The case, with its new ETag'), 409: problem, 412: problem, 428: problem, ...errors },
});

const clearanceRoute = createRoute({
  method: 'put', path: '/api/cases/{id}/public-action-clearance', operationId: 'setPublicActionClearance', tags, security: session,
  summary: "Clear MPs' public action on a case not consented as public, or withdraw it (coordinators); If-Match required; recorded in the consent ledger",
  middleware: [jsonBody],
  request: { params, headers: ifMatch, body: jsonRequest('PublicActionClearance', clearanceSchema) },
  responses: { 200: caseAnswer('The case, with its new ETag'), 409: problem, 412: problem, 428: problem, ...errors },
});

const pauseRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/pause', operationId: 'pausePublicity', tags, security: session,
  summary: 'Pause publicity at once, recording its basis and reason in the consent ledger, and privately notify everyone who acted on the case',
  middleware: [jsonBody],
  request: { params, body: jsonRequest('Pause', pauseSchema) },
  responses: { 200: jsonAnswer('The paused case and how many were told', 'Paused', pausedSchema), 409: problem, ...errors },
});

const consentRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/consent', operationId: 'listConsent', tags, security: session,
  summary: 'The consent ledger, newest first (coordinators)',
  request: { params },
  responses: { 200: jsonAnswer('The ledger', 'ConsentLedger', z.object({ items: z.array(consentEntrySchema) }), listOf('ConsentEntry', false)), ...errors },
});

// The body is checked here against the rules that need no case; the use case places a hearing's
// local time in the case country's zone (when none is given) after its access checks.
const addEventRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/events', operationId: 'addEvent', tags: ['Timeline'], security: session,
  summary: 'Post a timeline event (coordinators); If-Match needed when it moves the risk status; optional Idempotency-Key',
  middleware: [jsonBody],
  request: {
    params,
    // If-Match is asked for by the use case only when the event moves the risk status (428 then).
    headers: z.object({ 'If-Match': z.string().optional(), 'Idempotency-Key': idempotencyKeySchema.optional() }),
    body: jsonRequest('NewEvent', newEventSchema),
  },
  responses: { 201: jsonAnswer('The event and the case, with its ETag', 'EventPosted', eventPostedSchema), 409: problem, 412: problem, 422: problem, 428: problem, ...errors },
});

const eventsRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/events', operationId: 'listEvents', tags: ['Timeline'], security: sessionOptional,
  summary: 'The timeline, newest first, each event with its version',
  request: { params },
  responses: { 200: jsonAnswer('The events', 'TimelineEvents', z.object({ items: z.array(timelineEventSchema) }), listOf('TimelineEvent', false)), ...errors },
});

const readSensitiveRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/sensitive', operationId: 'readSensitiveFields', tags, security: session,
  summary: 'Sensitive fields (coordinators; every read is audited)',
  request: { params },
  responses: { 200: sensitiveAnswer('The fields, with ETag (version 0 before the first save)'), ...errors },
});

const saveSensitiveRoute = createRoute({
  method: 'put', path: '/api/cases/{id}/sensitive', operationId: 'saveSensitiveFields', tags, security: session,
  summary: 'Replace the sensitive fields (coordinators; If-Match "0" before the first save)',
  middleware: [jsonBody],
  request: { params, headers: ifMatch, body: jsonRequest('SensitiveFields', sensitiveFieldsSchema) },
  responses: { 200: sensitiveAnswer('The saved fields, with their new ETag'), 409: problem, 412: problem, 428: problem, ...errors },
});

const caseAuditRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/audit', operationId: 'caseAudit', tags: ['Audit'], security: session,
  summary: 'Audit log of a case, newest first (coordinators)',
  request: { params, query: auditQuerySchema },
  responses: { 200: auditAnswer, ...errors },
});

const memberAuditRoute = createRoute({
  method: 'get', path: '/api/members/{id}/audit', operationId: 'memberAudit', tags: ['Audit'], security: session,
  summary: 'What a member did, newest first (coordinators)',
  request: { params, query: auditQuerySchema },
  responses: { 200: auditAnswer, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const caseSafetyRoutes = [
  visibilityRoute, clearanceRoute, pauseRoute, consentRoute, addEventRoute, eventsRoute, readSensitiveRoute, saveSensitiveRoute, caseAuditRoute, memberAuditRoute,
];
/** The protective side's part of `/api/openapi.json`; the items of its lists are named components of their own. */
export function caseSafetyOpenApi() {
  const { paths, schemas } = openApiPart(caseSafetyRoutes);
  return { paths, schemas: { ...schemas, ConsentEntry: schema(consentEntrySchema, 'output'), AuditEntry: schema(auditEntrySchema, 'output') } };
}

export function caseSafetyApi(deps: WebDeps) {
  return apiApp()
    .openapi(visibilityRoute, async (c) => {
      const updated = await changeVisibility(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(updated));
      return c.json(caseView(c.get('viewer'), updated), 200);
    })

    .openapi(clearanceRoute, async (c) => {
      const updated = await setPublicActionClearance(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(updated));
      return c.json(caseView(c.get('viewer'), updated), 200);
    })

    .openapi(pauseRoute, async (c) => {
      const result = await pauseAndNotify(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', etagOf(result.case));
      return c.json({ case: caseView(c.get('viewer'), result.case), notified: result.notified }, 200);
    })

    .openapi(consentRoute, async (c) => {
      const viewer = c.get('viewer');
      const bundle = await getCaseBundle(deps, viewer, c.req.valid('param').id);
      requireRole(viewer, 'coordinator');
      return c.json({ items: [...bundle.consent].reverse() }, 200);
    })

    .openapi(addEventRoute, async (c) => {
      const headers = c.req.valid('header');
      const result = await addEvent(deps, c.get('viewer'), c.req.valid('param').id, headers['If-Match'], c.req.valid('json'), headers['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof eventPostedSchema>>(c, result);
      c.header('ETag', etagOf(result.case));
      return c.json(eventAnswer(c.get('viewer'), result), 201);
    })

    .openapi(eventsRoute, async (c) => {
      const bundle = await getCaseBundle(deps, c.get('viewer'), c.req.valid('param').id);
      // Each with its version, the If-Match a correction names.
      return c.json({ items: newestFirst(bundle.events).map(withVersion) }, 200);
    })

    .openapi(readSensitiveRoute, async (c) => {
      const { fields } = await readSensitive(deps, c.get('viewer'), c.req.valid('param').id);
      c.header('ETag', etagOf(fields));
      c.header('Cache-Control', 'private, no-store');
      return c.json(fields, 200);
    })

    .openapi(saveSensitiveRoute, async (c) => {
      const fields = await saveSensitive(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(fields));
      c.header('Cache-Control', 'private, no-store');
      return c.json(fields, 200);
    })

    .openapi(caseAuditRoute, async (c) => c.json(await caseAudit(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('query')), 200))

    .openapi(memberAuditRoute, async (c) => c.json(await memberAudit(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('query')), 200));
}
