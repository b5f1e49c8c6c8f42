/** `GET /api/coverage`: the coverage figures as JSON (coordinators). */
import { Hono } from 'hono';
import { getCoverage } from '#shared/coverage/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';

export function coverageApi(deps: WebDeps) {
  return new Hono<AppEnv>().get('/coverage', async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await getCoverage(deps, c.get('viewer'), c.req.query()));
  });
}
