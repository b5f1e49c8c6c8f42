/**
 * Requests that reach nobody are refused (issue 16, item 4): to the missions
 * of a country where no member is posted, or on a restricted case that names
 * no diplomat posted there: 409 with a problem saying why, nothing stored.
 * The request form shows who will receive it before it is sent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: string;
let posted: Member;

const ask = (caseId: string, body: Record<string, unknown> = {}) =>
  h.json('POST', `/api/cases/${caseId}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', dueDate: '2026-12-10', ...body } });

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  posted = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia', name: 'Dana Diplomat' });
  await h.addMember('diplomat', { country: 'CO', mission: 'Embassy of Spain, Bogotá', name: 'Sergio Embajada' });
});

describe('a request must reach someone', () => {
  it('to a country where no diplomat is posted: 409 naming the country, nothing stored', async () => {
    const c = await h.createCase(coordinator, { country: 'BY', visibility: 'network' });
    const before = await h.count();
    const refused = await ask(c.id);
    expect(refused.status).toBe(409);
    expect((await bodyOf(refused)).detail).toMatch(/No diplomat of the network is posted in Belarus/);
    expect(await h.count()).toBe(before);
    // The same case, asked of a posting that has diplomats, goes through.
    expect((await ask(c.id, { country: 'CO' })).status).toBe(201);
  });

  it('on a restricted case that names no diplomat posted there: 409; naming one: 201', async () => {
    const unnamed = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted' });
    const before = await h.count();
    const refused = await ask(unnamed.id);
    expect(refused.status).toBe(409);
    expect((await bodyOf(refused)).detail).toMatch(/restricted case names no diplomat posted in Colombia/);
    expect(await h.count()).toBe(before);

    const namingAnMp = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted', namedMemberIds: [(await h.addMember('mp')).id] });
    expect((await ask(namingAnMp.id)).status).toBe(409);
    const named = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted', namedMemberIds: [posted.id] });
    expect((await ask(named.id)).status).toBe(201);
  });

  it('a diplomat added to the network later is on the roster at once', async () => {
    const c = await h.createCase(coordinator, { country: 'KE', visibility: 'network' });
    expect((await ask(c.id)).status).toBe(409);
    await h.addMember('diplomat', { country: 'KE', mission: 'EU Delegation to Kenya' });
    expect((await ask(c.id)).status).toBe(201);
  });
});

describe('the request form shows who will receive it', () => {
  const page = async (path: string) => (await h.app.request(path, { headers: { cookie: coordinator } })).text();

  it('names the diplomats posted in the case\'s country, and says when nobody would receive it', async () => {
    const colombia = await h.createCase(coordinator, { country: 'CO', visibility: 'network' });
    const html = await page(`/cases/${colombia.id}/action-requests/new`);
    expect(html).toContain('2 diplomats posted in Colombia:');
    expect(html).toContain('Dana Diplomat (EU Delegation to Colombia)');
    const restricted = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted', namedMemberIds: [posted.id] });
    expect(await page(`/cases/${restricted.id}/action-requests/new`)).toContain('1 diplomat posted in Colombia:');
    expect(await page(`/cases/${colombia.id}/action-requests/new?country=AM`)).toContain('nobody. No diplomat of the network is posted in Armenia');
  });

  it('a form sent to a posting with nobody is shown again with the refusal (409), nothing stored', async () => {
    const c = await h.createCase(coordinator, { country: 'CO', visibility: 'network' });
    const before = await h.count();
    const res = await h.app.request(`/cases/${c.id}/action-requests/new`, {
      method: 'POST', headers: { cookie: coordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ actionType: 'demarche', country: 'AM', dueDate: '2026-12-10', idempotencyKey: 'recipients-form-key-1' }),
    });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('No diplomat of the network is posted in Armenia');
    expect(html).toContain('Who will receive it');
    expect(await h.count()).toBe(before);
  });
});
