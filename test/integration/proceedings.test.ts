/**
 * Proceedings at international bodies against DynamoDB Local: recorded and edited by coordinators
 * (Idempotency-Key, If-Match, audit lines), read by whoever may see the case and by nobody else
 * (404 exactly where the case is 404), refused with field errors and nothing stored, and the ECtHR's
 * four-month time limit worked out from the final domestic decision.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let named: Member;
let otherMp: Member;
const cookies = {} as Record<'coordinator' | 'named' | 'otherMp' | 'diplomat', string>;

const path = (caseId: string) => `/api/cases/${caseId}/proceedings`;
const ecthr = { internationalBody: 'ecthr', reference: 'no. 12345/26', finalDomesticDecisionDate: '2026-10-31' };

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  named = await h.addMember('mp');
  otherMp = await h.addMember('mp');
  const diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  cookies.coordinator = await h.signIn(coordinator);
  cookies.named = await h.signIn(named);
  cookies.otherMp = await h.signIn(otherMp);
  cookies.diplomat = await h.signIn(diplomat);
});

describe('recording a proceeding', () => {
  it('stores it with its audit line and answers the ECtHR time limit: four months from the final domestic decision', async () => {
    const c = await h.createCase(cookies.coordinator, { visibility: 'network' });
    const res = await h.json('POST', path(c.id), { cookie: cookies.coordinator, body: ecthr });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    const created = await bodyOf(res);
    expect(res.headers.get('location')).toBe(`${path(c.id)}/${created.id}`);
    // 31 October + 4 months: 28 February (a day February does not have is its last day).
    expect(created.applicationDeadline).toBe('2027-02-28');
    const listed = await bodyOf(await h.json('GET', path(c.id), { cookie: cookies.named }));
    expect(listed.items.map((p: { id: string; reference: string }) => [p.id, p.reference])).toEqual([[created.id, 'no. 12345/26']]);
    const audit = await bodyOf(await h.json('GET', `/api/cases/${c.id}/audit`, { cookie: cookies.coordinator }));
    expect(audit.items.filter((e: { action: string }) => e.action === 'proceeding.created')).toHaveLength(1);
  });

  it('replays a repeated Idempotency-Key: one proceeding, the first answer', async () => {
    const c = await h.createCase(cookies.coordinator);
    const send = () => h.json('POST', path(c.id), { cookie: cookies.coordinator, body: ecthr, headers: { 'idempotency-key': 'proceeding-key-1' } });
    const [first, second] = [await send(), await send()];
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await bodyOf(second)).id).toBe((await bodyOf(first)).id);
    expect((await bodyOf(await h.json('GET', path(c.id), { cookie: cookies.coordinator }))).items).toHaveLength(1);
  });

  it('refuses bad input with the field named, in the caller\'s language, and stores nothing', async () => {
    const c = await h.createCase(cookies.coordinator);
    const before = await h.count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ reference: 'x' }, 'internationalBody'],
      [{ internationalBody: 'ecthr', lodgedDate: '2026-12-01' }, 'lodgedDate'],
      [{ internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-05-01', lodgedDate: '2026-04-01' }, 'lodgedDate'],
      [{ internationalBody: 'other' }, 'otherBody'],
      [{ internationalBody: 'ecthr', outcome: 'inadmissible', executionStatus: 'pending', judgmentFinalDate: '2026-01-10' }, 'executionStatus'],
      [{ internationalBody: 'ecthr', articles: ['10'] }, 'articles'],
      [{ internationalBody: 'ecthr', judge: 'x' }, 'judge'],
    ];
    for (const [body, field] of cases) {
      const res = await h.json('POST', path(c.id), { cookie: cookies.coordinator, body, headers: { 'accept-language': 'fr' } });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const problem = await bodyOf(res);
      expect(problem.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    const order = await bodyOf(await h.json('POST', path(c.id), {
      cookie: cookies.coordinator, headers: { 'accept-language': 'fr' },
      body: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-05-01', lodgedDate: '2026-04-01' },
    }));
    expect(order.errors[0].message).toBe('Cette date précède la décision interne définitive.');
    expect(await h.count()).toBe(before);
  });
});

describe('editing a proceeding', () => {
  it('needs If-Match (428), refuses a stale one (412) and bumps the version', async () => {
    const c = await h.createCase(cookies.coordinator);
    const created = await bodyOf(await h.json('POST', path(c.id), { cookie: cookies.coordinator, body: ecthr }));
    const at = `${path(c.id)}/${created.id}`;
    expect((await h.json('PATCH', at, { cookie: cookies.coordinator, body: { lodgedDate: '2026-11-20' } })).status).toBe(428);
    expect((await h.json('PATCH', at, { cookie: cookies.coordinator, body: { lodgedDate: '2026-11-20' }, headers: { 'if-match': '"7"' } })).status).toBe(412);
    const res = await h.json('PATCH', at, { cookie: cookies.coordinator, body: { lodgedDate: '2026-11-20', reference: null }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const updated = await bodyOf(res);
    // Lodged: no time limit any more; the cleared reference is gone.
    expect(updated.applicationDeadline).toBeUndefined();
    expect(updated.reference).toBeUndefined();
    expect(updated.lodgedDate).toBe('2026-11-20');
    // The rules across fields hold for the result: a communication before the lodging is refused.
    const bad = await h.json('PATCH', at, { cookie: cookies.coordinator, body: { communicatedDate: '2026-11-01' }, headers: { 'if-match': '"2"' } });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toBe('communicatedDate');
  });
});

describe('who reads and writes proceedings', () => {
  it('follows the case: the named MP reads a restricted case\'s, others get 404 as for the case itself', async () => {
    const c = await h.createCase(cookies.coordinator, { visibility: 'restricted', namedMemberIds: [named.id] });
    const created = await bodyOf(await h.json('POST', path(c.id), { cookie: cookies.coordinator, body: ecthr }));
    expect((await h.json('GET', path(c.id), { cookie: cookies.named })).status).toBe(200);
    for (const cookie of [cookies.otherMp, cookies.diplomat, undefined]) {
      expect((await h.json('GET', `/api/cases/${c.id}`, { cookie })).status).toBe(404);
      expect((await h.json('GET', path(c.id), { cookie })).status).toBe(404);
      expect((await h.json('POST', path(c.id), { cookie, body: ecthr })).status).toBe(cookie ? 404 : 401);
      expect((await h.json('PATCH', `${path(c.id)}/${created.id}`, { cookie, body: { reference: 'x' }, headers: { 'if-match': '"1"' } })).status).toBe(cookie ? 404 : 401);
    }
    // The named MP may see the case but not write: 403.
    expect((await h.json('POST', path(c.id), { cookie: cookies.named, body: ecthr })).status).toBe(403);
    expect((await h.json('PATCH', `${path(c.id)}/${created.id}`, { cookie: cookies.named, body: { reference: 'x' }, headers: { 'if-match': '"1"' } })).status).toBe(403);
  });

  it('a public case\'s proceedings are read by anyone, a network case\'s by members only', async () => {
    const open = await h.createCase(cookies.coordinator, { visibility: 'public' });
    const network = await h.createCase(cookies.coordinator, { visibility: 'network' });
    expect((await h.json('GET', path(open.id))).status).toBe(200);
    expect((await h.json('GET', path(network.id))).status).toBe(404);
    expect((await h.json('GET', path(network.id), { cookie: cookies.diplomat })).status).toBe(200);
  });

  it('a proceeding of another case answers 404', async () => {
    const one = await h.createCase(cookies.coordinator);
    const other = await h.createCase(cookies.coordinator);
    const created = await bodyOf(await h.json('POST', path(one.id), { cookie: cookies.coordinator, body: ecthr }));
    const res = await h.json('PATCH', `${path(other.id)}/${created.id}`, { cookie: cookies.coordinator, body: { reference: 'x' }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(404);
  });
});
