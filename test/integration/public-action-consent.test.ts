/**
 * No public action without consent (issue 16, item 3), as a matrix: case
 * consent (public / network / restricted naming the MP / paused) × cleared by
 * a coordinator or not × a pledge of a public statement / an action logged as
 * public. Where the defender did not consent and no coordinator cleared it:
 * 409 with a problem naming the consent, nothing stored.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

type Level = 'public' | 'network' | 'restricted (naming the MP)' | 'paused (naming the MP)';
type Way = 'pledge' | 'action';
const LEVELS: Level[] = ['public', 'network', 'restricted (naming the MP)', 'paused (naming the MP)'];
const WAYS: Way[] = ['pledge', 'action'];

/** Allowed when the defender consented to publicity, or a coordinator cleared it and the case is not paused. */
const allowed = (level: Level, cleared: boolean) => level === 'public' || (cleared && !level.startsWith('paused'));

let h: Harness;
let coordinator: string;
let asMp: string;
let mp: Member;

const etagOf = async (id: string) => (await h.json('GET', `/api/cases/${id}`, { cookie: coordinator })).headers.get('etag')!;
const clear = async (id: string, cleared: boolean) =>
  h.json('PUT', `/api/cases/${id}/public-action-clearance`, { cookie: coordinator, headers: { 'if-match': await etagOf(id) }, body: { cleared, basis: 'explicit_consent' } });

async function caseAt(level: Level, cleared: boolean): Promise<DefenderCase> {
  const visibility = level === 'public' ? 'public' : level === 'network' ? 'network' : 'restricted';
  const c = await h.createCase(coordinator, { visibility, namedMemberIds: visibility === 'restricted' ? [mp.id] : [] });
  // A clearance given before a pause: the pause suspends it.
  if (cleared && level !== 'public') expect((await clear(c.id, true)).status).toBe(200);
  if (level.startsWith('paused')) expect((await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: coordinator, body: { reason: 'Reprisal', basis: 'reprisal' } })).status).toBe(200);
  return c;
}

const act = (way: Way, caseId: string) =>
  way === 'pledge'
    ? h.json('POST', `/api/cases/${caseId}/pledges`, { cookie: asMp, body: { actions: ['public_statement', 'letter_authorities'] } })
    : h.json('POST', `/api/cases/${caseId}/actions`, { cookie: asMp, body: { type: 'letter_authorities', date: '2026-11-20', description: 'Open letter.', public: true } });

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp');
  asMp = await h.signIn(mp);
});

describe('public actions × consent', () => {
  for (const level of LEVELS) {
    for (const cleared of [false, true]) {
      for (const way of WAYS) {
        it(`${level} × ${cleared ? 'cleared' : 'not cleared'} × ${way}: ${allowed(level, cleared) ? '201' : '409'}`, async () => {
          const c = await caseAt(level, cleared);
          const before = await h.count();
          const res = await act(way, c.id);
          if (allowed(level, cleared)) {
            expect(res.status, await res.clone().text()).toBe(201);
          } else {
            expect(res.status).toBe(409);
            expect(res.headers.get('content-type')).toContain('application/problem+json');
            const problem = await bodyOf(res);
            expect(problem.type).toBe('urn:tandem:problem:public-action-not-cleared');
            expect(problem.detail).toMatch(/consent|paused/i);
            expect(await h.count()).toBe(before);
          }
        });
      }
    }
  }

  it('a confidential action and a pledge without public-facing actions need no clearance', async () => {
    const c = await caseAt('network', false);
    expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'letter_authorities', date: '2026-11-20', description: 'Quiet letter.' } })).status).toBe(201);
  });
});

describe('edits, replays and the clearance itself', () => {
  it('adding a public statement to a pledge, or making an action public, is refused the same way', async () => {
    const c = await caseAt('network', false);
    const pledged = await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } });
    const edit = await h.json('PATCH', `/api/cases/${c.id}/pledges/${mp.id}`, { cookie: asMp, headers: { 'if-match': pledged.headers.get('etag')! }, body: { actions: ['prison_visit', 'social_media'] } });
    expect(edit.status).toBe(409);
    const logged = await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'letter_authorities', date: '2026-11-20', description: 'Quiet letter.' } });
    const made = await h.json('PATCH', `/api/cases/${c.id}/actions/${(await bodyOf(logged)).id}`, { cookie: asMp, headers: { 'if-match': '"1"' }, body: { public: true } });
    expect(made.status).toBe(409);
  });

  it('a replay after the clearance was withdrawn is refused like a fresh request', async () => {
    const c = await caseAt('network', true);
    const headers = { 'idempotency-key': 'consent-replay-key-1' };
    const body = { type: 'letter_authorities', date: '2026-11-20', description: 'Open letter.', public: true };
    expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body, headers })).status).toBe(201);
    expect((await clear(c.id, false)).status).toBe(200);
    expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body, headers })).status).toBe(409);
  });

  it('clearing is recorded in the consent ledger and the audit log; a change of visibility ends it', async () => {
    const c = await caseAt('network', true);
    const ledger = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/consent`, { cookie: coordinator }))).items;
    expect(ledger).toContainEqual(expect.objectContaining({ event: 'public_action_cleared', basis: 'explicit_consent', visibility: 'network' }));
    const audit = (await h.store.auditOfCase(c.id, 100)).items.map((a) => a.action);
    expect(audit).toContain('case.public_action_cleared');
    const changed = await h.json('PUT', `/api/cases/${c.id}/visibility`, { cookie: coordinator, headers: { 'if-match': await etagOf(c.id) }, body: { visibility: 'network', basis: 'partner_request' } });
    expect(changed.status).toBe(200);
    expect((await bodyOf(changed)).publicActionClearedAt).toBeUndefined();
    expect((await act('action', c.id)).status).toBe(409);
  });

  it('a public case or a paused one cannot be cleared; a stale If-Match gets 412', async () => {
    expect((await clear((await caseAt('public', false)).id, true)).status).toBe(409);
    expect((await clear((await caseAt('paused (naming the MP)', false)).id, true)).status).toBe(409);
    const c = await caseAt('network', false);
    const stale = await h.json('PUT', `/api/cases/${c.id}/public-action-clearance`, { cookie: coordinator, headers: { 'if-match': '"99"' }, body: { cleared: true, basis: 'explicit_consent' } });
    expect(stale.status).toBe(412);
  });
});

describe('the forms say so before the MP submits, and the case page has the control', () => {
  const page = async (path: string, cookie: string) => (await h.app.request(path, { headers: { cookie } })).text();

  it('pledge and action forms explain the consent on a case not cleared, and that it was cleared', async () => {
    const notCleared = await caseAt('network', false);
    for (const path of [`/cases/${notCleared.id}/pledge`, `/cases/${notCleared.id}/actions/new`]) {
      expect(await page(path, asMp)).toContain('needs a coordinator to clear public action on this case first');
    }
    const cleared = await caseAt('network', true);
    expect(await page(`/cases/${cleared.id}/pledge`, asMp)).toContain('a coordinator cleared public action on this case');
  });

  it('a coordinator clears public action from the case page', async () => {
    const c = await caseAt('network', false);
    const html = await page(`/cases/${c.id}`, coordinator);
    expect(html).toContain(`action="/cases/${c.id}/public-action-clearance"`);
    const res = await h.app.request(`/cases/${c.id}/public-action-clearance`, {
      method: 'POST', headers: { cookie: coordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ cleared: 'true', basis: 'explicit_consent', version: (await etagOf(c.id)).replace(/"/g, '') }),
    });
    expect(res.status).toBe(303);
    expect((await act('action', c.id)).status).toBe(201);
  });
});
