/** JSON API for defender cases. Authorization and visibility live in the use cases. */
import { Hono } from 'hono';
import { createCase } from '#shared/cases/create-case.ts';
import { listCases } from '#shared/cases/read-cases.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { newestFirst } from '#shared/cases/timeline.ts';
import { caseView } from '#shared/cases/case-view.ts';
import { updateCase } from '#shared/cases/update-case.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';

export function casesApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .get('/cases', async (c) => {
      const viewer = c.get('viewer');
      const { items, nextCursor } = await listCases(deps, viewer, c.req.query());
      return c.json({ items: items.map((item) => caseView(viewer, item)), nextCursor });
    })

    .post('/cases', async (c) => {
      const body = await readJson(c);
      const result = await createCase(deps, c.get('viewer'), body, c.req.header('idempotency-key'));
      if (result.replayed) return replayed(c, result);
      c.header('Location', `/api/cases/${result.case.id}`);
      c.header('ETag', etagOf(result.case));
      return c.json(result.case, 201);
    })

    .get('/cases/:id', async (c) => {
      const viewer = c.get('viewer');
      const bundle = await getCaseBundle(deps, viewer, c.req.param('id'), { opening: true });
      c.header('ETag', etagOf(bundle.case));
      c.header('Cache-Control', 'private, no-store');
      return c.json({ ...caseView(viewer, bundle.case), timeline: newestFirst(bundle.events) });
    })

    .patch('/cases/:id', async (c) => {
      const body = await readJson(c);
      const updated = await updateCase(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(updated));
      return c.json(updated);
    });
}
