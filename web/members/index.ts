/** Members and joining the network: the JSON API and the pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { networkApi } from './members-api.routes.ts';
import { networkPages } from './member-pages.routes.tsx';
import { memberPage } from './member-page.routes.tsx';

export function membersFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', networkApi(deps)).route('/', networkPages(deps)).route('/', memberPage(deps));
}
/** The network's part of the OpenAPI document. */
export { membersOpenApi, membersRoutes } from './members-api.routes.ts';
