/**
 * Bad input on the missions' and the gap view's JSON API answers what it answered when the routes
 * parsed their own bodies and queries: the same status, problem type, field paths, codes and French
 * wording, and nothing stored. Written against the hand-written routes, before they were declared
 * with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let diplomat: string;
let mp: string;
let target: DefenderCase;
const badId = (path: string) => ({ ...invalid, errors: [{ path: `${path}.(body)`, message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] });
const versionRequired = { type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.' };

const send = (method: string, path: string, cookie: string, body?: unknown, headers: Record<string, string> = {}) =>
  h.json(method, path, { cookie, headers: { ...fr, ...headers }, ...(body === undefined ? {} : { body }) }).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
  mp = await h.signIn(await h.addMember('mp'));
  target = await h.createCase(coordinator, { country: 'CO', visibility: 'network' });
}, 60_000);

describe('POST /api/cases/{id}/action-requests with bad input', () => {
  it('names every field at fault in French, unknown fields included, and stores nothing', async () => {
    const before = await h.count();
    const path = `/api/cases/${target.id}/action-requests`;
    expect(await send('POST', path, coordinator, { actionType: 'pray', dueDate: 'demain', note: 5, extra: 1 })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'actionType', message: 'Choisissez le type d’action des Orientations de l’UE.', code: 'invalid_value' },
          { path: 'dueDate', message: 'Saisissez l’échéance au format AAAA-MM-JJ.', code: 'invalid_format' },
          { path: 'dueDate', message: 'Cette échéance n’existe pas dans le calendrier.', code: 'custom' },
          { path: 'note', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' },
          unknownField('extra'),
        ],
      },
    });
    expect((await send('POST', path, coordinator, {})).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'actionType', message: 'Choisissez le type d’action des Orientations de l’UE.', code: 'invalid_value' },
        { path: 'dueDate', message: 'Saisissez l’échéance.', code: 'required' },
      ],
    });
    const shortKey = await send('POST', path, coordinator, { actionType: 'trial_observation', dueDate: '2030-01-01' }, { 'idempotency-key': 'x' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await send('POST', '/api/cases/nope/action-requests', coordinator, { actionType: 'trial_observation', dueDate: '2030-01-01' }))
      .toEqual({ status: 400, contentType: 'application/problem+json', problem: badId('id') });
    expect(await h.count()).toBe(before);
  });

  it('answers 415 for a body that is not JSON and 400 for bytes that are not JSON', async () => {
    const raw = (contentType: string, body: string) => Promise.resolve(h.app.request(`/api/cases/${target.id}/action-requests`, {
      method: 'POST', headers: { cookie: coordinator, ...fr, 'content-type': contentType }, body,
    })).then(problemOf);
    expect((await raw('text/plain', 'actionType=x')).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
    });
    expect((await raw('application/json', '{"actionType":')).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
  });

  it('tells a member who may not see the case nothing: a hidden case answers as one that does not exist', async () => {
    const hidden = await h.createCase(coordinator, { visibility: 'restricted' });
    const post = (id: string) => send('POST', `/api/cases/${id}/action-requests`, mp, { actionType: 'pray' });
    expect(await post(hidden.id)).toEqual(await post(randomUUID()));
    const list = (id: string) => send('GET', `/api/cases/${id}/mission-actions`, mp);
    expect(await list(hidden.id)).toEqual(await list(randomUUID()));
  });
});

describe('answers, mission actions and verification with bad input', () => {
  it('PATCH …/action-requests/{requestId} names the fields at fault, asks for If-Match, refuses an id that is not one', async () => {
    const request = await bodyOf(await h.json('POST', `/api/cases/${target.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', dueDate: '2030-01-01' } }));
    const path = `/api/cases/${target.id}/action-requests/${request.id}`;
    const before = await h.count();
    expect((await send('PATCH', path, diplomat, { status: 'declined', extra: 2 }, { 'if-match': '"1"' })).problem).toEqual({
      ...invalid, errors: [{ path: 'reason', message: 'Indiquez le motif.', code: 'required' }, unknownField('extra')],
    });
    expect((await send('PATCH', path, diplomat, { status: 'maybe' }, { 'if-match': '"1"' })).problem).toEqual({
      ...invalid, errors: [{ path: 'status', message: 'Cette valeur n’est pas acceptée.', code: 'invalid_union' }],
    });
    expect(await send('PATCH', path, diplomat, { status: 'acknowledged' })).toEqual({ status: 428, contentType: 'application/problem+json', problem: versionRequired });
    expect((await send('PATCH', `/api/cases/${target.id}/action-requests/nope`, diplomat, { status: 'acknowledged' }, { 'if-match': '"1"' })).problem).toEqual(badId('requestId'));
    expect(await h.count()).toBe(before);
  });

  it('POST …/mission-actions names the fields at fault, a date ahead of today included, and stores nothing', async () => {
    const path = `/api/cases/${target.id}/mission-actions`;
    const before = await h.count();
    expect((await send('POST', path, diplomat, { actionType: 'trial_observation', date: '2026-11-02', confidential: 'yes', colour: 'red' })).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'mission', message: 'Saisissez le nom de votre mission.', code: 'required' },
        { path: 'outcome', message: 'Décrivez le résultat.', code: 'required' },
        { path: 'confidential', message: 'Indiquez si l’action est confidentielle.', code: 'invalid_type' },
        unknownField('colour'),
      ],
    });
    expect((await send('POST', path, diplomat, { actionType: 'trial_observation', mission: 'EU', date: '2099-01-01', outcome: 'Observed', confidential: false })).problem).toEqual({
      ...invalid, errors: [{ path: 'date', message: 'La date est dans le futur\u00a0: consignez l’action une fois réalisée.', code: 'custom' }],
    });
    expect(await h.count()).toBe(before);
  });

  it('POST …/verification asks for If-Match and refuses an action id that is not one', async () => {
    expect((await send('POST', `/api/cases/${target.id}/mission-actions/${randomUUID()}/verification`, coordinator)).problem).toEqual(versionRequired);
    expect((await send('POST', `/api/cases/${target.id}/mission-actions/nope/verification`, coordinator, undefined, { 'if-match': '"1"' })).problem).toEqual(badId('actionId'));
  });
});

describe('lists with a bad query', () => {
  it('GET /api/action-requests names each parameter at fault, unknown ones (?lang= too) included', async () => {
    expect(await send('GET', '/api/action-requests?limit=0&status=all&x=1', coordinator)).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'status', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'limit', message: 'Saisissez un nombre d’au moins 1.', code: 'too_small.number' },
          unknownField('x'),
        ],
      },
    });
    expect((await send('GET', '/api/action-requests?lang=fr', coordinator)).problem).toEqual({ ...invalid, errors: [unknownField('lang')] });
  });

  it('GET /api/gaps names each parameter at fault', async () => {
    expect((await send('GET', '/api/gaps?country=XX1&y=2', coordinator)).problem).toEqual({
      ...invalid, errors: [{ path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' }, unknownField('y')],
    });
  });

  it('GET …/action-requests and …/mission-actions of a case refuse a case id that is not one', async () => {
    expect((await send('GET', '/api/cases/nope/action-requests', coordinator)).problem).toEqual(badId('id'));
    expect((await send('GET', '/api/cases/nope/mission-actions', coordinator)).problem).toEqual(badId('id'));
  });
});
