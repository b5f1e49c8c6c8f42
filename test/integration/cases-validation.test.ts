/**
 * Bad input on the cases' JSON API answers what it answered when the routes parsed their own
 * bodies and queries: the same status, problem type, field paths, codes and French wording, and
 * nothing stored. Written against the hand-written routes, before they were declared with
 * createRoute, so the conversion is held to them.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, validCase, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let mp: string;
const badId = { ...invalid, errors: [{ path: 'id.(body)', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] };

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.signIn(await h.addMember('mp'));
});

describe('POST /api/cases with bad input', () => {
  it('names every field at fault in French, unknown fields included, and stores nothing', async () => {
    const before = await h.count();
    const post = (body: unknown) => h.json('POST', '/api/cases', { cookie: coordinator, headers: fr, body }).then(problemOf);
    expect(await post({ defenderName: '', country: 'XX', themes: [], visibility: 'secret', riskStatus: 'threatened', colour: 1 })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'defenderName', message: 'Saisissez le nom de la personne défenseure ou un pseudonyme.', code: 'required' },
          { path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' },
          { path: 'themes', message: 'Choisissez au moins une thématique.', code: 'too_small.array' },
          { path: 'summary', message: 'Rédigez un résumé du dossier.', code: 'required' },
          { path: 'visibility', message: 'Choisissez qui peut voir le dossier.', code: 'invalid_value' },
          { path: 'consentBasis', message: 'Choisissez le fondement du consentement.', code: 'invalid_value' },
          unknownField('colour'),
        ],
      },
    });
    // The rules across fields: members named on a case that is not restricted, a closed case without its reason.
    const named = validCase({ namedMemberIds: [randomUUID()], state: 'closed' });
    expect((await post(named)).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'namedMemberIds', message: 'Seul un dossier restreint nomme des membres\u00a0: choisissez «\u00a0Restreint\u00a0» ou décochez les membres.', code: 'custom' },
        { path: 'closedReason', message: 'Indiquez pourquoi le dossier est clos.', code: 'custom' },
      ],
    });
    expect(await h.count()).toBe(before);
  });

  it('refuses a short Idempotency-Key, answers 415 for a body that is not JSON and 400 for bytes that are not JSON, storing nothing', async () => {
    const before = await h.count();
    const shortKey = await problemOf(await h.json('POST', '/api/cases', { cookie: coordinator, headers: { ...fr, 'idempotency-key': 'short' }, body: validCase() }));
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/i), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    const raw = async (contentType: string, body: string) => problemOf(await h.app.request('/api/cases', {
      method: 'POST', headers: { cookie: coordinator, ...fr, 'content-type': contentType }, body,
    }));
    expect((await raw('text/plain', 'defenderName=A')).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
    });
    expect((await raw('application/json', '{"defenderName":')).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
    expect(await h.count()).toBe(before);
  });
});

describe('PATCH /api/cases/{id} with bad input', () => {
  it('names the fields at fault in French, asks for a change and for If-Match, refuses an id that is not one, stores nothing', async () => {
    const c = await h.createCase(coordinator);
    const before = await h.count();
    const patch = (path: string, body: unknown, headers: Record<string, string> = { 'if-match': '"1"' }) =>
      h.json('PATCH', path, { cookie: coordinator, headers: { ...fr, ...headers }, body }).then(problemOf);
    const path = `/api/cases/${c.id}`;
    expect(await patch(path, { themes: ['x'], visibility: 'public' })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'themes.0', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          // Visibility changes go through PUT …/visibility, with their consent basis.
          { path: 'visibility', message: 'Choisissez qui peut voir le dossier.', code: 'unrecognized_keys' },
        ],
      },
    });
    expect((await patch(path, { riskStatus: 'threatened', riskStatuses: ['threatened'] })).problem).toEqual({
      ...invalid, errors: [{ path: 'riskStatus', message: expect.any(String), code: 'custom' }],
    });
    expect((await patch(path, {})).problem).toEqual({ ...invalid, errors: [{ path: '(body)', message: 'Modifiez au moins un champ.', code: 'custom' }] });
    // A rule on the merged case (closed needs its reason) stays the use case's.
    expect((await patch(path, { state: 'closed' })).problem).toEqual({
      ...invalid, errors: [{ path: 'closedReason', message: 'Indiquez pourquoi le dossier est clos.', code: 'custom' }],
    });
    expect((await patch(path, { summary: 'Changed' }, {})).problem).toEqual({
      type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.',
    });
    expect(await patch('/api/cases/nope', { summary: 'Changed' })).toEqual({ status: 400, contentType: 'application/problem+json', problem: badId });
    expect(await h.count()).toBe(before);
  });

  it('tells a member who may not see the case nothing: a hidden case answers as one that does not exist, well-formed or not', async () => {
    const hidden = await h.createCase(coordinator, { visibility: 'restricted' });
    const patch = (id: string, body: unknown) => h.json('PATCH', `/api/cases/${id}`, { cookie: mp, headers: { ...fr, 'if-match': '"1"' }, body }).then(problemOf);
    const hiddenAnswer = await patch(hidden.id, { summary: 'Changed' });
    expect(hiddenAnswer.status).toBe(404);
    expect(hiddenAnswer).toEqual(await patch(randomUUID(), { summary: 'Changed' }));
    expect(await patch(hidden.id, { colour: 'red' })).toEqual(await patch(randomUUID(), { colour: 'red' }));
  });
});

describe('GET /api/cases and /api/cases/{id} with bad input', () => {
  it('names each query parameter at fault in French, and refuses a cursor it did not seal', async () => {
    const list = (query: string) => h.json('GET', `/api/cases?${query}`, { cookie: coordinator, headers: fr }).then(problemOf);
    expect(await list('limit=0&status=nope&theme=x&colour=1&noAdopter=yes')).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'status.0', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'theme', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'noAdopter', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'limit', message: 'Saisissez un nombre d’au moins 1.', code: 'too_small.number' },
          unknownField('colour'),
        ],
      },
    });
    expect((await list('cursor=abc')).problem).toEqual({ ...invalid, errors: [{ path: 'cursor', message: 'Cette valeur n’est pas acceptée.' }] });
  });

  it('refuses an id that is not one, and answers a hidden case as one that does not exist', async () => {
    expect(await h.json('GET', '/api/cases/nope', { cookie: coordinator, headers: fr }).then(problemOf)).toEqual({ status: 400, contentType: 'application/problem+json', problem: badId });
    const hidden = await h.createCase(coordinator, { visibility: 'restricted' });
    const get = (id: string, cookie?: string) => h.json('GET', `/api/cases/${id}`, { ...(cookie ? { cookie } : {}), headers: fr }).then(problemOf);
    expect((await get(hidden.id, mp)).status).toBe(404);
    expect(await get(hidden.id, mp)).toEqual(await get(randomUUID(), mp));
    expect(await get(hidden.id)).toEqual(await get(randomUUID()));
  });
});
