/**
 * The OpenAPI part for a member's preferences and the weekly digest (coordinators' preview, test
 * send, runs). Spread into the document in `web/openapi/openapi.ts`.
 */
import { z } from 'zod';
import { preferencesSchema } from '#shared/digests/preferences.ts';
import { testSendSchema } from '#shared/digests/preview.ts';
import { runsQuerySchema } from '#shared/digests/digest-runs.ts';
import { OUTCOMES, RUN_TRIGGERS } from '#shared/digests/run.ts';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { answer, errors, ifMatch, json, listOf, problem, queryParameters, schema } from '../ui/openapi-parts.ts';

const at = z.string().describe('ISO 8601 date and time');
const week = z.string().describe('ISO week, e.g. 2026-W48');

const digestRunSchema = z.object({
  id: z.string(), week, trigger: z.enum(RUN_TRIGGERS), requestedBy: z.string().optional(), startedAt: at, finishedAt: at.optional(),
  status: z.enum(['running', 'finished', 'incomplete', 'aborted', 'failed']), members: z.number().int(),
  totals: z.object({ considered: z.number().int(), ...Object.fromEntries(OUTCOMES.map((o) => [o, z.number().int()])) }),
  batches: z.number().int().optional(), batchesDone: z.number().int().optional(),
});

export const digestsSchemas = {
  Preferences: schema(preferencesSchema),
  PreferencesAnswer: schema(preferencesSchema, 'output'),
  TestSend: schema(testSendSchema),
  DigestPreview: schema(z.object({
    memberId: z.uuid(), language: z.enum(UI_LANGUAGES), empty: z.boolean().describe('Nothing to tell the member this week: no email would go'),
    subject: z.string(), text: z.string(), html: z.string(),
  }), 'output'),
  TestSent: schema(z.object({ to: z.string(), messageId: z.string() }), 'output'),
  DigestRunStarted: schema(z.object({ week }), 'output'),
  DigestRun: schema(digestRunSchema, 'output'),
  DigestRuns: listOf('DigestRun'),
};

const weekParam = { name: 'week', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', examples: ['2026-W48'] } };

export function digestsPaths() {
  const tags = ['Digests'];
  return {
    '/api/me/preferences': {
      get: {
        operationId: 'getMyPreferences', tags: ['Preferences'],
        summary: 'My digest and notification preferences, page language and time zone, with the member version as ETag (defaults: digest on, no interests, English)',
        responses: { 200: answer('The preferences, with ETag', 'PreferencesAnswer'), ...errors },
      },
      put: {
        operationId: 'replaceMyPreferences', tags: ['Preferences'], summary: 'Replace my preferences; If-Match with the ETag',
        parameters: [ifMatch], requestBody: { required: true, content: json('Preferences') },
        responses: { 200: answer('The preferences, with the new ETag', 'PreferencesAnswer'), 412: problem, 428: problem, ...errors },
      },
    },
    '/api/digests/{week}/preview': {
      get: {
        operationId: 'previewDigest', tags, summary: "A member's digest for an ISO week, as it would be sent (coordinators)",
        parameters: [weekParam, { name: 'member', in: 'query', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: { 200: answer('The digest', 'DigestPreview'), ...errors },
      },
    },
    '/api/digests/{week}/test': {
      post: {
        operationId: 'sendTestDigest', tags, summary: "Send a member's digest to myself, subject prefixed [Test]; no send record (coordinators)",
        parameters: [weekParam], requestBody: { required: true, content: json('TestSend') },
        responses: { 202: answer('Sent to the caller', 'TestSent'), 409: problem, ...errors },
      },
    },
    '/api/digests/{week}/runs': {
      post: {
        operationId: 'startDigestRun', tags, summary: "Send the week's digest to every member now, in the background; each member gets it at most once (coordinators)",
        parameters: [weekParam], responses: { 202: answer('Started', 'DigestRunStarted'), 409: problem, ...errors },
      },
    },
    '/api/digest-runs': {
      get: {
        operationId: 'listDigestRuns', tags, summary: 'Digest runs with their totals, newest first (coordinators)',
        parameters: queryParameters(runsQuerySchema), responses: { 200: answer('A page of runs', 'DigestRuns'), ...errors },
      },
    },
  };
}
