/** The XLSX export of the case list as a job: API and pages, mounted by web/features.ts in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { exportsApi } from './exports-api.routes.ts';
import { exportPages } from './exports-pages.routes.tsx';

export { exportsOpenApi, exportsRoutes } from './exports-api.routes.ts';

export function exportsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', exportsApi(deps)).route('/', exportPages(deps));
}
