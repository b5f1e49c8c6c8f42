/** The risk analysis of a case (coordinators only): API and page, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { riskApi, riskPages } from './risk.routes.tsx';

export { riskPaths, riskSchemas } from './risk.openapi.ts';

export function riskFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/api', riskApi(deps)).route('/', riskPages(deps));
}
