/**
 * Everything diplomats, the gap view and the hearing calendar add to the app,
 * mounted with one line in app.tsx: the JSON API under /api and the pages.
 */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { calendarApi } from '../calendar/index.ts';
import { gapsApi } from './gaps-api.routes.ts';
import { missionsApi } from './missions-api.routes.ts';
import { calendarPages } from '../calendar/index.ts';
import { missionPages } from './mission-pages.routes.tsx';

export function missionsFeature(deps: WebDeps) {
  return new Hono<AppEnv>()
    .route('/api', missionsApi(deps))
    .route('/api', gapsApi(deps))
    .route('/api', calendarApi(deps))
    .route('/', calendarPages(deps))
    .route('/', missionPages(deps));
}
export { MissionSection } from './mission-section.tsx';
export { missionPaths, missionSchemas } from './missions.openapi.ts';
