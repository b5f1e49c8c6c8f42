/**
 * Bad input on the alerts' JSON API answers what it answered when the routes parsed their own
 * bodies: the same status, problem type, field paths, codes and French wording. Written against
 * the hand-written routes, before they were declared with createRoute.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, unknownField } from '../support/problem-answers.ts';
import { alertBody, makeAlertWorld, type AlertWorld } from '../support/alert-world.ts';

let h: Harness;
let w: AlertWorld;
let caseId: string;
let alertId: string;
const badId = { ...invalid, errors: [{ path: 'id.(body)', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] };

/** The problem without its request id, which differs on every answer. */
async function problemOf(res: Response) {
  const { requestId: _id, ...problem } = await bodyOf(res);
  return { status: res.status, problem };
}

beforeAll(async () => {
  h = await makeHarness();
  w = await makeAlertWorld(h);
  caseId = (await w.tiedCase('network')).id;
  alertId = (await bodyOf(await h.json('POST', `/api/cases/${caseId}/alerts`, { cookie: w.cookies.coordinator, body: alertBody() }))).id;
}, 60_000);

describe('POST /api/cases/{id}/alerts with bad input', () => {
  it('names every field at fault in French, a deadline passed included, and sends nothing', async () => {
    const before = await h.count();
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      h.json('POST', `/api/cases/${caseId}/alerts`, { cookie: w.cookies.coordinator, headers: { ...fr, ...headers }, body }).then(problemOf);
    expect(await post({ happened: '', askedActions: ['pray'], deadline: 'demain', colour: 'red' })).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'happened', message: 'Indiquez ce qui est arrivé à la personne défenseure.', code: 'required' },
          { path: 'askedActions.0', message: 'Choisissez les actions dans la liste.', code: 'invalid_value' },
          { path: 'asked', message: 'Indiquez ce que vous demandez aux membres.', code: 'required' },
          { path: 'deadline', message: 'Indiquez l’échéance (date et heure).', code: 'invalid_format' },
          unknownField('colour'),
        ],
      },
    });
    expect(await post(alertBody({ deadline: '2020-01-01T00:00:00Z' }))).toEqual({
      status: 400, problem: { ...invalid, errors: [{ path: 'deadline', message: 'L’échéance doit être dans le futur.', code: 'custom' }] },
    });
    const shortKey = await post(alertBody(), { 'idempotency-key': 'x' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await h.count()).toBe(before);
  });
});

describe('the roster and the answers with bad input', () => {
  it('PUT …/response names the fields at fault in French; a body that is not JSON is 415', async () => {
    const put = (id: string, body: unknown) =>
      h.json('PUT', `/api/alerts/${id}/response`, { cookie: w.cookies.adopter, headers: fr, body }).then(problemOf);
    expect(await put(alertId, { answer: 'maybe', note: 1 })).toEqual({
      status: 400, problem: { ...invalid, errors: [{ path: 'answer', message: 'Choisissez l’une des trois réponses.', code: 'invalid_value' }, unknownField('note')] },
    });
    expect(await put('nope', { answer: 'done' })).toEqual({ status: 400, problem: badId });
    const notJson = await h.app.request(`/api/alerts/${alertId}/response`, {
      method: 'PUT', headers: { cookie: w.cookies.adopter!, ...fr, 'content-type': 'text/plain' }, body: 'done',
    });
    expect(await problemOf(notJson)).toEqual({
      status: 415,
      problem: {
        type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
        detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
      },
    });
  });

  it('GET /api/alerts/{id} refuses an id that is not one, naming it', async () => {
    expect(await problemOf(await h.json('GET', '/api/alerts/nope', { cookie: w.cookies.coordinator, headers: fr }))).toEqual({ status: 400, problem: badId });
  });
});
