/**
 * Bad input on the sign-in API answers what it answered when the routes read their own bodies:
 * the same status, problem type, field paths, codes and French wording, and no link sent. Written
 * against the hand-written routes, before they were declared with createRoute.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf } from '../support/problem-answers.ts';

let h: Harness;

beforeAll(async () => {
  h = await makeHarness();
}, 60_000);

describe('POST /api/auth/sign-in with bad input', () => {
  it('names the address and an unknown field in French, and sends no link', async () => {
    await h.addMember('mp', { email: 'known@example.org' });
    const before = (await h.outbox.list()).length;
    const res = await h.json('POST', '/api/auth/sign-in', { headers: fr, body: { email: 'known at example.org', remember: true }, from: h.nextAddress() });
    expect(await problemOf(res)).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'email', message: 'Saisissez une adresse électronique, comme nom@exemple.org.', code: 'invalid_format' },
          { path: 'remember', message: 'Champ inconnu\u00a0: retirez-le.', code: 'unrecognized_keys' },
        ],
      },
    });
    const empty = await h.json('POST', '/api/auth/sign-in', { headers: fr, body: {}, from: h.nextAddress() });
    expect((await problemOf(empty)).problem.errors).toEqual([{ path: 'email', message: 'Saisissez une adresse électronique, comme nom@exemple.org.', code: 'required' }]);
    await h.settled();
    expect((await h.outbox.list()).length).toBe(before);
  });

  it('answers 415 for a body that is not JSON and 400 for bytes that are not JSON', async () => {
    const raw = async (contentType: string, body: string) => problemOf(await h.app.request('/api/auth/sign-in', {
      method: 'POST', headers: { ...fr, 'content-type': contentType }, body,
    }, { requestContext: { identity: { sourceIp: h.nextAddress() } } }));
    expect((await raw('application/x-www-form-urlencoded', 'email=a%40example.org')).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
    });
    expect((await raw('application/json', '{"email":')).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
  });
});

describe('who am I without a session', () => {
  it('GET /api/me answers 401 in French; signing out without a session answers 204', async () => {
    expect(await problemOf(await h.json('GET', '/api/me', { headers: fr }))).toMatchObject({ status: 401, contentType: 'application/problem+json' });
    expect((await h.json('POST', '/api/auth/sign-out', { headers: fr })).status).toBe(204);
  });
});
