/**
 * Bad input on the calendar's JSON API answers what it answered when the routes read their own
 * queries and ids: the same status, problem type, field paths, codes and French wording, and
 * nothing stored. `?lang=` still only chooses the language. Written against the hand-written
 * routes, before they were declared with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let mp: string;
const badId = (path: string) => ({ ...invalid, errors: [{ path: `${path}.(body)`, message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] });

const send = (method: string, path: string) => h.json(method, path, { cookie: mp, headers: fr }).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  mp = await h.signIn(await h.addMember('mp'));
}, 60_000);

describe('the calendar with bad input', () => {
  it('GET /api/calendar names each parameter at fault, in the language ?lang= asks for', async () => {
    expect(await send('GET', '/api/calendar?from=hier&weeks=0&x=1')).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'from', message: 'Ce n’est pas au format attendu.', code: 'invalid_format' },
          { path: 'from', message: 'Cette valeur n’est pas acceptée.', code: 'custom' },
          { path: 'weeks', message: 'Saisissez un nombre d’au moins 1.', code: 'too_small.number' },
          unknownField('x'),
        ],
      },
    });
    const spanish = await h.json('GET', '/api/calendar?weeks=99&lang=es', { cookie: mp });
    expect(spanish.headers.get('content-language')).toBe('es');
    const { problem } = await problemOf(spanish);
    expect(problem.errors).toEqual([{ path: 'weeks', message: expect.stringMatching(/\b8\b/), code: 'too_big.number' }]);
    expect(problem.title).not.toBe(invalid.title);
    expect((await h.json('GET', '/api/calendar?lang=fr&weeks=2', { cookie: mp })).status).toBe(200);
  });

  it('PUT and DELETE …/observers/me refuse an id that is not one, naming it; an unknown hearing is 404; nothing stored', async () => {
    const before = await h.count();
    for (const method of ['PUT', 'DELETE']) {
      expect(await send(method, `/api/cases/nope/hearings/${randomUUID()}/observers/me`)).toEqual({ status: 400, contentType: 'application/problem+json', problem: badId('id') });
      expect((await send(method, `/api/cases/${randomUUID()}/hearings/nope/observers/me`)).problem).toEqual(badId('eventId'));
      expect((await send(method, `/api/cases/${randomUUID()}/hearings/${randomUUID()}/observers/me`)).status).toBe(404);
    }
    expect(await h.count()).toBe(before);
  });
});
