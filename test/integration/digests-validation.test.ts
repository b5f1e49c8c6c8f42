/**
 * Bad input on the digests' and preferences' JSON API answers what it answered when the routes
 * parsed their own bodies and queries: the same status, problem type, field paths, codes and French
 * wording, and nothing stored. Written against the hand-written routes, before they were declared
 * with createRoute.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let mpId: string;
const notJson = {
  type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
  detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
};
const notAMember = { path: 'member', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' };
const weekRefused = { path: 'week.(body)', message: 'Cette valeur n’est pas acceptée.', code: 'custom' };
const weekMalformed = [{ path: 'week.(body)', message: 'Ce n’est pas au format attendu.', code: 'invalid_format' }, weekRefused];

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  h.json(method, path, { cookie: coordinator, headers: { ...fr, ...headers }, ...(body === undefined ? {} : { body }) }).then(problemOf);
const notJsonTo = (method: string, path: string, headers: Record<string, string> = {}) =>
  Promise.resolve(h.app.request(path, { method, headers: { cookie: coordinator, ...fr, ...headers, 'content-type': 'text/plain' }, body: 'x' })).then(problemOf);

beforeAll(async () => {
  h = await makeHarness({ digestTrigger: { start: async () => undefined } });
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mpId = (await h.addMember('mp')).id;
}, 60_000);

describe('PUT /api/me/preferences with bad input', () => {
  it('names every field at fault in French, asks for If-Match, refuses a body that is not JSON; nothing stored', async () => {
    const before = await h.count();
    expect(await send('PUT', '/api/me/preferences', { weeklyDigest: 'yes', countries: ['XX'], uiLanguage: 'de', timeZone: 'Mars/Base', extra: 1 }, { 'if-match': '"1"' })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'weeklyDigest', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' },
          { path: 'countries.0', message: 'Choisissez des pays dans la liste.', code: 'custom' },
          { path: 'themes', message: 'Choisissez au moins une thématique.', code: 'required' },
          { path: 'language', message: 'Choisissez l’une des langues proposées.', code: 'invalid_value' },
          { path: 'uiLanguage', message: 'Choisissez l’une des langues proposées.', code: 'invalid_value' },
          { path: 'timeZone', message: 'Choisissez un fuseau horaire dans la liste.', code: 'custom' },
          unknownField('extra'),
        ],
      },
    });
    expect((await send('PUT', '/api/me/preferences', { weeklyDigest: true, countries: [], themes: [], language: 'en' })).problem).toEqual({
      type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.',
    });
    expect(await notJsonTo('PUT', '/api/me/preferences', { 'if-match': '"1"' })).toEqual({ status: 415, contentType: 'application/problem+json', problem: notJson });
    expect(await h.count()).toBe(before);
  });
});

describe('previews, test sends, runs and their list with bad input', () => {
  it('GET …/preview names the member missing or malformed, unknown parameters, and a week that is not one', async () => {
    expect((await send('GET', '/api/digests/2026-W48/preview')).problem).toEqual({ ...invalid, errors: [{ path: 'member', message: 'Remplissez ce champ.', code: 'required' }] });
    expect((await send('GET', '/api/digests/2026-W48/preview?member=nope&x=1')).problem).toEqual({ ...invalid, errors: [notAMember, unknownField('x')] });
    expect((await send('GET', `/api/digests/2026-W99/preview?member=${mpId}`)).problem).toEqual({ ...invalid, errors: [weekRefused] });
    expect((await send('GET', `/api/digests/latest/preview?member=${mpId}`)).problem).toEqual({ ...invalid, errors: weekMalformed });
  });

  it('POST …/test names the fields at fault and a week that is not one, refuses a body that is not JSON; nothing sent', async () => {
    const before = (await h.outbox.list()).length;
    expect(await send('POST', '/api/digests/2026-W48/test', { member: 'nope', x: 1 })).toEqual({
      status: 400, contentType: 'application/problem+json', problem: { ...invalid, errors: [notAMember, unknownField('x')] },
    });
    expect((await send('POST', '/api/digests/2026-W00/test', { member: mpId })).problem).toEqual({ ...invalid, errors: [weekRefused] });
    expect((await notJsonTo('POST', '/api/digests/2026-W48/test')).problem).toEqual(notJson);
    expect((await h.outbox.list()).length).toBe(before);
  });

  it('POST …/runs refuses a week that is not one, and GET /api/digest-runs each parameter at fault; nothing stored', async () => {
    const before = await h.count();
    expect((await send('POST', '/api/digests/1999/runs')).problem).toEqual({ ...invalid, errors: weekMalformed });
    expect((await send('GET', '/api/digest-runs?limit=0&y=1')).problem).toEqual({
      ...invalid, errors: [{ path: 'limit', message: 'Saisissez un nombre d’au moins 1.', code: 'too_small.number' }, unknownField('y')],
    });
    expect(await h.count()).toBe(before);
  });
});
