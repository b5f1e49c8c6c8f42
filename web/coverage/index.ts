/** Coverage figures: the JSON API and the dashboards, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { coverageApi } from './coverage-api.routes.ts';
import { coveragePages } from './coverage-pages.routes.tsx';
import { homePages } from './home.routes.tsx';

// The API document lists the coverage operation.
export { coverageOpenApi, coverageRoutes } from './coverage-api.routes.ts';

export function coverageFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', coverageApi(deps)).route('/', coveragePages(deps)).route('/', homePages(deps));
}
