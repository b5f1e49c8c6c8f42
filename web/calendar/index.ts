/** The hearing calendar and its feeds: API and pages, mounted by app.tsx in one line (the hearing time's parts other pages show: parts.ts). */
import { Hono } from 'hono';
import type { AppEnv, WebDeps } from '../env.ts';
import { calendarApi } from './calendar-api.routes.ts';
import { calendarPages } from './calendar-pages.routes.tsx';

// The API document lists the calendar's operations.
export { calendarOpenApi, calendarRoutes } from './calendar-api.routes.ts';

export function calendarFeature(deps: WebDeps) {
  return new Hono<AppEnv>().route('/', calendarApi(deps)).route('/', calendarPages(deps));
}
