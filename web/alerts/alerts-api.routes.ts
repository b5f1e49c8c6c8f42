/**
 * JSON API of urgent alerts. Rules (roles, visibility, pause, idempotency)
 * live in shared/alerts; this file only translates HTTP.
 */
import { Hono } from 'hono';
import { answerAlert, createAlert, getAlertRoster } from '#shared/alerts/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';
import { alertDeps } from './alert-deps.ts';

export function alertsApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .post('/cases/:id/alerts', async (c) => {
      const body = await readJson(c);
      const result = await createAlert(alertDeps(deps), c.get('viewer'), c.req.param('id'), body, c.req.header('idempotency-key'));
      if (result.replayed) return replayed(c, result);
      c.header('Location', `/api/alerts/${result.alert.id}`);
      return c.json({ id: result.alert.id, recipients: result.alert.recipientCount }, 201);
    })

    .get('/alerts/:id', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await getAlertRoster(deps, c.get('viewer'), c.req.param('id')));
    })

    .put('/alerts/:id/response', async (c) => {
      const body = await readJson(c);
      const { me } = await answerAlert(deps, c.get('viewer'), c.req.param('id'), body);
      return c.json({ alertId: me.alertId, answer: me.answer, answeredAt: me.answeredAt });
    });
}
