/** Intake: the public report form and API, and the coordinators' triage. Mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { intakeApi } from './intake-api.routes.ts';
import { intakePages } from './intake-pages.routes.tsx';

export function intakeFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', intakeApi(deps)).route('/', intakePages(deps));
}
/** Intake's part of the API document, and its routes as declared. */
export { intakeOpenApi, intakeRoutes } from './intake-api.routes.ts';
