/** MP adoption: pledges, twinning, logged actions; API and pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { pledgesApi } from './pledges-api.routes.ts';
import { pledgePages } from './pledge-pages.routes.tsx';

// The case page shows the adoption section; the API document lists the pledge operations.
export { AdoptionSection } from './pledge-section.tsx';
export { pledgePaths, pledgeSchemas } from './pledges.openapi.ts';

export function pledgesFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/api', pledgesApi(deps)).route('/', pledgePages(deps));
}
