/**
 * The missions (with the gap view), intake, digests, calendar and imports routes, declared with
 * createRoute, and `/api/openapi.json` cannot drift apart (test/support/declared-routes.ts says how
 * they are held; non-JSON answers keep their real content types).
 */
import { describe } from 'vitest';
import { documentMatchesRoutes } from '../../test/support/declared-routes.ts';
import { calendarRoutes } from '../calendar/index.ts';
import { digestRoutes } from '../digests/index.ts';
import { importRoutes } from '../imports/index.ts';
import { intakeRoutes } from '../intake/index.ts';
import { missionRoutes } from '../missions/index.ts';

describe.each([
  ['missions and the gap view', missionRoutes], ['intake', intakeRoutes], ['digests', digestRoutes], ['calendar', calendarRoutes], ['imports', importRoutes],
])('%s declared with createRoute', (_slice, routes) => {
  documentMatchesRoutes(routes);
});
