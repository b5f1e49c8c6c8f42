/**
 * Bad input on the attachments' API (an upload through the function, a direct upload asked for and
 * completed, a download, a deletion) answers what it answered when the routes read their own
 * requests: the same status, problem type, field paths, codes and French wording, and nothing
 * stored. Written against the hand-written routes, before they were declared with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let caseId: string;
const notFound = { type: 'urn:tandem:problem:not-found', title: 'Introuvable', status: 404 };

const raw = async (path: string, contentType: string, body: string | FormData, headers: Record<string, string> = {}) =>
  problemOf(await h.app.request(path, { method: 'POST', headers: { cookie: coordinator, ...fr, ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body }));

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  caseId = (await h.createCase(coordinator)).id;
}, 60_000);

describe('an upload through the function with bad input', () => {
  it('answers 415 for a body that is not a form, 400 for a form with fields at fault, and stores nothing', async () => {
    const before = await h.count();
    const path = `/api/cases/${caseId}/attachments`;
    expect((await raw(path, 'application/json', '{}')).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Ce fichier n’est pas un document PDF, JPEG, PNG, DOCX ou ODT. C’est son contenu qui a été vérifié, pas son nom.',
    });
    const form = new FormData();
    form.append('eventId', 'nope');
    form.append('colour', 'red');
    expect(await raw(path, '', form)).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'eventId', message: 'Ce n’est pas un identifiant d’audience.', code: 'invalid_format' },
          unknownField('colour'),
        ],
      },
    });
    const withFile = new FormData();
    withFile.append('file', new Blob(['%PDF-1.4']), 'a.pdf');
    const shortKey = await raw(path, '', withFile, { 'idempotency-key': 'short' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await h.count()).toBe(before);
  });
});

describe('a direct upload with bad input', () => {
  it('asking names the fields at fault in French; 415 for a body that is not JSON, 400 for bytes that are not JSON', async () => {
    const before = await h.count();
    const path = `/api/cases/${caseId}/attachments/uploads`;
    const ask = (body: unknown) => h.json('POST', path, { cookie: coordinator, headers: fr, body }).then(problemOf);
    expect(await ask({ eventId: randomUUID(), actionId: 'nope', sensitive: 'maybe', colour: 1 })).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'actionId', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' },
          { path: 'sensitive', message: 'Cette valeur n’est pas acceptée.', code: 'invalid_union' },
          unknownField('colour'),
        ],
      },
    });
    expect((await raw(path, 'text/plain', 'eventId=x')).status).toBe(415);
    expect((await raw(path, 'application/json', '{"eventId":')).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
    expect(await h.count()).toBe(before);
  });

  it('completing with a ticket that is not one answers 404, as for anyone but the member who asked', async () => {
    const res = await h.json('POST', `/api/cases/${caseId}/attachments/uploads/${randomUUID()}`, { cookie: coordinator, headers: fr, body: { ticket: 'forged', key: 'quarantine/x/a.pdf' } });
    expect(await problemOf(res)).toMatchObject({ status: 404, problem: notFound });
  });
});

describe('downloads and deletions with bad input', () => {
  it('an attachment id that is not one, or on a case the caller may not see, answers as one that does not exist', async () => {
    const hidden = (await h.createCase(coordinator, { visibility: 'restricted' })).id;
    const mp = await h.signIn(await h.addMember('mp'));
    const get = (path: string, cookie = coordinator) => h.json('GET', path, { cookie, headers: fr }).then(problemOf);
    expect(await get(`/api/cases/${caseId}/attachments/nope`)).toMatchObject({ status: 404, problem: notFound });
    expect(await get(`/api/cases/${hidden}/attachments/${randomUUID()}`, mp)).toEqual(await get(`/api/cases/${randomUUID()}/attachments/${randomUUID()}`, mp));
    expect((await h.json('DELETE', `/api/cases/${caseId}/attachments/nope`, { cookie: coordinator, headers: fr }).then(problemOf)))
      .toMatchObject({ status: 404, problem: notFound });
  });
});
