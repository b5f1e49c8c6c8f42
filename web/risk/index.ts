/** The risk analysis of a case (coordinators only): API and page, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { riskApi } from './risk-api.routes.ts';
import { riskPages } from './risk.routes.tsx';

export { riskOpenApi, riskRoutes } from './risk-api.routes.ts';

export function riskFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', riskApi(deps)).route('/', riskPages(deps));
}
