/** MP adoption: pledges, twinning, logged actions; API and pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { schema } from '../ui/openapi-parts.ts';
import { openApiPart } from '../ui/openapi-route.ts';
import { actionRoutes, actionsApi } from './actions-api.routes.ts';
import { myAdoptionSchema } from './pledge-api-schemas.ts';
import { pledgeRoutes, pledgesApi } from './pledges-api.routes.ts';
import { pledgePages } from './pledge-pages.routes.tsx';

/** The routes as declared (pledges, then logged actions), for the document and the test that holds it to them. */
export const pledgesRoutes = [...pledgeRoutes, ...actionRoutes];
/**
 * The pledges' part of `/api/openapi.json`. An adoption is only ever sent inside "my pledges"' list,
 * so no route names its component: it is named here, for the list's items to refer to.
 */
export function pledgesOpenApi() {
  const { paths, schemas } = openApiPart(pledgesRoutes);
  return { paths, schemas: { ...schemas, MyAdoption: schema(myAdoptionSchema, 'output') } };
}

export function pledgesFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', pledgesApi(deps)).route('/', actionsApi(deps)).route('/', pledgePages(deps));
}
