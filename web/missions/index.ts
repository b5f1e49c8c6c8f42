/** What diplomats and the gap view add: action requests, mission actions, gaps; API and pages, mounted by app.tsx in one line. */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { gapsApi } from './gaps-api.routes.ts';
import { missionsApi } from './missions-api.routes.ts';
import { missionPages } from './mission-pages.routes.tsx';

// The API document lists the mission operations.
export { missionRoutes, missionsOpenApi } from './missions-api.routes.ts';

export function missionsFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', missionsApi(deps)).route('/', gapsApi(deps)).route('/', missionPages(deps));
}
