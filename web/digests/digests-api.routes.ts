/**
 * JSON API for digests: a member's own preferences, and the coordinators'
 * preview, test send, "send the week now" and run history. The use cases
 * hold the rules; these routes translate HTTP.
 */
import { Hono } from 'hono';
import { getMyPreferences, updateMyPreferences } from '#shared/digests/member-preferences.ts';
import { listDigestRuns, startDigestRun } from '#shared/digests/digest-runs.ts';
import { previewDigest, sendTestDigest } from '#shared/digests/preview.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { readJson } from '../middleware/json-body.ts';

export function digestsApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .get('/me/preferences', async (c) => {
      const mine = await getMyPreferences(deps, c.get('viewer'));
      c.header('ETag', `"${mine.version}"`);
      return c.json(mine.preferences);
    })

    .put('/me/preferences', async (c) => {
      const body = await readJson(c);
      const mine = await updateMyPreferences(deps, c.get('viewer'), c.req.header('if-match'), body, c.get('sessionId'));
      c.header('ETag', `"${mine.version}"`);
      return c.json(mine.preferences);
    })

    .get('/digests/:week/preview', async (c) => {
      const preview = await previewDigest(deps, c.get('viewer'), c.req.param('week'), c.req.query());
      c.header('Cache-Control', 'private, no-store');
      return c.json({ memberId: preview.member.id, language: preview.preferences.language, empty: preview.empty, ...preview.rendered });
    })

    .post('/digests/:week/test', async (c) => {
      const body = await readJson(c);
      return c.json(await sendTestDigest(deps, c.get('viewer'), c.req.param('week'), body), 202);
    })

    .post('/digests/:week/runs', async (c) => c.json(await startDigestRun(deps, deps.digestTrigger, c.get('viewer'), c.req.param('week')), 202))

    .get('/digest-runs', async (c) => c.json(await listDigestRuns(deps, c.get('viewer'), c.req.query())));
}
