/**
 * JSON API for MP adoption, declared once: pledges, twinning, suggestions and "my pledges". The
 * `createRoute` configs below validate the request, type the handlers and write the operations of
 * `/api/openapi.json` (web/ui/openapi-route.ts); the logged actions are in actions-api.routes.ts.
 * Roles, visibility and the rules that need the store live in the use cases; this file only speaks HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireMember } from '#shared/access/roles.ts';
import { getCase } from '#shared/cases/read-cases.ts';
import {
  createPledge, createPledgeSchema, endTwinning, getPledge, listMyPledges, listPledges, myPledgesQuerySchema, suggestionsFor,
  updatePledge, updatePledgeSchema, withdrawPledge,
} from '#shared/pledges/index.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { errors, listOf, problem } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, pathId, session } from '../ui/openapi-route.ts';
import { casePledgesSchema, myAdoptionSchema, noQuery, pledgeSchema, suggestionsSchema } from './pledge-api-schemas.ts';

const tags = ['Pledges'];
const caseParams = z.object({ id: pathId('The case') });
const pledgeParams = caseParams.extend({ memberId: pathId('The MP who pledged') });
const pledgeAnswer = (description: string) => jsonAnswer(description, 'Pledge', pledgeSchema);

const listRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/pledges', operationId: 'listPledges', tags, security: session,
  summary: "A case's adopters (members who may see the case)",
  request: { params: caseParams, query: noQuery },
  responses: { 200: jsonAnswer('The adopters and the twin', 'CasePledges', casePledgesSchema), ...errors },
});

const pledgeRoute = createRoute({
  method: 'post', path: '/api/cases/{id}/pledges', operationId: 'pledge', tags, security: session,
  summary: 'Adopt the case (MPs, for themselves); twin: true also claims the single twin place; optional Idempotency-Key',
  middleware: [jsonBody],
  request: {
    params: caseParams, query: noQuery,
    headers: z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() }),
    body: jsonRequest('CreatePledge', createPledgeSchema),
  },
  responses: { 201: pledgeAnswer('Created, with Location and ETag'), 409: problem, 422: problem, ...errors },
});

const getRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/pledges/{memberId}', operationId: 'getPledge', tags, security: session,
  summary: 'One pledge with its ETag',
  request: { params: pledgeParams, query: noQuery },
  responses: { 200: pledgeAnswer('The pledge'), ...errors },
});

const updateRoute = createRoute({
  method: 'patch', path: '/api/cases/{id}/pledges/{memberId}', operationId: 'updatePledge', tags, security: session,
  summary: 'Change your own pledge; If-Match required',
  middleware: [jsonBody],
  request: { params: pledgeParams, query: noQuery, headers: z.object({ 'If-Match': ifMatchHeader }), body: jsonRequest('UpdatePledge', updatePledgeSchema) },
  responses: { 200: pledgeAnswer('Updated'), 409: problem, 412: problem, 428: problem, ...errors },
});

const withdrawRoute = createRoute({
  method: 'delete', path: '/api/cases/{id}/pledges/{memberId}', operationId: 'withdrawPledge', tags, security: session,
  summary: 'Withdraw your own pledge; If-Match required',
  request: { params: pledgeParams, query: noQuery, headers: z.object({ 'If-Match': ifMatchHeader }) },
  responses: { 204: { description: 'Withdrawn' }, 412: problem, 428: problem, ...errors },
});

const endTwinningRoute = createRoute({
  method: 'delete', path: '/api/cases/{id}/twin', operationId: 'endTwinning', tags, security: session,
  summary: 'End the twinning (coordinators)',
  request: { params: caseParams, query: noQuery },
  responses: { 204: { description: 'Ended' }, 412: problem, ...errors },
});

const suggestionsRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/suggestions', operationId: 'suggestActions', tags, security: session,
  summary: 'Suggested next actions from the current risk statuses, once each, each with the status that calls for it (members)',
  request: { params: caseParams, query: noQuery },
  responses: { 200: jsonAnswer('The suggestions', 'Suggestions', suggestionsSchema), ...errors },
});

const myPledgesRoute = createRoute({
  method: 'get', path: '/api/me/pledges', operationId: 'listMyPledges', tags, security: session,
  summary: 'Your adoptions with what is still to do (MPs); cases you may no longer see are left out',
  request: { query: myPledgesQuerySchema },
  responses: {
    200: jsonAnswer('A page of adoptions', 'MyAdoptions', z.object({ items: z.array(myAdoptionSchema), nextCursor: z.string().nullable() }), listOf('MyAdoption')),
    ...errors,
  },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const pledgeRoutes = [listRoute, pledgeRoute, getRoute, updateRoute, withdrawRoute, endTwinningRoute, suggestionsRoute, myPledgesRoute];

export function pledgesApi(deps: WebDeps) {
  return apiApp()
    .openapi(listRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await listPledges(deps, c.get('viewer'), c.req.valid('param').id), 200);
    })

    .openapi(pledgeRoute, async (c) => {
      const result = await createPledge(deps, c.get('viewer'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<z.output<typeof pledgeSchema>>(c, result);
      const { pledge } = result;
      c.header('Location', `/api/cases/${pledge.caseId}/pledges/${pledge.memberId}`);
      c.header('ETag', etagOf(pledge));
      return c.json(pledge, 201);
    })

    .openapi(getRoute, async (c) => {
      const { id, memberId } = c.req.valid('param');
      const pledge = await getPledge(deps, c.get('viewer'), id, memberId);
      c.header('Cache-Control', 'private, no-store');
      c.header('ETag', etagOf(pledge));
      return c.json(pledge, 200);
    })

    .openapi(updateRoute, async (c) => {
      const { id, memberId } = c.req.valid('param');
      const pledge = await updatePledge(deps, c.get('viewer'), id, memberId, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(pledge));
      return c.json(pledge, 200);
    })

    .openapi(withdrawRoute, async (c) => {
      const { id, memberId } = c.req.valid('param');
      await withdrawPledge(deps, c.get('viewer'), id, memberId, c.req.valid('header')['If-Match']);
      return c.body(null, 204);
    })

    .openapi(endTwinningRoute, async (c) => {
      await endTwinning(deps, c.get('viewer'), c.req.valid('param').id);
      return c.body(null, 204);
    })

    .openapi(suggestionsRoute, async (c) => {
      requireMember(c.get('viewer'));
      const found = await getCase(deps, c.get('viewer'), c.req.valid('param').id);
      c.header('Cache-Control', 'private, no-store');
      return c.json({ riskStatuses: found.riskStatuses, items: suggestionsFor(found) }, 200);
    })

    .openapi(myPledgesRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await listMyPledges(deps, c.get('viewer'), c.req.valid('query')), 200);
    });
}
