/**
 * JSON API for defender cases, declared once: the `createRoute` configs below validate the
 * request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). Authorization and visibility live in the use cases; this file only
 * translates HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createCase } from '#shared/cases/create-case.ts';
import { listCases } from '#shared/cases/read-cases.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { newestFirst } from '#shared/cases/timeline.ts';
import { caseView, type CaseView } from '#shared/cases/case-view.ts';
import { updateCase } from '#shared/cases/update-case.ts';
import { caseListQuerySchema, createCaseSchema, updateCaseSchema } from '#shared/domain/case.ts';
import { etagOf } from '#shared/writes/versions.ts';
import { idempotencyKeySchema } from '#shared/writes/idempotency.ts';
import type { WebDeps } from '../env.ts';
import { replayed } from '../middleware/replayed.ts';
import { errors, listOf, problem, schema, sessionOptional } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, pathId, session } from '../ui/openapi-route.ts';
import { caseAnswerSchema, timelineEventSchema } from './case-answers.ts';

const caseListSchema = z.object({
  items: z.array(caseAnswerSchema),
  nextCursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last one.'),
});

const tags = ['Cases'];
const params = z.object({ id: pathId() });

const listRoute = createRoute({
  method: 'get', path: '/api/cases', operationId: 'listCases', tags, security: sessionOptional,
  summary: 'Cases the caller may see, most recently updated first',
  request: { query: caseListQuerySchema },
  responses: { 200: jsonAnswer('A page of cases', 'CaseList', caseListSchema, listOf('Case')), ...errors },
});

const createCaseRoute = createRoute({
  method: 'post', path: '/api/cases', operationId: 'createCase', tags, security: session,
  summary: 'Create a case (coordinators); optional Idempotency-Key',
  middleware: [jsonBody],
  request: { headers: z.object({ 'Idempotency-Key': idempotencyKeySchema.optional() }), body: jsonRequest('CreateCase', createCaseSchema) },
  responses: { 201: jsonAnswer('Created, with Location and ETag', 'Case', caseAnswerSchema), 409: problem, 422: problem, ...errors },
});

const readRoute = createRoute({
  method: 'get', path: '/api/cases/{id}', operationId: 'getCase', tags, security: sessionOptional,
  summary: 'One case with its timeline, newest first (404 if the caller may not see it)',
  request: { params },
  responses: {
    200: jsonAnswer('The case, with ETag', 'CaseWithTimeline', caseAnswerSchema.extend({ timeline: z.array(timelineEventSchema) })),
    ...errors,
  },
});

// A rule on the case as it would be after the edit (a closed case needs its reason) stays in the use case.
const updateRoute = createRoute({
  method: 'patch', path: '/api/cases/{id}', operationId: 'updateCase', tags, security: session,
  summary: 'Edit a case (coordinators); If-Match required',
  middleware: [jsonBody],
  request: { params, headers: z.object({ 'If-Match': ifMatchHeader }), body: jsonRequest('UpdateCase', updateCaseSchema) },
  responses: { 200: jsonAnswer('Updated, with its new ETag', 'Case', caseAnswerSchema), 409: problem, 412: problem, 428: problem, ...errors },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const casesRoutes = [listRoute, createCaseRoute, readRoute, updateRoute];
/**
 * The cases' part of `/api/openapi.json`. `TimelineEvent` is named on its own: the lists of events
 * and the corrections answer it by reference, while the case's own read holds its events inline.
 */
export function casesOpenApi() {
  const { paths, schemas } = openApiPart(casesRoutes);
  return { paths, schemas: { ...schemas, TimelineEvent: schema(timelineEventSchema, 'output') } };
}

export function casesApi(deps: WebDeps) {
  return apiApp()
    .openapi(listRoute, async (c) => {
      const viewer = c.get('viewer');
      // The query as sent: the use case parses it again (its output, lists and booleans, would not parse twice)
      // and checks the cursor against this caller and these filters.
      const { items, nextCursor } = await listCases(deps, viewer, c.req.query());
      return c.json({ items: items.map((item) => caseView(viewer, item)), nextCursor }, 200);
    })

    .openapi(createCaseRoute, async (c) => {
      const viewer = c.get('viewer');
      const result = await createCase(deps, viewer, c.req.valid('json'), c.req.valid('header')['Idempotency-Key']);
      if (result.replayed) return replayed<CaseView>(c, result);
      c.header('Location', `/api/cases/${result.case.id}`);
      c.header('ETag', etagOf(result.case));
      return c.json(caseView(viewer, result.case), 201);
    })

    .openapi(readRoute, async (c) => {
      const viewer = c.get('viewer');
      const bundle = await getCaseBundle(deps, viewer, c.req.valid('param').id, { opening: true });
      c.header('ETag', etagOf(bundle.case));
      c.header('Cache-Control', 'private, no-store');
      return c.json({ ...caseView(viewer, bundle.case), timeline: newestFirst(bundle.events) }, 200);
    })

    .openapi(updateRoute, async (c) => {
      const viewer = c.get('viewer');
      const updated = await updateCase(deps, viewer, c.req.valid('param').id, c.req.valid('header')['If-Match'], c.req.valid('json'));
      c.header('ETag', etagOf(updated));
      return c.json(caseView(viewer, updated), 200);
    });
}
