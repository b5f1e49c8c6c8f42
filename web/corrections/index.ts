/**
 * Corrections of the timeline: `PATCH` and `DELETE /api/cases/{id}/events/{eventId}`, and the
 * coordinators' edit and delete pages the case page links to; mounted by app.tsx in one line.
 */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { correctionsApi } from './corrections-api.routes.ts';
import { correctionPages } from './correction-pages.routes.tsx';

export function correctionsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', correctionsApi(deps)).route('/', correctionPages(deps));
}
/** The corrections' part of the OpenAPI document. */
export { correctionsOpenApi, correctionsRoutes } from './corrections-api.routes.ts';
