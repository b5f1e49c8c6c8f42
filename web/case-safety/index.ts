/**
 * Consent and safety: the case page, visibility, pause, sensitive fields, timeline events and the
 * audit log, API and pages, mounted by app.tsx in one line (after cases, whose `/cases/new` must
 * win over `/cases/:id`).
 */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { caseSafetyApi } from './case-safety-api.routes.ts';
import { caseSafetyPages } from './case-safety-pages.routes.tsx';

export function caseSafetyFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', caseSafetyApi(deps)).route('/', caseSafetyPages(deps));
}
/** The protective side's part of the OpenAPI document. */
export { caseSafetyOpenApi, caseSafetyRoutes } from './case-safety-api.routes.ts';
