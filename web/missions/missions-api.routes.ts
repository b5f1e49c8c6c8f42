/**
 * JSON API for diplomats' work: the EU Guidelines taxonomy, action requests
 * and mission actions. Rules (roles, visibility, consult-before-acting) live
 * in the use cases; this file only translates HTTP.
 */
import { Hono, type Context } from 'hono';
import { EU_ACTION_TYPES } from '#shared/domain/eu-guidelines.ts';
import { dayOf } from '#shared/calendar/calendar.ts';
import { etagOf } from '#shared/writes/versions.ts';
import type { Replay } from '#shared/writes/idempotency.ts';
import { createActionRequest } from '#shared/missions/create-request.ts';
import { actionsOfCase, listActionRequests, requestsOfCase } from '#shared/missions/list-requests.ts';
import { logMissionAction } from '#shared/missions/log-action.ts';
import { actionView, requestView } from '#shared/missions/mission-access.ts';
import { respondToRequest } from '#shared/missions/respond-request.ts';
import { verifyMissionAction } from '#shared/missions/verify-action.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';
import { notifyAfterAnswer } from '../notifications/index.ts';

export function missionsApi(deps: WebDeps) {
  const today = () => dayOf(deps.clock.now());
  return new Hono<AppEnv>()
    .get('/eu-guidelines', (c) => c.json({ items: EU_ACTION_TYPES }))

    .get('/action-requests', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      const { items, nextCursor } = await listActionRequests(deps, c.get('viewer'), c.req.query());
      return c.json({ items, nextCursor });
    })

    .post('/cases/:id/action-requests', async (c) => {
      const body = await readJson(c);
      const result = await createActionRequest(deps, c.get('viewer'), c.req.param('id'), body, c.req.header('idempotency-key'));
      if (result.replayed) return replayed(c, result);
      await notifyAfterAnswer(deps, { kind: 'newRequest', caseId: result.request.caseId, requestId: result.request.id });
      c.header('Location', `/api/cases/${result.request.caseId}/action-requests/${result.request.id}`);
      c.header('ETag', etagOf(result.request));
      return c.json(requestView(c.get('viewer'), result.request, today()), 201);
    })

    .get('/cases/:id/action-requests', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await requestsOfCase(deps, c.get('viewer'), c.req.param('id')) });
    })

    .patch('/cases/:id/action-requests/:requestId', async (c) => {
      const body = await readJson(c);
      const viewer = c.get('viewer');
      const updated = await respondToRequest(deps, viewer, c.req.param('id'), c.req.param('requestId'), c.req.header('if-match'), body);
      c.header('ETag', etagOf(updated));
      return c.json(requestView(viewer, updated, today()));
    })

    .post('/cases/:id/mission-actions', async (c) => {
      const body = await readJson(c);
      const result = await logMissionAction(deps, c.get('viewer'), c.req.param('id'), body, c.req.header('idempotency-key'));
      if (result.replayed) return replayed(c, result);
      c.header('Location', `/api/cases/${result.action.caseId}/mission-actions/${result.action.id}`);
      c.header('ETag', etagOf(result.action));
      return c.json(result.action, 201);
    })

    .get('/cases/:id/mission-actions', async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json({ items: await actionsOfCase(deps, c.get('viewer'), c.req.param('id')) });
    })

    .post('/cases/:id/mission-actions/:actionId/verification', async (c) => {
      const viewer = c.get('viewer');
      const verified = await verifyMissionAction(deps, viewer, c.req.param('id'), c.req.param('actionId'), c.req.header('if-match'));
      await notifyAfterAnswer(deps, { kind: 'actionVerified', caseId: verified.caseId, actionId: verified.id });
      c.header('ETag', etagOf(verified));
      return c.json(actionView(viewer, verified));
    });
}
