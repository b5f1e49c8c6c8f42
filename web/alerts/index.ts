/** Urgent alerts: API and pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { alertsApi } from './alerts-api.routes.ts';
import { alertPages } from './alert-pages.routes.tsx';

// The API document lists the alert operations.
export { alertRoutes, alertsOpenApi } from './alerts-api.routes.ts';

export function alertsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', alertsApi(deps)).route('/', alertPages(deps));
}
