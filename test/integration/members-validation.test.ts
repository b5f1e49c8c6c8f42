/**
 * Bad input on the network's JSON API (members, join requests, the case exports) answers what it
 * answered when the routes parsed their own bodies and queries: the same status, problem type,
 * field paths, codes and French wording, and nothing stored. Written against the hand-written
 * routes, before they were declared with createRoute.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { fr, invalid, unknownField } from '../support/problem-answers.ts';

let h: Harness;
let coordinator: string;
let mp: Member;
const badId = { ...invalid, errors: [{ path: 'id.(body)', message: 'Ce n’est pas un identifiant valide.', code: 'invalid_format' }] };
const roleWording = { path: 'role', message: 'Indiquez si vous êtes parlementaire ou diplomate.', code: 'invalid_value' };
const emailWording = { path: 'email', message: 'Saisissez une adresse électronique, comme nom@exemple.org.', code: 'invalid_format' };

/** The problem without its request id, which differs on every answer. */
async function problemOf(res: Response) {
  const { requestId: _id, ...problem } = await bodyOf(res);
  return { status: res.status, problem };
}
const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}, cookie: string | undefined = coordinator) =>
  h.json(method, path, { ...(cookie ? { cookie } : {}), headers: { ...fr, ...headers }, ...(body === undefined ? {} : { body }) }).then(problemOf);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp');
});

describe('members with bad input', () => {
  it('POST /api/members names every field at fault in French and stores nothing', async () => {
    const before = await h.count();
    expect(await send('POST', '/api/members', { email: 'nope', name: '', role: 'king', committees: 'x', extra: 1 })).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          emailWording,
          { path: 'name', message: 'Saisissez votre nom.', code: 'required' },
          roleWording,
          { path: 'committees', message: 'Indiquez 20 commissions au plus, une par ligne, de 120 caractères au plus chacune.', code: 'invalid_type' },
          unknownField('extra'),
        ],
      },
    });
    expect((await send('POST', '/api/members', { email: 'a@example.org', name: 'A', role: 'mp', language: 'xx' })).problem).toEqual({
      ...invalid, errors: [{ path: 'language', message: 'Choisissez l’une des langues proposées.', code: 'invalid_value' }],
    });
    expect(await h.count()).toBe(before);
  });

  it('PATCH /api/members/{id} names the fields at fault in French, asks for If-Match, refuses an id that is not one; stores nothing', async () => {
    const before = await h.count();
    const path = `/api/members/${mp.id}`;
    expect(await send('PATCH', path, { role: 'king', active: 'no', x: 1 }, { 'if-match': '"1"' })).toEqual({
      status: 400,
      problem: { ...invalid, errors: [roleWording, { path: 'active', message: 'Cette valeur n’a pas le bon type.', code: 'invalid_type' }, unknownField('x')] },
    });
    expect(await send('PATCH', path, { name: 'B' })).toEqual({
      status: 428, problem: { type: 'urn:tandem:problem:precondition-required', title: 'Version requise', status: 428, detail: 'Envoyez If-Match avec le dernier ETag lu.' },
    });
    expect(await send('PATCH', '/api/members/nope', { name: 'B' }, { 'if-match': '"1"' })).toEqual({ status: 400, problem: badId });
    expect(await send('GET', '/api/members/nope')).toEqual({ status: 400, problem: badId });
    expect(await h.count()).toBe(before);
  });

  it('GET /api/members names each query parameter at fault in French', async () => {
    expect(await send('GET', '/api/members?limit=0&x=1')).toEqual({
      status: 400, problem: { ...invalid, errors: [{ path: 'limit', message: 'Saisissez un nombre d’au moins 1.', code: 'too_small.number' }, unknownField('x')] },
    });
  });
});

describe('join requests with bad input', () => {
  it('POST /api/join-requests (public) names every field at fault in French, 415 for a body that is not JSON; stores nothing', async () => {
    const before = await h.count();
    expect(await send('POST', '/api/join-requests', { name: '', email: 'x', role: 'king', institution: '', country: 'XX', website: 1 }, {}, undefined)).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'name', message: 'Saisissez votre nom.', code: 'required' },
          emailWording,
          roleWording,
          { path: 'institution', message: 'Saisissez votre parlement ou votre mission.', code: 'required' },
          { path: 'country', message: 'Choisissez un pays dans la liste.', code: 'custom' },
          unknownField('website'),
        ],
      },
    });
    const notJson = await h.app.request('/api/join-requests', { method: 'POST', headers: { ...fr, 'content-type': 'text/plain' }, body: 'x' });
    expect(await problemOf(notJson)).toEqual({
      status: 415,
      problem: {
        type: 'urn:tandem:problem:unsupported-media-type', title: 'Type de contenu non pris en charge', status: 415,
        detail: 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
      },
    });
    expect(await h.count()).toBe(before);
  });

  it('the coordinators’ list, approval and refusal name what is at fault in French', async () => {
    expect(await send('GET', '/api/join-requests?status=maybe&limit=1000')).toEqual({
      status: 400,
      problem: {
        ...invalid,
        errors: [
          { path: 'status', message: 'Choisissez l’une des options.', code: 'invalid_value' },
          { path: 'limit', message: 'Saisissez un nombre d’au plus 100.', code: 'too_big.number' },
        ],
      },
    });
    expect(await send('POST', '/api/join-requests/nope/approve')).toEqual({ status: 400, problem: badId });
    expect(await send('POST', '/api/join-requests/nope/reject', { reason: 'Not a member of parliament' })).toEqual({ status: 400, problem: badId });
    expect(await send('POST', `/api/join-requests/${randomUUID()}/reject`, { reason: '', x: 1 })).toEqual({
      status: 400, problem: { ...invalid, errors: [{ path: 'reason', message: 'Indiquez le motif.', code: 'required' }, unknownField('x')] },
    });
  });
});

describe('the case exports with bad input', () => {
  it('name each filter at fault in French, and ignore the page size and the labels’ language', async () => {
    expect(await send('GET', '/api/exports/cases.csv?status=nope&colour=1')).toEqual({
      status: 400, problem: { ...invalid, errors: [{ path: 'status.0', message: 'Choisissez l’une des options.', code: 'invalid_value' }, unknownField('colour')] },
    });
    expect(await send('POST', '/api/exports/cases.xlsx?theme=nope')).toEqual({
      status: 400, problem: { ...invalid, errors: [{ path: 'theme', message: 'Choisissez l’une des options.', code: 'invalid_value' }] },
    });
    const csv = await h.json('GET', '/api/exports/cases.csv?lang=xx&limit=abc', { cookie: coordinator, headers: fr });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
