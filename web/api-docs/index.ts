/** The API reference at /api/docs (Redoc over /api/openapi.json), mounted by web/features.ts in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { apiDocsRoutes } from './api-docs.routes.tsx';

// The API document lists the reference page.
export { apiDocsPaths } from './api-docs.openapi.ts';

export function apiDocsFeature(_deps: WebDeps) {
  return new Hono<AppEnv>().route('/', apiDocsRoutes());
}
