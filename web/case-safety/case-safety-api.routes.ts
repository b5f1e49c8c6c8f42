/**
 * JSON API for the protective side of a case: visibility and its consent
 * ledger, pause publicity, the timeline, sensitive fields and the audit log.
 * Authorization and visibility live in the use cases.
 */
import { Hono } from 'hono';
import { requireRole } from '#shared/access/roles.ts';
import { caseAudit, memberAudit } from '#shared/case-safety/audit-log.ts';
import { changeVisibility } from '#shared/case-safety/consent.ts';
import { pauseAndNotify } from '#shared/case-safety/pause-publicity.ts';
import { setPublicActionClearance } from '#shared/case-safety/public-action-clearance.ts';
import { getCaseBundle } from '#shared/case-safety/case-bundle.ts';
import { readSensitive, saveSensitive } from '#shared/case-safety/sensitive.ts';
import { addEvent, eventAnswer, newestFirst } from '#shared/cases/timeline.ts';
import { withVersion } from '#shared/cases/index.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';

export function caseSafetyApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .put('/cases/:id/visibility', async (c) => {
      const body = await readJson(c);
      const updated = await changeVisibility(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(updated));
      return c.json(updated);
    })

    .put('/cases/:id/public-action-clearance', async (c) => {
      const body = await readJson(c);
      const updated = await setPublicActionClearance(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(updated));
      return c.json(updated);
    })

    .post('/cases/:id/pause', async (c) => {
      const body = await readJson(c);
      const result = await pauseAndNotify(deps, c.get('viewer'), c.req.param('id'), body);
      c.header('ETag', etagOf(result.case));
      return c.json({ case: result.case, notified: result.notified });
    })

    .get('/cases/:id/consent', async (c) => {
      const viewer = c.get('viewer');
      const bundle = await getCaseBundle(deps, viewer, c.req.param('id'));
      requireRole(viewer, 'coordinator');
      return c.json({ items: [...bundle.consent].reverse() });
    })

    .post('/cases/:id/events', async (c) => {
      const body = await readJson(c);
      const result = await addEvent(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body, c.req.header('idempotency-key'));
      if (result.replayed) return replayed(c, result);
      c.header('ETag', etagOf(result.case));
      return c.json(eventAnswer(c.get('viewer'), result), 201);
    })

    .get('/cases/:id/events', async (c) => {
      const bundle = await getCaseBundle(deps, c.get('viewer'), c.req.param('id'));
      // Each with its version, the If-Match a correction names.
      return c.json({ items: newestFirst(bundle.events).map(withVersion) });
    })

    .get('/cases/:id/sensitive', async (c) => {
      const { fields } = await readSensitive(deps, c.get('viewer'), c.req.param('id'));
      c.header('ETag', etagOf(fields));
      c.header('Cache-Control', 'private, no-store');
      return c.json(fields);
    })

    .put('/cases/:id/sensitive', async (c) => {
      const body = await readJson(c);
      const fields = await saveSensitive(deps, c.get('viewer'), c.req.param('id'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(fields));
      c.header('Cache-Control', 'private, no-store');
      return c.json(fields);
    })

    .get('/cases/:id/audit', async (c) => c.json(await caseAudit(deps, c.get('viewer'), c.req.param('id'), c.req.query())))

    .get('/members/:id/audit', async (c) => c.json(await memberAudit(deps, c.get('viewer'), c.req.param('id'), c.req.query())));
}
