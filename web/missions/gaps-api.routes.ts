/** JSON API for the coordinators' gap view. */
import { Hono } from 'hono';
import { listGaps } from '#shared/missions/list-gaps.ts';
import type { AppEnv, WebDeps } from '../env.ts';

export function gapsApi(deps: WebDeps) {
  return new Hono<AppEnv>().get('/gaps', async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await listGaps(deps, c.get('viewer'), c.req.query()));
  });
}
