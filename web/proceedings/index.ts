/** Proceedings at international bodies: API and pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { proceedingsApi } from './proceedings-api.routes.ts';
import { proceedingPages } from './proceeding-pages.routes.tsx';

// The API document lists the proceedings' operations.
export { proceedingsRoutes, proceedingsOpenApi } from './proceedings-api.routes.ts';

export function proceedingsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', proceedingsApi(deps)).route('/', proceedingPages(deps));
}
