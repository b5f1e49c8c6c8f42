/** Spreadsheet imports: the JSON API and the import page, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { importsApi } from './imports-api.routes.ts';
import { importPages } from './imports-pages.routes.tsx';

export function importsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', importsApi(deps)).route('/', importPages(deps));
}
/** The imports' part of the OpenAPI document, and their routes as declared. */
export { importRoutes, importsOpenApi } from './imports-api.routes.ts';
