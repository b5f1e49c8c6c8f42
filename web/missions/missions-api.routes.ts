/**
 * JSON API for diplomats' work, declared once: the EU Guidelines taxonomy, action requests and
 * mission actions. The `createRoute` configs below validate the request, type the handlers and
 * write the operations of `/api/openapi.json` (web/ui/openapi-route.ts). Rules (roles, visibility,
 * consult-before-acting, a due date not passed, an action not logged ahead) live in the use cases;
 * this file only translates HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { EU_ACTION_TYPES } from '#shared/domain/eu-guidelines.ts';
import { dayOf } from '#shared/calendar/calendar.ts';
import { etagOf } from '#shared/writes/versions.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import { createRequestSchema, requestListQuerySchema, respondSchema } from '#shared/missions/action-request.ts';
import { createActionRequest } from '#shared/missions/create-request.ts';
import { actionsOfCase, listActionRequests, requestsOfCase } from '#shared/missions/list-requests.ts';
import { logMissionAction } from '#shared/missions/log-action.ts';
import { logActionSchema } from '#shared/missions/mission-action.ts';
import { actionView, requestView } from '#shared/missions/mission-access.ts';
import { respondToRequest } from '#shared/missions/respond-request.ts';
import { verifyMissionAction } from '#shared/missions/verify-action.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { notifyAfterAnswer } from '../notifications/index.ts';
import { anyone, errors, listOf, problem, schema, sessionOptional } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { gapsApiRoutes } from './gaps-api.routes.ts';
import { actionRequestSchema, actionRequestWithCaseSchema, euActionTypeSchema, gapSchema, missionActionSchema, pageOf } from './mission-schemas.ts';

const tags = ['Missions'];
const caseParams = z.object({ id: pathId('The case') });
const idempotency = z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() });
const ifMatch = z.object({ 'If-Match': ifMatchHeader });

const guidelinesRoute = createRoute({
  method: 'get', path: '/api/eu-guidelines', operationId: 'listEuActionTypes', tags, security: anyone,
  summary: 'The EU Guidelines action types: code, label, explanation, publicFacing',
  responses: { 200: jsonAnswer('The action types', 'EuActionTypes', z.object({ items: z.array(euActionTypeSchema) }), listOf('EuActionType', false)), 500: problem },
});

const listRoute = createRoute({
  method: 'get', path: '/api/action-requests', operationId: 'listActionRequests', tags, security: session,
  summary: "Requests for a diplomat's posting (coordinators: for ?country=), open ones soonest due first",
  request: { query: requestListQuerySchema },
  responses: { 200: jsonAnswer('A page of requests', 'ActionRequestPage', pageOf(actionRequestWithCaseSchema), listOf('ActionRequestWithCase')), ...errors },
});

const caseRequestsRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/action-requests', operationId: 'listCaseActionRequests', tags, security: sessionOptional,
  summary: "The case's requests the caller may see",
  request: { params: caseParams },
  responses: { 200: jsonAnswer('The requests', 'ActionRequests', z.object({ items: z.array(actionRequestSchema) }), listOf('ActionRequest', false)), ...errors },
});

// The body is checked here against the rules that need no date; the use case checks the due date
// against today after its access checks.
const requestRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/action-requests', operationId: 'requestMissionAction', tags, security: session,
  summary: 'Ask the missions in a country to act (coordinators); publicActionCleared required for public-facing action on a non-public case',
  middleware: [jsonBody],
  request: { params: caseParams, headers: idempotency, body: jsonRequest('CreateActionRequest', createRequestSchema) },
  responses: { 201: jsonAnswer('Created', 'ActionRequest', actionRequestSchema), 409: problem, 422: problem, ...errors },
});

const respondRoute = createRoute({
  method: 'patch', path: '/api/cases/{id}/action-requests/{requestId}', operationId: 'respondToActionRequest', tags, security: session,
  summary: 'Acknowledge or decline (a mission posted there), or withdraw (coordinators); If-Match required',
  middleware: [jsonBody],
  request: { params: caseParams.extend({ requestId: pathId('The request') }), headers: ifMatch, body: jsonRequest('RespondToActionRequest', respondSchema) },
  responses: { 200: jsonAnswer('Updated', 'ActionRequest', actionRequestSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

const caseActionsRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/mission-actions', operationId: 'listMissionActions', tags, security: sessionOptional,
  summary: "The case's mission actions the caller may see, newest first",
  request: { params: caseParams },
  responses: { 200: jsonAnswer('The actions', 'MissionActions', z.object({ items: z.array(missionActionSchema) }), listOf('MissionAction', false)), ...errors },
});

// As for requests: the date is checked against today (not ahead) by the use case.
const logRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/mission-actions', operationId: 'logMissionAction', tags, security: session,
  summary: 'Log a mission action (diplomats); with requestId it marks that request done',
  middleware: [jsonBody],
  request: { params: caseParams, headers: idempotency, body: jsonRequest('LogMissionAction', logActionSchema) },
  responses: { 201: jsonAnswer('Created', 'MissionAction', missionActionSchema), 409: problem, 422: problem, ...errors },
});

const verifyRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/mission-actions/{actionId}/verification', operationId: 'verifyMissionAction', tags, security: session,
  summary: 'Verify a mission action (coordinators); If-Match required',
  request: { params: caseParams.extend({ actionId: pathId('The action') }), headers: ifMatch },
  responses: { 200: jsonAnswer('Verified', 'MissionAction', missionActionSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

const missionsApiRoutes = [guidelinesRoute, listRoute, caseRequestsRoute, requestRoute, respondRoute, caseActionsRoute, logRoute, verifyRoute];
/** The missions' and the gap view's routes as declared, for the document and for the test that holds it to them. */
export const missionRoutes = [...missionsApiRoutes, ...gapsApiRoutes];

/** Items of lists that no route answers alone: the lists' `items` refer to them by name. */
const listItems = { ActionRequestWithCase: actionRequestWithCaseSchema, EuActionType: euActionTypeSchema, Gap: gapSchema };

/** The missions' part of `/api/openapi.json`. */
export function missionsOpenApi() {
  const { paths, schemas } = openApiPart(missionRoutes);
  return { paths, schemas: { ...schemas, ...Object.fromEntries(Object.entries(listItems).map(([name, item]) => [name, schema(item, 'output')])) } };
}

export function missionsApi(deps: WebDeps) {
  const today = () => dayOf(deps.clock.now());
  return apiApp()
    .openapi(guidelinesRoute, (c) => c.json({ items: EU_ACTION_TYPES.map((t) => ({ ...t })) }, 200))

    .openapi(listRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      const { items, nextCursor } = await listActionRequests(deps, c.get('viewer'), c.req.valid('query'));
      return c.json({ items, nextCursor }, 200);
    })

    .openapi(requestRoute, async (c) => {
      const result = await createActionRequest(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof actionRequestSchema>>(c, result);
      await notifyAfterAnswer(deps, { kind: 'newRequest', caseId: result.request.caseId, requestId: result.request.id });
      c.header('Location', `/api/cases/${result.request.caseId}/action-requests/${result.request.id}`);
      c.header('ETag', etagOf(result.request));
      return c.json(requestView(c.get('viewer'), result.request, today()), 201);
    })

    .openapi(caseRequestsRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await requestsOfCase(deps, c.get('viewer'), c.req.valid('param').id) }, 200);
    })

    .openapi(respondRoute, async (c) => {
      const viewer = c.get('viewer');
      const { id, requestId } = c.req.valid('param');
      const updated = await respondToRequest(deps, viewer, id, requestId, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(updated));
      return c.json(requestView(viewer, updated, today()), 200);
    })

    .openapi(logRoute, async (c) => {
      const result = await logMissionAction(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof missionActionSchema>>(c, result);
      c.header('Location', `/api/cases/${result.action.caseId}/mission-actions/${result.action.id}`);
      c.header('ETag', etagOf(result.action));
      return c.json(result.action, 201);
    })

    .openapi(caseActionsRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await actionsOfCase(deps, c.get('viewer'), c.req.valid('param').id) }, 200);
    })

    .openapi(verifyRoute, async (c) => {
      const viewer = c.get('viewer');
      const { id, actionId } = c.req.valid('param');
      const verified = await verifyMissionAction(deps, viewer, id, actionId, c.req.valid('header')['If-Match']);
      await notifyAfterAnswer(deps, { kind: 'actionVerified', caseId: verified.caseId, actionId: verified.id });
      c.header('ETag', etagOf(verified));
      return c.json(actionView(viewer, verified), 200);
    });
}
