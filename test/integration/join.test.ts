/** "Join the network": public form, rate limit, non-disclosure, coordinators' decisions (DynamoDB Local). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { JOIN_LIMITS } from '#shared/members/join.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let asCoordinator: string;
let existing: Member;

const request = (overrides: Record<string, string> = {}) => ({
  name: 'Ana Parlamentaria', email: 'ana.mp@example.org', role: 'mp', institution: 'Congreso', country: 'ES', ...overrides,
});

beforeEach(async () => {
  h = await makeHarness();
  asCoordinator = await h.signIn(await h.addMember('coordinator'));
  existing = await h.addMember('mp', { email: 'already.member@example.org' });
});

describe('asking to join', () => {
  it('answers the same for a new address and for a member’s address', async () => {
    const fresh = await h.json('POST', '/api/join-requests', { body: request() });
    const member = await h.json('POST', '/api/join-requests', { body: request({ email: existing.email }) });
    expect(fresh.status).toBe(202);
    expect(member.status).toBe(202);
    expect(await bodyOf(member)).toEqual(await bodyOf(fresh));
  });

  it('refuses bad input with the field, storing nothing', async () => {
    const before = await h.count();
    const res = await h.json('POST', '/api/join-requests', { body: request({ role: 'coordinator', country: 'XX' }) });
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).errors.map((e: { path: string }) => e.path).sort()).toEqual(['country', 'role']);
    expect(await h.count()).toBe(before);
  });

  it(`stores at most ${JOIN_LIMITS.perEmailPerClient} requests for one address from one client each hour, answering the rest the same, silently`, async () => {
    const pending = async () => (await bodyOf(await h.json('GET', '/api/join-requests?limit=100', { cookie: asCoordinator }))).items.length;
    const statuses: number[] = [];
    for (let i = 0; i <= JOIN_LIMITS.perEmailPerClient; i++) statuses.push((await h.json('POST', '/api/join-requests', { body: request(), from: '203.0.113.9' })).status);
    expect(statuses).toEqual(Array(JOIN_LIMITS.perEmailPerClient + 1).fill(202));
    expect(await pending()).toBe(JOIN_LIMITS.perEmailPerClient);
  });

  it(`stores at most ${JOIN_LIMITS.perEmail} requests for one address each hour, from all clients together`, async () => {
    const pending = async () => (await bodyOf(await h.json('GET', '/api/join-requests?limit=100', { cookie: asCoordinator }))).items.length;
    for (let i = 0; i <= JOIN_LIMITS.perEmail; i++) {
      expect((await h.json('POST', '/api/join-requests', { body: request(), from: h.nextAddress() })).status).toBe(202);
    }
    expect(await pending()).toBe(JOIN_LIMITS.perEmail);
  });

  it(`is rate-limited per client: ${JOIN_LIMITS.perClient} requests an hour from one source address, then 429 with Retry-After`, async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= JOIN_LIMITS.perClient; i++) {
      last = await h.json('POST', '/api/join-requests', { body: request({ email: `ana${i}@example.org` }), from: '203.0.113.9' });
      statuses.push(last.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 202)).toHaveLength(JOIN_LIMITS.perClient);
  });

  it('works as a page form, with messages next to the fields', async () => {
    const post = (fields: Record<string, string>) =>
      h.app.request('/join', { method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    const bad = await post(request({ email: 'nope' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="email-error"/);
    const ok = await post(request());
    expect(ok.status).toBe(202);
    expect(await ok.text()).toContain('A coordinator will review');
  });
});

describe('deciding', () => {
  it('approval creates the member and emails an invitation; they can then sign in', async () => {
    await h.json('POST', '/api/join-requests', { body: request() });
    const [pending] = (await bodyOf(await h.json('GET', '/api/join-requests', { cookie: asCoordinator }))).items;
    const approved = await h.json('POST', `/api/join-requests/${pending.id}/approve`, { cookie: asCoordinator });
    expect(approved.status).toBe(200);
    expect(await bodyOf(approved)).toMatchObject({ status: 'approved', outcome: 'member_created' });
    const invitation = (await h.outbox.list()).find((m) => m.to === 'ana.mp@example.org');
    expect(invitation?.subject).toBe('Welcome to Tandem');
    const id = await h.store.getMemberIdByEmail('ana.mp@example.org');
    const member = await h.store.getMember(id!);
    expect(member).toMatchObject({ role: 'mp', parliament: 'Congreso', country: 'ES' });
    const cookie = await h.signIn(member!);
    expect((await bodyOf(await h.json('GET', '/api/me', { cookie }))).role).toBe('mp');
  });

  it('approving a request from an existing member creates no second account', async () => {
    await h.json('POST', '/api/join-requests', { body: request({ email: existing.email }) });
    const [pending] = (await bodyOf(await h.json('GET', '/api/join-requests', { cookie: asCoordinator }))).items;
    const approved = await bodyOf(await h.json('POST', `/api/join-requests/${pending.id}/approve`, { cookie: asCoordinator }));
    expect(approved.outcome).toBe('already_member');
    expect(await h.store.getMemberIdByEmail(existing.email)).toBe(existing.id);
  });

  it('a decided request cannot be decided again (409); MPs may not decide (403)', async () => {
    await h.json('POST', '/api/join-requests', { body: request() });
    const [pending] = (await bodyOf(await h.json('GET', '/api/join-requests', { cookie: asCoordinator }))).items;
    const asMp = await h.signIn(existing);
    expect((await h.json('POST', `/api/join-requests/${pending.id}/approve`, { cookie: asMp })).status).toBe(403);
    expect((await h.json('GET', '/api/join-requests', { cookie: asMp })).status).toBe(403);
    expect((await h.json('POST', `/api/join-requests/${pending.id}/reject`, { cookie: asCoordinator, body: { reason: 'Not an MP.' } })).status).toBe(200);
    expect((await h.json('POST', `/api/join-requests/${pending.id}/approve`, { cookie: asCoordinator })).status).toBe(409);
  });

  it('the welcome carries a one-time sign-in link, and the interests given on the join form are kept on the member', async () => {
    const form = new URLSearchParams({ ...request({ email: 'lucia.mp@example.org' }) });
    for (const c of ['CO', 'HN']) form.append('interestCountries', c);
    form.append('interestThemes', 'journalism');
    const sent = await h.app.request('/join?lang=es', { method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    expect(sent.status).toBe(202);
    const [pending] = (await bodyOf(await h.json('GET', '/api/join-requests', { cookie: asCoordinator }))).items;
    expect(pending.interests).toEqual({ countries: ['CO', 'HN'], themes: ['journalism'] });
    expect((await h.json('POST', `/api/join-requests/${pending.id}/approve`, { cookie: asCoordinator })).status).toBe(200);
    const mail = (await h.outbox.list()).find((m) => m.to === 'lucia.mp@example.org')!;
    expect(mail.subject).toBe('Bienvenida a Tandem');
    const token = decodeURIComponent(mail.text.match(/\/auth\/verify\?token=(\S+)/)![1]!);
    const verified = await h.app.request('/auth/verify', {
      method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }),
    });
    const cookie = verified.headers.get('set-cookie')!.split(';')[0]!;
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie }))).toMatchObject({ countries: ['CO', 'HN'], themes: ['journalism'], language: 'es' });
  });

  it('a rejection needs a reason (400 naming it, nothing stored) and tells the applicant in their language', async () => {
    await h.app.request('/join?lang=fr', {
      method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(request({ email: 'paul@example.org' })),
    });
    const [pending] = (await bodyOf(await h.json('GET', '/api/join-requests', { cookie: asCoordinator }))).items;
    const before = await h.count();
    const missing = await h.json('POST', `/api/join-requests/${pending.id}/reject`, { cookie: asCoordinator, body: {} });
    expect(missing.status).toBe(400);
    expect((await bodyOf(missing)).errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
    const page = await h.app.request(`/join-requests/${pending.id}/reject`, {
      method: 'POST', headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ reason: '' }),
    });
    expect(page.status).toBe(400);
    expect(await page.text()).toContain(`id="reject-${pending.id}-reason-error"`);
    expect(await h.count()).toBe(before);
    const rejected = await h.json('POST', `/api/join-requests/${pending.id}/reject`, { cookie: asCoordinator, body: { reason: 'Le réseau n’accueille que des parlementaires en exercice.' } });
    expect(rejected.status).toBe(200);
    const mail = (await h.outbox.list()).find((m) => m.to === 'paul@example.org')!;
    expect(mail.subject).toBe('Votre demande d’adhésion à Tandem');
    expect(mail.text).toContain('Le réseau n’accueille que des parlementaires en exercice.');
  });
});
