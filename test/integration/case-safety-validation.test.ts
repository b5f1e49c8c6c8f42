/**
 * Bad input on the protective side's JSON API (visibility, clearance, pause, timeline events,
 * sensitive fields, audit logs) answers what it answered when the routes parsed their own bodies
 * and queries: the same status, problem type, field paths, codes and French wording, and nothing
 * stored. Written against the hand-written routes, before they were declared with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let mp: string;
let caseId: string;
const version1 = { 'if-match': '"1"' };
const badId = { ...invalid, errors: [{ path: 'id.(body)', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] };
const versionRequired = { type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.' };
const basisWording = { path: 'basis', message: 'Choisissez le fondement du consentement.', code: 'invalid_value' };

/** The problem without its request id, which differs on every answer. */
async function problemOf(res: Response) {
  const { requestId: _id, ...problem } = await bodyOf(res);
  return { status: res.status, problem };
}
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}, cookie = coordinator) =>
  h.json(method, path, { cookie, headers: { ...fr, ...headers }, body }).then(problemOf);
const read = (path: string, cookie = coordinator) => h.json('GET', path, { cookie, headers: fr }).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.signIn(await h.addMember('mp'));
  caseId = (await h.createCase(coordinator)).id;
});

describe('visibility, clearance and pause with bad input', () => {
  it('PUT …/visibility names every field at fault in French, the rule across fields included; asks for If-Match; stores nothing', async () => {
    const before = await h.count();
    const path = `/api/cases/${caseId}/visibility`;
    expect(await send('PUT', path, { visibility: 'network', namedMemberIds: ['x', 'x'], basis: 'whim', colour: 1 }, version1)).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'namedMemberIds.0', message: 'Choisissez les membres dans la liste.', code: 'invalid_format' },
          { path: 'namedMemberIds.1', message: 'Choisissez les membres dans la liste.', code: 'invalid_format' },
          { path: 'namedMemberIds', message: 'Chaque choix ne peut figurer qu’une fois.', code: 'custom' },
          basisWording,
          unknownField('colour'),
        ],
      },
    });
    expect((await send('PUT', path, { visibility: 'network', namedMemberIds: [randomUUID()], basis: 'explicit_consent' }, version1)).problem).toEqual({
      ...invalid,
      errors: [{ path: 'namedMemberIds', message: 'Seul un dossier restreint nomme des membres\u00a0: choisissez «\u00a0Restreint\u00a0» ou décochez les membres.', code: 'custom' }],
    });
    expect(await send('PUT', path, { visibility: 'network', basis: 'explicit_consent' })).toEqual({ status: 428, problem: versionRequired });
    expect(await h.count()).toBe(before);
  });

  it('PUT …/public-action-clearance and POST …/pause name the fields at fault in French and store nothing', async () => {
    const before = await h.count();
    expect(await send('PUT', `/api/cases/${caseId}/public-action-clearance`, { cleared: 'yes', note: 'x'.repeat(1001) }, version1)).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'cleared', message: 'Indiquez si l’action publique est autorisée.', code: 'invalid_type' },
          basisWording,
          { path: 'note', message: '1\u202f000 caractères au plus.', code: 'too_big.string' },
        ],
      },
    });
    expect(await send('PUT', `/api/cases/${caseId}/public-action-clearance`, { cleared: true, basis: 'explicit_consent' })).toEqual({ status: 428, problem: versionRequired });
    expect(await send('POST', `/api/cases/${caseId}/pause`, { reason: '', basis: 'x', extra: 1 })).toEqual({
      status: 400,
      problem: { ...invalid, errors: [{ path: 'reason', message: 'Indiquez le motif.', code: 'required' }, basisWording, unknownField('extra')] },
    });
    expect(await h.count()).toBe(before);
  });

  it('tells a member who may not see the case nothing: a hidden case answers as one that does not exist, well-formed or not', async () => {
    const hidden = (await h.createCase(coordinator, { visibility: 'restricted' })).id;
    for (const [method, suffix, body] of [
      ['PUT', 'visibility', { visibility: 'network', basis: 'explicit_consent' }],
      ['PUT', 'visibility', { visibility: 'everyone' }],
      ['POST', 'pause', { reason: 'Threats', basis: 'explicit_consent' }],
      ['POST', 'pause', { reason: 1 }],
      ['PUT', 'sensitive', { legalNotes: 'x' }],
      ['PUT', 'sensitive', { legalNotes: 1 }],
      ['POST', 'events', { type: 'arrest', date: '2026-01-01', title: 'T' }],
      ['POST', 'events', { type: 'picnic' }],
    ] as const) {
      const answer = (id: string) => send(method, `/api/cases/${id}/${suffix}`, body, { 'if-match': '"1"' }, mp);
      expect(await answer(hidden), `${method} ${suffix} ${JSON.stringify(body)}`).toEqual(await answer(randomUUID()));
    }
    expect((await read(`/api/cases/${hidden}/events`, mp)).status).toBe(404);
    expect(await read(`/api/cases/${hidden}/events`, mp)).toEqual(await read(`/api/cases/${randomUUID()}/events`, mp));
  });
});

describe('timeline events with bad input', () => {
  it('POST …/events names every field at fault in French, refuses a short Idempotency-Key, asks for If-Match when it moves the risk status; stores nothing', async () => {
    const before = await h.count();
    const path = `/api/cases/${caseId}/events`;
    expect(await send('POST', path, { type: 'hearing', date: '1 mai', title: '', hearingAt: '2026-01-01T10:00', hearingLocal: '2026-01-01T10:00', newRiskStatus: 'x' })).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'date', message: 'Ce n’est pas au format attendu.', code: 'invalid_format' },
          { path: 'date', message: 'Saisissez une date qui existe, par exemple 2026-11-30.', code: 'custom' },
          { path: 'title', message: 'Décrivez ce qui s’est passé.', code: 'required' },
          { path: 'newRiskStatus', message: 'Choisissez l’une des options.', code: 'invalid_value' },
        ],
      },
    });
    expect((await send('POST', path, { type: 'arrest', date: '2026-01-01', title: 'T', court: 'C', timeZone: 'Mars/Base' })).problem).toEqual({
      ...invalid,
      errors: [
        { path: 'timeZone', message: 'Choisissez le fuseau horaire du tribunal dans la liste.', code: 'custom' },
        { path: 'court', message: 'Seules les audiences ont un tribunal\u00a0: laissez ce champ vide pour ce type d’événement.', code: 'custom' },
        { path: 'timeZone', message: 'Seules les audiences ont une heure d’audience et un fuseau horaire.', code: 'custom' },
      ],
    });
    const shortKey = await send('POST', path, { type: 'arrest', date: '2026-01-01', title: 'T' }, { 'idempotency-key': 'x' });
    expect(shortKey.status).toBe(400);
    expect(shortKey.problem.errors).toEqual([
      { path: expect.stringMatching(/^Idempotency-Key/i), message: 'Saisissez au moins 8 caractères.', code: 'too_small.string' },
    ]);
    expect(await send('POST', path, { type: 'arrest', date: '2026-01-01', title: 'T', newRiskStatus: 'detained' })).toEqual({ status: 428, problem: versionRequired });
    expect(await h.count()).toBe(before);
  });

  it('answers 415 for a body that is not JSON and 400 for bytes that are not JSON', async () => {
    const raw = async (contentType: string, body: string) => problemOf(await h.app.request(`/api/cases/${caseId}/events`, {
      method: 'POST', headers: { cookie: coordinator, ...fr, 'content-type': contentType }, body,
    }));
    expect((await raw('text/plain', 'type=arrest')).problem).toEqual({
      type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
      detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
    });
    expect((await raw('application/json', '{"type":')).problem).toEqual({
      ...invalid, detail: 'Le corps de la requête est illisible.',
      errors: [{ path: '(body)', message: 'Le corps de la requête n’est pas du JSON valide.' }],
    });
  });
});

describe('sensitive fields, the consent ledger and the audit logs with bad input', () => {
  it('PUT …/sensitive names the fields at fault in French, asks for If-Match, and stores nothing', async () => {
    const before = await h.count();
    expect(await send('PUT', `/api/cases/${caseId}/sensitive`, { contactDetails: 1, exactLocation: 'x'.repeat(501), other: 2 }, { 'if-match': '"0"' })).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'contactDetails', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' },
          { path: 'exactLocation', message: '500 caractères au plus.', code: 'too_big.string' },
          unknownField('other'),
        ],
      },
    });
    expect(await send('PUT', `/api/cases/${caseId}/sensitive`, { legalNotes: 'x' })).toEqual({ status: 428, problem: versionRequired });
    expect(await h.count()).toBe(before);
  });

  it('refuses an id that is not one on every read', async () => {
    for (const path of ['/api/cases/nope/sensitive', '/api/cases/nope/consent', '/api/cases/nope/events', '/api/cases/nope/audit', '/api/members/nope/audit']) {
      expect(await read(path), path).toEqual({ status: 400, problem: badId });
    }
  });

  it('names each audit query parameter at fault in French, and refuses a cursor it did not seal', async () => {
    expect(await read(`/api/cases/${caseId}/audit?limit=500&x=1`)).toEqual({
      status: 400,
      problem: { ...invalid, errors: [{ path: 'limit', message: 'Saisissez un nombre d’au plus 100.', code: 'too_big.number' }, unknownField('x')] },
    });
    expect((await read(`/api/members/${randomUUID()}/audit?limit=abc`)).problem).toEqual({
      ...invalid, errors: [{ path: 'limit', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' }],
    });
    expect((await read(`/api/cases/${caseId}/audit?cursor=abc`)).problem).toEqual({ ...invalid, errors: [{ path: 'cursor', message: 'Cette valeur n’est pas acceptée.' }] });
  });
});
