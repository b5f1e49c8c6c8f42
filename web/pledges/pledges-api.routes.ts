/**
 * JSON API for MP adoption: pledges, twinning, logged actions, verification,
 * co-signatures, suggestions and "my pledges". Roles, visibility and
 * validation live in the use cases; this file only speaks HTTP.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { parseOrThrow } from '#shared/errors/validation.ts';
import { etagOf } from '#shared/writes/versions.ts';
import { getCase } from '#shared/cases/read-cases.ts';
import { requireMember } from '#shared/access/roles.ts';
import {
  coSign, createPledge, editAction, endTwinning, getAction, getPledge, listActions, listMyPledges, listPledges,
  logAction, suggestionsFor, updatePledge, verifyAction, withdrawPledge,
} from '#shared/pledges/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';
import { replayed } from '../middleware/replayed.ts';
import { notifyAfterAnswer } from '../notifications/index.ts';

const pledgeUrl = (caseId: string, memberId: string) => `/api/cases/${caseId}/pledges/${memberId}`;

/** Nothing about a case's adoption may be cached by a shared cache. */
const privately = (c: Context<AppEnv>) => c.header('Cache-Control', 'private, no-store');

/** These routes take no query parameters: an unknown one is a 400 naming it, like an unknown body field. */
const noQuery = z.object({}).strict();
const checkQuery = (c: Context<AppEnv>) => parseOrThrow(noQuery, c.req.query());

/**
 * @example
 *   app.route('/api', pledgesApi(deps)); // POST /api/cases/{id}/pledges, GET /api/me/pledges, …
 */
export function pledgesApi(deps: WebDeps) {
  // Each handler checks its own query: a path-wide middleware here would also run on other modules' case routes.
  const app = new Hono<AppEnv>();

  app.get('/cases/:id/pledges', async (c) => {
    checkQuery(c);
    privately(c);
    return c.json(await listPledges(deps, c.get('viewer'), c.req.param('id')));
  });

  app.post('/cases/:id/pledges', async (c) => {
    checkQuery(c);
    const result = await createPledge(deps, c.get('viewer'), c.req.param('id'), await readJson(c), c.req.header('idempotency-key'));
    if (result.replayed) return replayed(c, result);
    const { pledge } = result;
    c.header('Location', pledgeUrl(pledge.caseId, pledge.memberId));
    c.header('ETag', etagOf(pledge));
    return c.json(pledge, 201);
  });

  app.get('/cases/:id/pledges/:memberId', async (c) => {
    checkQuery(c);
    const pledge = await getPledge(deps, c.get('viewer'), c.req.param('id'), c.req.param('memberId'));
    privately(c);
    c.header('ETag', etagOf(pledge));
    return c.json(pledge);
  });

  app.patch('/cases/:id/pledges/:memberId', async (c) => {
    checkQuery(c);
    const body = await readJson(c);
    const pledge = await updatePledge(deps, c.get('viewer'), c.req.param('id'), c.req.param('memberId'), c.req.header('if-match'), body);
    c.header('ETag', etagOf(pledge));
    return c.json(pledge);
  });

  app.delete('/cases/:id/pledges/:memberId', async (c) => {
    checkQuery(c);
    await withdrawPledge(deps, c.get('viewer'), c.req.param('id'), c.req.param('memberId'), c.req.header('if-match'));
    return c.body(null, 204);
  });

  app.delete('/cases/:id/twin', async (c) => {
    checkQuery(c);
    await endTwinning(deps, c.get('viewer'), c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/cases/:id/actions', async (c) => {
    checkQuery(c);
    privately(c);
    return c.json({ items: await listActions(deps, c.get('viewer'), c.req.param('id')) });
  });

  app.post('/cases/:id/actions', async (c) => {
    checkQuery(c);
    const body = await readJson(c);
    const result = await logAction(deps, c.get('viewer'), c.req.param('id'), body, c.req.header('idempotency-key'));
    if (result.replayed) return replayed(c, result);
    c.header('Location', `/api/cases/${result.action.caseId}/actions/${result.action.id}`);
    c.header('ETag', etagOf(result.action));
    return c.json(result.action, 201);
  });

  app.get('/cases/:id/actions/:actionId', async (c) => {
    checkQuery(c);
    const action = await getAction(deps, c.get('viewer'), c.req.param('id'), c.req.param('actionId'));
    privately(c);
    c.header('ETag', etagOf(action));
    return c.json(action);
  });

  app.patch('/cases/:id/actions/:actionId', async (c) => {
    checkQuery(c);
    const body = await readJson(c);
    const action = await editAction(deps, c.get('viewer'), c.req.param('id'), c.req.param('actionId'), c.req.header('if-match'), body);
    c.header('ETag', etagOf(action));
    return c.json(action);
  });

  app.put('/cases/:id/actions/:actionId/verification', async (c) => {
    checkQuery(c);
    const body = await readJson(c);
    const action = await verifyAction(deps, c.get('viewer'), c.req.param('id'), c.req.param('actionId'), c.req.header('if-match'), body);
    if (action.verification.state === 'verified') await notifyAfterAnswer(deps, { kind: 'actionVerified', caseId: action.caseId, actionId: action.id });
    c.header('ETag', etagOf(action));
    return c.json(action);
  });

  app.post('/cases/:id/actions/:actionId/co-signatures', async (c) => {
    checkQuery(c);
    const result = await coSign(deps, c.get('viewer'), c.req.param('id'), c.req.param('actionId'), c.req.header('idempotency-key'));
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(result.signature, 201);
  });

  app.get('/cases/:id/suggestions', async (c) => {
    checkQuery(c);
    requireMember(c.get('viewer'));
    const found = await getCase(deps, c.get('viewer'), c.req.param('id'));
    privately(c);
    return c.json({ riskStatuses: found.riskStatuses, items: suggestionsFor(found) });
  });

  app.get('/me/pledges', async (c) => {
    privately(c);
    return c.json(await listMyPledges(deps, c.get('viewer'), c.req.query()));
  });

  return app;
}
