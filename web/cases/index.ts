/** Cases: the JSON API, the start page and the case list and forms, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { casesApi } from './cases-api.routes.ts';
import { casePages } from './case-pages.routes.tsx';

export function casesFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', casesApi(deps)).route('/', casePages(deps));
}
/** The cases' part of the OpenAPI document. The case form and answer schemas other features reuse: parts.ts. */
export { casesOpenApi, casesRoutes } from './cases-api.routes.ts';
