/**
 * Bad query parameters on `GET /api/coverage` answer what they answered when the route handed its
 * query to the use case: the same status, field paths, codes and French wording. Written against
 * the hand-written route, before it was declared with createRoute.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;

const coverage = (query: string) => h.json('GET', `/api/coverage?${query}`, { cookie: coordinator, headers: fr }).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
}, 60_000);

describe('GET /api/coverage with bad query parameters', () => {
  it('names each parameter at fault in French, unknown ones included', async () => {
    expect(await coverage('from=2026-13&country=XX&sort=asc')).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'from', message: 'Ce n’est pas au format attendu.', code: 'invalid_format' },
          { path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' },
          { path: 'sort', message: 'Champ inconnu\u00a0: retirez-le.', code: 'unrecognized_keys' },
        ],
      },
    });
  });

  it('refuses a period that starts after it ends, naming its start', async () => {
    expect(await coverage('from=2026-06&to=2026-01')).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: { ...invalid, errors: [{ path: 'from', message: 'Le premier mois doit précéder le dernier.', code: 'custom' }] },
    });
  });
});
