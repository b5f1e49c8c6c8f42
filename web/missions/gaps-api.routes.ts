/**
 * JSON API for the coordinators' gap view, declared once (web/ui/openapi-route.ts): the query is
 * validated by the same schema the use case reads, the answer typed by the gap's schema.
 */
import { createRoute } from '@hono/zod-openapi';
import { gapQuerySchema, listGaps } from '#shared/missions/list-gaps.ts';
import type { WebDeps } from '../env.ts';
import { errors, listOf } from '../ui/openapi-parts.ts';
import { apiApp, jsonAnswer, session } from '../ui/openapi-route.ts';
import { gapSchema, pageOf } from './mission-schemas.ts';

const gapsRoute = createRoute({
  method: 'get', path: '/api/gaps', operationId: 'listGaps', tags: ['Missions'], security: session,
  summary: 'Gap view (coordinators): active cases whose status calls for an action nobody logged, with the gap age; the first page also lists the risk gaps (rule risk_high_no_action: a risk analysis at high or critical with no action logged in the 14 days since it rose), with riskLevel and suggestedAlert (the urgent alert\'s compose page)',
  request: { query: gapQuerySchema },
  responses: { 200: jsonAnswer('A page of gaps', 'GapPage', pageOf(gapSchema), listOf('Gap')), ...errors },
});

/** The route as declared, for the document and for the test that holds it to it. */
export const gapsApiRoutes = [gapsRoute];

export function gapsApi(deps: WebDeps) {
  return apiApp().openapi(gapsRoute, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await listGaps(deps, c.get('viewer'), c.req.valid('query')), 200);
  });
}
