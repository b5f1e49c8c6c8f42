/**
 * `GET /api/coverage`: the coverage figures as JSON (coordinators), declared once: the
 * `createRoute` config below validates the query, types the handler and writes the operation of
 * `/api/openapi.json` (web/ui/openapi-route.ts). The use case checks the role, and the period
 * again once its defaults are filled in.
 */
import { createRoute } from '@hono/zod-openapi';
import { coverageFiguresSchema, coverageQuerySchema, getCoverage } from '#shared/coverage/index.ts';
import type { WebDeps } from '../env.ts';
import { problem } from '../ui/openapi-parts.ts';
import { apiApp, jsonAnswer, openApiPart, session } from '../ui/openapi-route.ts';

const coverageRoute = createRoute({
  method: 'get', path: '/api/coverage', operationId: 'getCoverage', tags: ['Coverage'], security: session,
  summary: 'Coverage figures (coordinators): cases by country, adoption, twins, open and overdue requests, actions per month, median days to a first answer, pledge fulfilment, urgent alerts, open gaps by kind (counted every 15 minutes), intake reports with their triage age; from the aggregates the table\'s stream keeps',
  request: { query: coverageQuerySchema },
  responses: {
    200: jsonAnswer('The figures', 'CoverageFigures', coverageFiguresSchema),
    400: problem, 401: problem, 403: problem, 500: problem, 503: problem,
  },
});

/** The route as declared, for the document and for the test that holds it to it. */
export const coverageRoutes = [coverageRoute];
/** The coverage figures' part of `/api/openapi.json`. */
export const coverageOpenApi = () => openApiPart(coverageRoutes);

export function coverageApi(deps: WebDeps) {
  return apiApp().openapi(coverageRoute, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await getCoverage(deps, c.get('viewer'), c.req.valid('query')), 200);
  });
}
