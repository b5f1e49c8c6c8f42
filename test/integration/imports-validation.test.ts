/**
 * Bad input on the imports' JSON API answers what it answered when the routes read their own query,
 * headers and upload: the same status, problem type, field paths, codes and French wording, and
 * nothing stored. Written against the hand-written routes, before they were declared with
 * createRoute (test/integration/imports.test.ts holds the refusals of the files themselves).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
const file = 'defenderName,country\nAna,CO\n';
const members = 'email,name,role,parliament,country,language\nnora.nouvelle@example.org,Nora Nouvelle,mp,Assemblée nationale,FR,fr\n';

const post = (path: string, body: string, type: string, headers: Record<string, string> = {}) =>
  Promise.resolve(h.app.request(path, { method: 'POST', headers: { cookie: coordinator, ...fr, 'content-type': type, ...headers }, body })).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
}, 60_000);

describe('imports with bad input', () => {
  it('names a dryRun that is not true or false, and an unknown parameter, in French; nothing stored', async () => {
    const before = await h.count();
    for (const what of ['cases', 'members']) {
      expect(await post(`/api/imports/${what}?dryRun=yes&x=1`, file, 'text/csv')).toEqual({
        status: 400, contentType: 'application/problem+json', problem: {
          ...invalid,
          errors: [{ path: 'dryRun', message: 'Choisissez l’une des options.', code: 'invalid_value' }, { path: 'x', message: 'Champ inconnu\u00a0: retirez-le.', code: 'unrecognized_keys' }],
        },
      });
    }
    expect(await h.count()).toBe(before);
  });

  it('refuses a short Idempotency-Key and a body that is not a spreadsheet, in French; nothing stored', async () => {
    const before = await h.count();
    const shortKey = await post('/api/imports/members', members, 'text/csv', { 'idempotency-key': 'x' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await post('/api/imports/members', '{}', 'application/json')).toEqual({
      status: 415, contentType: 'application/problem+json',
      problem: {
        type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
        detail: 'Envoyez un fichier CSV (text/csv), un classeur XLSX ou un formulaire contenant un fichier.',
      },
    });
    expect(await h.count()).toBe(before);
  });

  it('GET /api/imports/{jobId} answers an id that is not one as a job that does not exist', async () => {
    expect(await problemOf(await h.json('GET', '/api/imports/nope', { cookie: coordinator, headers: fr }))).toEqual({
      status: 404, contentType: 'application/problem+json',
      problem: { type: 'urn:tandem:problem:not-found', title: 'Introuvable', status: 404, detail: 'Il n’y a rien ici, ou cela ne vous est pas partagé.' },
    });
  });
});
