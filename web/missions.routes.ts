/**
 * Everything diplomats, the gap view and the hearing calendar add to the app,
 * mounted with one line in app.tsx: the JSON API under /api and the pages.
 */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from './env.ts';
import { calendarApi } from './api/calendar.routes.ts';
import { gapsApi } from './api/gaps.routes.ts';
import { missionsApi } from './api/missions.routes.ts';
import { calendarPages } from './pages/calendar-routes.tsx';
import { missionPages } from './pages/mission-routes.tsx';

export function missionsFeature(deps: WebDeps) {
  return new Hono<AppEnv>()
    .route('/api', missionsApi(deps))
    .route('/api', gapsApi(deps))
    .route('/api', calendarApi(deps))
    .route('/', calendarPages(deps))
    .route('/', missionPages(deps));
}
