/**
 * JSON API for digests, declared once: a member's own preferences, and the coordinators' preview,
 * test send, "send the week now" and run history. The `createRoute` configs below validate the
 * request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). The use cases hold the rules (roles, versions, which weeks may be
 * sent); these routes translate HTTP.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { listDigestRuns, runsQuerySchema, startDigestRun } from '#shared/digests/digest-runs.ts';
import { getMyPreferences, updateMyPreferences } from '#shared/digests/member-preferences.ts';
import { preferencesSchema } from '#shared/digests/preferences.ts';
import { previewDigest, previewQuerySchema, sendTestDigest, testSendSchema } from '#shared/digests/preview.ts';
import { OUTCOMES, RUN_TRIGGERS } from '#shared/digests/run.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import type { WebDeps } from '../env.ts';
import { errors, listOf, problem, schema } from '../ui/openapi-parts.ts';
import { apiApp, ifMatchHeader, jsonAnswer, jsonBody, jsonRequest, openApiPart, session } from '../ui/openapi-route.ts';

const at = z.string().describe('ISO 8601 date and time');
const week = z.string().describe('ISO week, e.g. 2026-W48');

const digestRunSchema = z.object({
  id: z.string(), week, trigger: z.enum(RUN_TRIGGERS), requestedBy: z.string().optional(), startedAt: at, finishedAt: at.optional(),
  status: z.enum(['running', 'finished', 'incomplete', 'aborted', 'failed']), members: z.number().int(),
  totals: z.object({ considered: z.number().int(), ...Object.fromEntries(OUTCOMES.map((o) => [o, z.number().int()])) }),
  batches: z.number().int().optional(), batchesDone: z.number().int().optional(),
});
/** What the routes send back: the same shape, its own schema object so the document names it apart (`PreferencesAnswer`). */
const preferencesAnswer = preferencesSchema.clone();
const previewSchema = z.object({
  memberId: z.uuid(), language: z.enum(UI_LANGUAGES), empty: z.boolean().describe('Nothing to tell the member this week: no email would go'),
  subject: z.string(), text: z.string(), html: z.string(),
});

/**
 * The week in the path. Any string passes the validator, documented by its pattern: the use case
 * answers a week that is not one (400 naming `week`) or may not be sent, after its role check.
 */
const weekParams = z.object({ week: z.string().meta({ pattern: '^\\d{4}-W\\d{2}$', examples: ['2026-W48'] }) });
const tags = ['Digests'];

const readPreferencesRoute = createRoute({
  method: 'get', path: '/api/me/preferences', operationId: 'getMyPreferences', tags: ['Preferences'], security: session,
  summary: 'My digest and notification preferences, page language and time zone, with the member version as ETag (defaults: digest on, no interests, English)',
  responses: { 200: jsonAnswer('The preferences, with ETag', 'PreferencesAnswer', preferencesAnswer), ...errors },
});

const replacePreferencesRoute = createRoute({
  method: 'put', path: '/api/me/preferences', operationId: 'replaceMyPreferences', tags: ['Preferences'], security: session,
  summary: 'Replace my preferences; If-Match with the ETag',
  middleware: [jsonBody],
  request: { headers: z.object({ 'If-Match': ifMatchHeader }), body: jsonRequest('Preferences', preferencesSchema) },
  responses: { 200: jsonAnswer('The preferences, with the new ETag', 'PreferencesAnswer', preferencesAnswer), 412: problem, 428: problem, ...errors },
});

const previewRoute = createRoute({
  method: 'get', path: '/api/digests/{week}/preview', operationId: 'previewDigest', tags, security: session,
  summary: "A member's digest for an ISO week, as it would be sent (coordinators)",
  request: { params: weekParams, query: previewQuerySchema },
  responses: { 200: jsonAnswer('The digest', 'DigestPreview', previewSchema), ...errors },
});

const testRoute = createRoute({
  method: 'post', path: '/api/digests/{week}/test', operationId: 'sendTestDigest', tags, security: session,
  summary: "Send a member's digest to myself, subject prefixed [Test]; no send record (coordinators)",
  middleware: [jsonBody],
  request: { params: weekParams, body: jsonRequest('TestSend', testSendSchema) },
  responses: { 202: jsonAnswer('Sent to the caller', 'TestSent', z.object({ to: z.string(), messageId: z.string() })), 409: problem, ...errors },
});

const runRoute = createRoute({
  method: 'post', path: '/api/digests/{week}/runs', operationId: 'startDigestRun', tags, security: session,
  summary: "Send the week's digest to every member now, in the background; each member gets it at most once (coordinators)",
  request: { params: weekParams },
  responses: { 202: jsonAnswer('Started', 'DigestRunStarted', z.object({ week })), 409: problem, ...errors },
});

const runsRoute = createRoute({
  method: 'get', path: '/api/digest-runs', operationId: 'listDigestRuns', tags, security: session,
  summary: 'Digest runs with their totals, newest first (coordinators)',
  request: { query: runsQuerySchema },
  responses: {
    200: jsonAnswer('A page of runs', 'DigestRuns', z.object({ items: z.array(digestRunSchema), nextCursor: z.string().nullable().optional() }), listOf('DigestRun')),
    ...errors,
  },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const digestRoutes = [readPreferencesRoute, replacePreferencesRoute, previewRoute, testRoute, runRoute, runsRoute];
/** The preferences' and digests' part of `/api/openapi.json` (a run, the list's item, named too). */
export function digestsOpenApi() {
  const { paths, schemas } = openApiPart(digestRoutes);
  return { paths, schemas: { ...schemas, DigestRun: schema(digestRunSchema, 'output') } };
}

export function digestsApi(deps: WebDeps) {
  return apiApp()
    .openapi(readPreferencesRoute, async (c) => {
      const mine = await getMyPreferences(deps, c.get('viewer'));
      c.header('ETag', `"${mine.version}"`);
      return c.json(mine.preferences, 200);
    })

    .openapi(replacePreferencesRoute, async (c) => {
      const mine = await updateMyPreferences(deps, c.get('viewer'), c.req.valid('header')['If-Match'], c.req.valid('json'), c.get('sessionId'));
      c.header('ETag', `"${mine.version}"`);
      return c.json(mine.preferences, 200);
    })

    .openapi(previewRoute, async (c) => {
      const preview = await previewDigest(deps, c.get('viewer'), c.req.valid('param').week, c.req.valid('query'));
      c.header('Cache-Control', 'private, no-store');
      return c.json({ memberId: preview.member.id, language: preview.preferences.language, empty: preview.empty, ...preview.rendered }, 200);
    })

    .openapi(testRoute, async (c) => c.json(await sendTestDigest(deps, c.get('viewer'), c.req.valid('param').week, c.req.valid('json')), 202))

    .openapi(runRoute, async (c) => c.json(await startDigestRun(deps, deps.digestTrigger, c.get('viewer'), c.req.valid('param').week), 202))

    .openapi(runsRoute, async (c) => c.json(await listDigestRuns(deps, c.get('viewer'), c.req.valid('query')), 200));
}
