/**
 * JSON API for proceedings at international bodies. Rules (visibility, role, versions,
 * idempotency) live in the use cases; this file only translates HTTP.
 */
import { Hono } from 'hono';
import { etagOf } from '#shared/writes/versions.ts';
import { proceedingsOfCase } from '#shared/proceedings/read-proceedings.ts';
import { createProceeding, updateProceeding } from '#shared/proceedings/save-proceeding.ts';
import { proceedingView } from '#shared/proceedings/proceeding-view.ts';
import { draftUnSrCommunication, UN_SR_MEDIA_TYPE } from '#shared/proceedings/un-sr-communication.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';

export function proceedingsApi(deps: WebDeps) {
  const today = () => deps.clock.now().toISOString().slice(0, 10);
  return new Hono<AppEnv>()
    .get('/cases/:id/proceedings', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await proceedingsOfCase(deps, c.get('viewer'), c.req.param('id')) });
    })

    .post('/cases/:id/proceedings', async (c) => {
      const body = await readJson(c);
      const result = await createProceeding(deps, c.get('viewer'), c.req.param('id'), body, c.req.header('idempotency-key'));
      if (result.replayed) return replayed(c, result);
      const p = result.proceeding;
      c.header('Location', `/api/cases/${p.caseId}/proceedings/${p.id}`);
      c.header('ETag', etagOf(p));
      return c.json(proceedingView(p, today()), 201);
    })

    // `?language=` chooses the document's language; `?lang=` would switch the coordinator's pages too.
    .get('/cases/:id/communications/un-sr.docx', async (c) => {
      const draft = await draftUnSrCommunication(deps, c.get('viewer'), c.req.param('id'), c.req.query('language'), c.get('i18n').language);
      c.header('Content-Disposition', contentDisposition(draft.filename));
      c.header('Content-Language', draft.language);
      c.header('Cache-Control', 'private, no-store');
      return c.body(new Uint8Array(draft.bytes), 200, { 'Content-Type': UN_SR_MEDIA_TYPE });
    })

    .patch('/cases/:id/proceedings/:proceedingId', async (c) => {
      const body = await readJson(c);
      const updated = await updateProceeding(deps, c.get('viewer'), c.req.param('id'), c.req.param('proceedingId'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(updated));
      return c.json(proceedingView(updated, today()));
    });
}
