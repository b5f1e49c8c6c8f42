/**
 * Bad input on intake's JSON API answers what it answered when the routes parsed their own bodies
 * and queries: the same status, problem type, field paths, codes and French wording, and nothing
 * stored. A report may still come as JSON, a plain form or multipart. Written against the
 * hand-written routes, before they were declared with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, makeHarness, validCase, type Harness } from '../support/harness.ts';
import { fr, invalid, problemOf, unknownField } from '../support/problem-answers.ts';
import { report } from '../support/intake-reports.ts';

let h: Harness;
let coordinator: string;
const badId = (path: string) => ({ ...invalid, errors: [{ path: `${path}.(body)`, message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] });
const versionRequired = { type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.' };
const notJson = {
  type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
  detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
};

const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}, cookie = coordinator) =>
  h.json(method, path, { cookie, headers: { ...fr, ...headers }, body, from: h.nextAddress() }).then(problemOf);
/** A report posted by hand: a form, multipart, or any bytes with their content type. */
const post = (body: string | URLSearchParams | FormData | undefined, headers: Record<string, string> = {}) =>
  Promise.resolve(h.app.request('/api/reports', { method: 'POST', headers: { ...fr, origin: APP_URL, ...headers }, ...(body ? { body } : {}) },
    { requestContext: { identity: { sourceIp: h.nextAddress() } } }));

async function newReport(): Promise<string> {
  expect((await h.json('POST', '/api/reports', { body: report(), from: h.nextAddress() })).status).toBe(202);
  return (await bodyOf(await h.json('GET', '/api/reports', { cookie: coordinator }))).items[0].id as string;
}

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
}, 60_000);

describe('POST /api/reports with bad input', () => {
  it('names every field at fault in French, as JSON or as a form, and stores nothing', async () => {
    const before = await h.count();
    expect(await send('POST', '/api/reports', { whatHappened: '', country: 'XX', immediateDanger: 'perhaps', mayPublish: 'oui', extra: 1 }, {}, '')).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: {
        ...invalid,
        errors: [
          { path: 'whatHappened', message: 'Dites ce qui s’est passé.', code: 'required' },
          { path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' },
          { path: 'atRisk', message: 'Dites qui est en danger\u00a0: un nom, ou une description s’il est risqué de la nommer.', code: 'required' },
          { path: 'immediateDanger', message: 'Indiquez si quelqu’un est en danger immédiat.', code: 'invalid_value' },
          { path: 'mayShareWithNetwork', message: 'Indiquez si les membres du réseau peuvent être informés.', code: 'invalid_value' },
          { path: 'mayPublish', message: 'Indiquez si la situation peut être rendue publique.', code: 'invalid_value' },
          unknownField('extra'),
        ],
      },
    });
    const form = new URLSearchParams({ ...report(), country: 'XX', extra: '1' });
    expect(await problemOf(await post(form, { 'content-type': 'application/x-www-form-urlencoded' }))).toEqual({
      status: 400, contentType: 'application/problem+json',
      problem: { ...invalid, errors: [{ path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' }, unknownField('extra')] },
    });
    expect(await h.count()).toBe(before);
  });

  it('takes a report as a plain form and as multipart, as it takes JSON', async () => {
    const multipart = new FormData();
    for (const [name, value] of Object.entries(report())) multipart.append(name, value);
    for (const res of [await post(new URLSearchParams(report()), { 'content-type': 'application/x-www-form-urlencoded' }), await post(multipart)]) {
      expect(res.status).toBe(202);
      expect(await bodyOf(res)).toEqual({ reference: expect.stringMatching(/^R-/), message: expect.stringMatching(/^Signalement reçu/) });
    }
  });

  it('answers 415 for a body that is neither JSON nor a form (or no body), 400 for bytes that are not JSON', async () => {
    expect((await problemOf(await post('x', { 'content-type': 'text/plain' }))).problem).toEqual(notJson);
    expect((await problemOf(await post(undefined))).problem).toEqual(notJson);
    expect((await problemOf(await post('{"whatHappened":', { 'content-type': 'application/json' }))).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
  });
});

describe('triage with bad input', () => {
  it('GET /api/reports names each parameter at fault, ?lang= included', async () => {
    expect((await send('GET', '/api/reports?status=old&limit=500&lang=fr', undefined)).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'status', message: 'Choisissez l’une des options.', code: 'invalid_value' },
        { path: 'limit', message: 'Saisissez un nombre d’au plus 100.', code: 'too_big.number' },
        unknownField('lang'),
      ],
    });
  });

  it('PATCH /api/reports/{id} names the fields at fault, a duplicate without its case included, asks for If-Match; nothing stored', async () => {
    const id = await newReport();
    const before = await h.count();
    expect((await send('PATCH', `/api/reports/${id}`, { status: 'converted', note: 7, x: 1 }, { 'if-match': '"1"' })).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'status', message: 'Choisissez l’une des options.', code: 'invalid_value' },
        { path: 'note', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' },
        unknownField('x'),
      ],
    });
    expect((await send('PATCH', `/api/reports/${id}`, { status: 'duplicate' }, { 'if-match': '"1"' })).problem).toEqual({
      ...invalid, errors: [{ path: 'caseId', message: 'Indiquez l’identifiant du dossier dont ce signalement est un doublon.', code: 'custom' }],
    });
    expect(await send('PATCH', `/api/reports/${id}`, { status: 'in_review' })).toEqual({ status: 428, contentType: 'application/problem+json', problem: versionRequired });
    expect(await h.count()).toBe(before);
  });

  // Nothing converted: no case, the report unchanged (the hand-written route audited its read of the report before the body was checked).
  it('POST /api/reports/{id}/case names the case fields at fault, asks for If-Match; no case made', async () => {
    const id = await newReport();
    const cases = async () => (await bodyOf(await h.json('GET', '/api/cases', { cookie: coordinator }))).items.length as number;
    const before = await cases();
    expect((await send('POST', `/api/reports/${id}/case`, { defenderName: '', country: 'XX', extra: 1 }, { 'if-match': '"1"' })).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'defenderName', message: 'Saisissez le nom de la personne défenseure ou un pseudonyme.', code: 'required' },
        { path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' },
        { path: 'themes', message: 'Choisissez au moins une thématique.', code: 'required' },
        { path: 'summary', message: 'Rédigez un résumé du dossier.', code: 'required' },
        { path: 'visibility', message: 'Choisissez qui peut voir le dossier.', code: 'invalid_value' },
        { path: 'consentBasis', message: 'Choisissez le fondement du consentement.', code: 'invalid_value' },
        unknownField('extra'),
      ],
    });
    expect((await send('POST', `/api/reports/${id}/case`, validCase())).problem).toEqual(versionRequired);
    expect(await cases()).toBe(before);
    expect((await bodyOf(await h.json('GET', `/api/reports/${id}`, { cookie: coordinator }))).report).toMatchObject({ status: 'new', version: 1 });
  });

  it('refuses a report or file id that is not one, naming it; an unknown file is 404', async () => {
    const id = await newReport();
    expect((await send('GET', '/api/reports/nope', undefined)).problem).toEqual(badId('id'));
    expect((await send('PATCH', '/api/reports/nope', { status: 'in_review' }, { 'if-match': '"1"' })).problem).toEqual(badId('id'));
    expect((await send('GET', `/api/reports/${id}/attachments/nope`, undefined)).problem).toEqual(badId('attachmentId'));
    expect((await send('GET', `/api/reports/${id}/attachments/${randomUUID()}`, undefined)).status).toBe(404);
  });
});
