/**
 * Bad input on the pledges' JSON API (pledges, twinning, logged actions, verification,
 * co-signatures, "my pledges") answers what it answered when the routes parsed their own bodies:
 * the same status, problem type, field paths, codes and French wording, and nothing stored.
 * Written against the hand-written routes, before they were declared with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let mp: Member;
let asMp: string;
let caseId: string;
let actionId: string;
const notAnId = (path: string) => ({ ...invalid, errors: [{ path: `${path}.(body)`, message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] });
const nothingToChange = { ...invalid, errors: [{ path: '(body)', message: 'Envoyez au moins un champ à modifier.', code: 'custom' }] };
const versionRequired = { type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.' };

const send = (method: string, path: string, cookie: string, body?: unknown, headers: Record<string, string> = {}) =>
  h.json(method, path, { cookie, headers: { ...fr, ...headers }, ...(body !== undefined ? { body } : {}) }).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp');
  asMp = await h.signIn(mp);
  caseId = (await h.createCase(coordinator)).id;
  expect((await h.json('POST', `/api/cases/${caseId}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } })).status).toBe(201);
  const logged = await h.json('POST', `/api/cases/${caseId}/actions`, { cookie: asMp, body: { type: 'joint_letter', date: '2026-11-01', description: 'A letter.' } });
  actionId = (await bodyOf(logged)).id;
}, 60_000);

describe('pledges with bad input', () => {
  it('POST names every field at fault in French, unknown fields included, and stores nothing', async () => {
    const fresh = (await h.createCase(coordinator)).id;
    const before = await h.count();
    expect(await send('POST', `/api/cases/${fresh}/pledges`, asMp, { actions: ['gardening'], twin: 'yes', colour: 'red' })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'actions.0', message: 'Choisissez dans la liste les actions auxquelles vous vous engagez.', code: 'invalid_value' },
          { path: 'twin', message: 'Indiquez si vous demandez à parrainer cette personne défenseure.', code: 'invalid_type' },
          unknownField('colour'),
        ],
      },
    });
    expect((await send('POST', `/api/cases/${fresh}/pledges`, asMp, { actions: [] })).problem.errors).toEqual([
      { path: 'actions', message: 'Choisissez au moins une action à laquelle vous vous engagez.', code: 'too_small.array' },
    ]);
    const shortKey = await send('POST', `/api/cases/${fresh}/pledges`, asMp, { actions: ['prison_visit'] }, { 'idempotency-key': 'short' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await h.count()).toBe(before);
  });

  it('POST answers 415 for a body that is not JSON, 400 for bytes that are not JSON, 400 naming an unknown query parameter', async () => {
    const raw = async (contentType: string, body: string) => problemOf(await h.app.request(`/api/cases/${caseId}/pledges`, {
      method: 'POST', headers: { cookie: asMp, ...fr, 'content-type': contentType }, body,
    }));
    expect((await raw('text/plain', 'actions=prison_visit')).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
    });
    expect((await raw('application/json', '{"actions":')).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
    expect(await send('GET', `/api/cases/${caseId}/pledges?sort=name`, asMp)).toEqual({
      status: 400, contentType: 'application/problem+json', problem: { ...invalid, errors: [unknownField('sort')] },
    });
  });

  it('PATCH asks for a change and for If-Match, and refuses a member id that is not one; DELETE asks for If-Match', async () => {
    const path = `/api/cases/${caseId}/pledges/${mp.id}`;
    expect((await send('PATCH', path, asMp, {}, { 'if-match': '"1"' })).problem).toEqual(nothingToChange);
    expect((await send('PATCH', path, asMp, { note: 7, twin: null }, { 'if-match': '"1"' })).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'note', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' },
        { path: 'twin', message: 'Indiquez si vous demandez à parrainer cette personne défenseure.', code: 'required' },
      ],
    });
    expect(await send('PATCH', path, asMp, { note: 'x' })).toMatchObject({ status: 428, problem: versionRequired });
    expect((await send('PATCH', `/api/cases/${caseId}/pledges/nope`, asMp, { note: 'x' }, { 'if-match': '"1"' })).problem).toEqual(notAnId('memberId'));
    expect(await send('DELETE', path, asMp)).toMatchObject({ status: 428, problem: versionRequired });
    expect((await send('GET', `/api/cases/${caseId}/pledges/nope`, asMp)).problem).toEqual(notAnId('memberId'));
  });
});

describe('logged actions with bad input', () => {
  it('POST names every field at fault in French, a date in the future included, and stores nothing', async () => {
    const before = await h.count();
    expect(await send('POST', `/api/cases/${caseId}/actions`, asMp, { type: 'prayer', date: '1 mai', evidenceUrl: 'http://x.example', seen: 1 })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'type', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'date', message: 'Ce n’est pas au format attendu.', code: 'invalid_format' },
          { path: 'date', message: 'Saisissez une date qui existe, par exemple 2026-11-30.', code: 'custom' },
          { path: 'description', message: 'Remplissez ce champ.', code: 'required' },
          { path: 'evidenceUrl', message: 'Saisissez un lien https://, par exemple https://parlement.example.org/compte-rendu.', code: 'custom' },
          unknownField('seen'),
        ],
      },
    });
    expect((await send('POST', `/api/cases/${caseId}/actions`, asMp, { type: 'prison_visit', date: '2099-01-01', description: 'Later.' })).problem).toEqual({
      ...invalid, errors: [{ path: 'date', message: 'Consignez une action une fois réalisée\u00a0: la date ne peut pas être dans le futur.' }],
    });
    expect(await h.count()).toBe(before);
  });

  it('PATCH asks for a change and for If-Match; verification asks for a note when it asks for more; ids that are not ids are named', async () => {
    const path = `/api/cases/${caseId}/actions/${actionId}`;
    expect((await send('PATCH', path, asMp, {}, { 'if-match': '"1"' })).problem).toEqual(nothingToChange);
    expect((await send('PATCH', path, asMp, { type: 'prison_visit' }, { 'if-match': '"1"' })).problem).toEqual({ ...invalid, errors: [unknownField('type'), nothingToChange.errors[0]] });
    expect(await send('PATCH', path, asMp, { description: 'x' })).toMatchObject({ status: 428, problem: versionRequired });
    expect((await send('GET', `/api/cases/${caseId}/actions/nope`, asMp)).problem).toEqual(notAnId('actionId'));

    const verify = (body: unknown, headers: Record<string, string> = { 'if-match': '"1"' }) => send('PUT', `${path}/verification`, coordinator, body, headers);
    expect((await verify({ state: 'needs_more_info' })).problem).toEqual({
      ...invalid, errors: [{ path: 'note', message: 'Précisez ce qui manque.', code: 'custom' }],
    });
    expect((await verify({ state: 'approved' })).problem).toEqual({
      ...invalid, errors: [{ path: 'state', message: 'Choisissez un état du dossier dans la liste.', code: 'invalid_value' }],
    });
    expect(await verify({ state: 'verified' }, {})).toMatchObject({ status: 428, problem: versionRequired });
  });

  it('a co-signature refuses a short Idempotency-Key, storing nothing', async () => {
    const other = await h.signIn(await h.addMember('mp'));
    const before = await h.count();
    const shortKey = await send('POST', `/api/cases/${caseId}/actions/${actionId}/co-signatures`, other, undefined, { 'idempotency-key': 'x' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await h.count()).toBe(before);
  });
});

describe('my pledges with bad input', () => {
  it('names a limit out of range and an unknown query parameter in French', async () => {
    expect(await send('GET', '/api/me/pledges?limit=0&order=asc', asMp)).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: { ...invalid, errors: [{ path: 'limit', message: 'Saisissez un nombre d’au moins 1.', code: 'too_small.number' }, unknownField('order')] },
    });
  });
});

describe('cases a member may not see', () => {
  it('answer as cases that do not exist, on reads and on writes', async () => {
    const hidden = (await h.createCase(coordinator, { visibility: 'restricted' })).id;
    const same = async (method: string, suffix: string, body?: unknown) =>
      expect(await send(method, `/api/cases/${hidden}${suffix}`, asMp, body)).toEqual(await send(method, `/api/cases/${randomUUID()}${suffix}`, asMp, body));
    await same('GET', '/pledges');
    await same('POST', '/pledges', { actions: ['prison_visit'] });
    await same('GET', '/actions');
    await same('POST', '/actions', { type: 'prison_visit', date: '2026-11-01', description: 'Visited.' });
    await same('GET', '/suggestions');
  });
});
