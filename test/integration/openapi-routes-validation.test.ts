/**
 * Bad input on the routes declared with `createRoute` (risk, proceedings) answers exactly what it
 * answered when each route read and parsed its body by hand: the same status, problem type, field
 * paths, codes and French wording. Written against the hand-written routes first, so the conversion
 * is held to them.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let mp: string;

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.signIn(await h.addMember('mp'));
});

describe('PUT /api/cases/{id}/risk-assessment with bad input', () => {
  it('names every field at fault in the caller’s language, unknown fields included, and stores nothing', async () => {
    const c = await h.createCase(coordinator);
    const before = await h.count();
    const res = await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, {
      cookie: coordinator, headers: { ...fr, 'if-match': '"0"' }, body: { level: 'extreme', threats: [{ type: 'raid', credibility: 'certain' }], extra: 1 },
    });
    expect(await problemOf(res)).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'level', message: 'Choisissez un niveau de risque.', code: 'invalid_value' },
          { path: 'threats.0.source', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'threats.0.date', message: 'Saisissez la date de l’événement.', code: 'required' },
          { path: 'threats.0.credibility', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'extra', message: 'Champ inconnu : retirez-le.', code: 'unrecognized_keys' },
        ],
      },
    });
    expect(await h.count()).toBe(before);
  });

  it('answers 415 for a body that is not JSON, 400 for bytes that are not JSON, 428 without If-Match, 400 for an id that is not one', async () => {
    const c = await h.createCase(coordinator);
    const raw = (contentType: string, body: string) => h.app.request(`/api/cases/${c.id}/risk-assessment`, {
      method: 'PUT', headers: { cookie: coordinator, ...fr, 'if-match': '"0"', 'content-type': contentType }, body,
    });
    expect((await problemOf(await raw('text/plain', 'level=high'))).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Envoyez le corps de la requête en JSON (Content-Type : application/json).',
    });
    expect((await problemOf(await raw('application/json', '{"level":'))).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
    const noVersion = await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: coordinator, headers: fr, body: { level: 'high' } });
    expect((await problemOf(noVersion)).problem).toEqual({
      type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.',
    });
    const badId = await h.json('GET', '/api/cases/not-a-uuid/risk-assessment', { cookie: coordinator, headers: fr });
    expect((await problemOf(badId)).problem).toEqual({
      ...invalid, errors: [{ path: 'id.(body)', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }],
    });
  });

  it('tells a member who may not see the case nothing: a hidden case answers as one that does not exist', async () => {
    const hidden = await h.createCase(coordinator, { visibility: 'restricted' });
    const put = (id: string) => h.json('PUT', `/api/cases/${id}/risk-assessment`, { cookie: mp, headers: { ...fr, 'if-match': '"0"' }, body: { level: 'extreme' } });
    expect(await problemOf(await put(hidden.id))).toEqual(await problemOf(await put(randomUUID())));
  });
});

describe('proceedings with bad input', () => {
  it('POST names the fields at fault in French, refuses a short Idempotency-Key, and stores nothing', async () => {
    const c = await h.createCase(coordinator);
    const before = await h.count();
    const res = await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie: coordinator, headers: fr, body: { reference: 'x', judge: 'y' } });
    expect(await problemOf(res)).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'internationalBody', message: 'Choisissez l’instance internationale.', code: 'invalid_value' },
          { path: 'judge', message: 'Champ inconnu : retirez-le.', code: 'unrecognized_keys' },
        ],
      },
    });
    const shortKey = await problemOf(await h.json('POST', `/api/cases/${c.id}/proceedings`, {
      cookie: coordinator, headers: { ...fr, 'idempotency-key': 'short' }, body: { internationalBody: 'ecthr' },
    }));
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await h.count()).toBe(before);
  });

  it('PATCH names the fields at fault in French, asks for If-Match, refuses an id that is not one', async () => {
    const c = await h.createCase(coordinator);
    const created = await bodyOf(await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie: coordinator, body: { internationalBody: 'ecthr' } }));
    const patch = (path: string, body: unknown, headers: Record<string, string> = { 'if-match': '"1"' }) =>
      h.json('PATCH', path, { cookie: coordinator, headers: { ...fr, ...headers }, body }).then(problemOf);
    const path = `/api/cases/${c.id}/proceedings/${created.id}`;
    const dateWording = 'Saisissez la date d’introduction au format AAAA-MM-JJ, ou laissez le champ vide.';
    expect((await patch(path, { lodgedDate: '1er mai', internationalBody: null })).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'internationalBody', message: 'Choisissez l’instance internationale.', code: 'invalid_value' },
        { path: 'lodgedDate', message: dateWording, code: 'invalid_format' },
        { path: 'lodgedDate', message: dateWording, code: 'custom' },
      ],
    });
    expect((await patch(path, {})).problem).toEqual({ ...invalid, errors: [{ path: '(body)', message: 'Modifiez au moins un champ.', code: 'custom' }] });
    expect((await patch(path, { lodgedDate: '2026-11-02' }, {})).status).toBe(428);
    expect((await patch(`/api/cases/${c.id}/proceedings/nope`, { lodgedDate: '2026-11-02' })).problem).toEqual({
      ...invalid, errors: [{ path: 'proceedingId.(body)', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }],
    });
  });

  it('tells a member who may not see the case nothing: a hidden case answers as one that does not exist', async () => {
    const hidden = await h.createCase(coordinator, { visibility: 'restricted' });
    const post = (id: string) => h.json('POST', `/api/cases/${id}/proceedings`, { cookie: mp, headers: fr, body: { reference: 'x' } });
    expect(await problemOf(await post(hidden.id))).toEqual(await problemOf(await post(randomUUID())));
    expect(await problemOf(await h.json('GET', `/api/cases/${hidden.id}/proceedings`, { headers: fr })))
      .toEqual(await problemOf(await h.json('GET', `/api/cases/${randomUUID()}/proceedings`, { headers: fr })));
  });
});
