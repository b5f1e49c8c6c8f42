/** JSON API of event corrections; roles, visibility and versions live in the use cases. */
import { Hono } from 'hono';
import { correctEvent, deleteEvent, withVersion } from '#shared/cases/index.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';

export function correctionsApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .patch('/cases/:id/events/:eventId', async (c) => {
      const body = await readJson(c);
      const { event } = await correctEvent(deps, c.get('viewer'), c.req.param('id'), c.req.param('eventId'), c.req.header('if-match'), body);
      const shown = withVersion(event);
      c.header('ETag', etagOf(shown));
      return c.json(shown);
    })

    .delete('/cases/:id/events/:eventId', async (c) => {
      await deleteEvent(deps, c.get('viewer'), c.req.param('id'), c.req.param('eventId'), c.req.header('if-match'));
      return c.body(null, 204);
    });
}
