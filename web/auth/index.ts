/** Signing in: the JSON API and the pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { authApi } from './auth-api.routes.ts';
import { signInPages } from './sign-in-pages.routes.tsx';

export function authFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', authApi(deps)).route('/', signInPages(deps));
}
/** Signing in's part of the OpenAPI document, and the routes it is generated from. */
export { authOpenApi, authRoutes } from './auth-api.routes.ts';
