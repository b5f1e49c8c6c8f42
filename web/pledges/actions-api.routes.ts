/**
 * JSON API for logged actions, declared once: what an MP did on a case, its correction, a
 * coordinator's verification, and co-signed joint letters. The `createRoute` configs below validate
 * the request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). Roles, visibility, a date not in the future and consent for public
 * actions live in the use cases; this file only speaks HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  coSign, editAction, editActionSchema, getAction, listActions, logAction, newActionSchema, verificationSchema, verifyAction,
} from '#shared/pledges/index.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { notifyAfterAnswer } from '../notifications/index.ts';
import { errors, listOf, problem, sessionOptional } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, pathId, session } from '../ui/openapi-route.ts';
import { coSignatureSchema, loggedActionSchema, noQuery } from './pledge-api-schemas.ts';

const tags = ['Logged actions'];
const caseParams = z.object({ id: pathId('The case') });
const actionParams = caseParams.extend({ actionId: pathId('The logged action') });
const idempotencyKey = z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() });
const ifMatch = z.object({ 'If-Match': ifMatchHeader });
const actionAnswer = (description: string) => jsonAnswer(description, 'LoggedAction', loggedActionSchema);

const listRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/actions', operationId: 'listLoggedActions', tags, security: sessionOptional,
  summary: 'Logged actions the caller may see, newest first',
  request: { params: caseParams, query: noQuery },
  responses: { 200: jsonAnswer('The actions', 'LoggedActions', z.object({ items: z.array(loggedActionSchema) }), listOf('LoggedAction', false)), ...errors },
});

// The body is checked here against the rules that need no clock; the use case refuses a date in
// the future after its access checks.
const logRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/actions', operationId: 'logAction', tags, security: session,
  summary: 'Log an action you did (MPs); optional Idempotency-Key',
  middleware: [jsonBody],
  request: { params: caseParams, query: noQuery, headers: idempotencyKey, body: jsonRequest('NewAction', newActionSchema) },
  responses: { 201: actionAnswer('Created'), 409: problem, 422: problem, ...errors },
});

const getRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/actions/{actionId}', operationId: 'getLoggedAction', tags, security: sessionOptional,
  summary: 'One logged action with its ETag',
  request: { params: actionParams, query: noQuery },
  responses: { 200: actionAnswer('The action'), ...errors },
});

const correctRoute = createRoute({
  method: 'patch', path: '/api/cases/{id}/actions/{actionId}', operationId: 'correctLoggedAction', tags, security: session,
  summary: 'Correct your own action (back to awaiting verification); If-Match required',
  middleware: [jsonBody],
  request: { params: actionParams, query: noQuery, headers: ifMatch, body: jsonRequest('EditAction', editActionSchema) },
  responses: { 200: actionAnswer('Updated'), 409: problem, 412: problem, 428: problem, ...errors },
});

const verifyRoute = createRoute({
  method: 'put', path: '/api/cases/{id}/actions/{actionId}/verification', operationId: 'verifyLoggedAction', tags, security: session,
  summary: 'Verify an action or ask for more (coordinators); If-Match required',
  middleware: [jsonBody],
  request: { params: actionParams, query: noQuery, headers: ifMatch, body: jsonRequest('Verification', verificationSchema) },
  responses: { 200: actionAnswer('Updated'), 409: problem, 412: problem, 428: problem, ...errors },
});

const coSignRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/actions/{actionId}/co-signatures', operationId: 'coSignLetter', tags, security: session,
  summary: 'Co-sign a joint letter (MPs); optional Idempotency-Key: a retry answers the signature already stored',
  request: { params: actionParams, query: noQuery, headers: idempotencyKey },
  responses: { 201: jsonAnswer('Co-signed', 'CoSignature', coSignatureSchema), 409: problem, 422: problem, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const actionRoutes = [listRoute, logRoute, getRoute, correctRoute, verifyRoute, coSignRoute];

export function actionsApi(deps: WebDeps) {
  return apiApp()
    .openapi(listRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await listActions(deps, c.get('viewer'), c.req.valid('param').id) }, 200);
    })

    .openapi(logRoute, async (c) => {
      const result = await logAction(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof loggedActionSchema>>(c, result);
      c.header('Location', `/api/cases/${result.action.caseId}/actions/${result.action.id}`);
      c.header('ETag', etagOf(result.action));
      return c.json(result.action, 201);
    })

    .openapi(getRoute, async (c) => {
      const { id, actionId } = c.req.valid('param');
      const action = await getAction(deps, c.get('viewer'), id, actionId);
      c.header('Cache-Control', 'private, no-store');
      c.header('ETag', etagOf(action));
      return c.json(action, 200);
    })

    .openapi(correctRoute, async (c) => {
      const { id, actionId } = c.req.valid('param');
      const action = await editAction(deps, c.get('viewer'), id, actionId, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(action));
      return c.json(action, 200);
    })

    .openapi(verifyRoute, async (c) => {
      const { id, actionId } = c.req.valid('param');
      const action = await verifyAction(deps, c.get('viewer'), id, actionId, c.req.valid('header')['If-Match'], c.req.valid('json'));
      if (action.verification.state === 'verified') await notifyAfterAnswer(deps, { kind: 'actionVerified', caseId: action.caseId, actionId: action.id });
      c.header('ETag', etagOf(action));
      return c.json(action, 200);
    })

    .openapi(coSignRoute, async (c) => {
      const { id, actionId } = c.req.valid('param');
      const result = await coSign(deps, c.get('viewer'), id, actionId, c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(result.signature, 201);
    });
}
