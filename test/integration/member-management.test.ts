/**
 * Coordinators manage members (DynamoDB Local): read, change with If-Match,
 * invite, deactivate. A deactivated member's next request is anonymous (401),
 * their calendar feed answers 404, and they leave every list that reaches
 * people: the posting roster, alert recipients, notifications, digests and
 * the observer rosters of coming hearings.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { alertBody } from '../support/alert-world.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

const patch = (id: string, body: unknown, version: number | string = 1, cookie = asCoordinator) =>
  h.json('PATCH', `/api/members/${id}`, { cookie, body, headers: { 'if-match': typeof version === 'number' ? `"${version}"` : version } });
const deactivate = async (m: Member) => {
  const current = await bodyOf(await h.json('GET', `/api/members/${m.id}`, { cookie: asCoordinator }));
  const res = await patch(m.id, { active: false }, current.version);
  expect(res.status).toBe(200);
  await h.settled();
};

describe('reading and changing a member', () => {
  it('GET answers the member with its ETag to coordinators only; 404 for an unknown id', async () => {
    const mp = await h.addMember('mp', { parliament: 'Bundestag', country: 'DE' });
    const res = await h.json('GET', `/api/members/${mp.id}`, { cookie: asCoordinator });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(await bodyOf(res)).toMatchObject({ id: mp.id, role: 'mp', parliament: 'Bundestag', active: true, committees: [], interests: { countries: [], themes: [] } });
    expect((await h.json('GET', `/api/members/${mp.id}`, { cookie: await h.signIn(mp) })).status).toBe(403);
    expect((await h.json('GET', `/api/members/${mp.id}`)).status).toBe(401);
    expect((await h.json('GET', `/api/members/${crypto.randomUUID()}`, { cookie: asCoordinator })).status).toBe(404);
  });

  it('PATCH changes the fields it names, needs If-Match (428, stale 412) and writes one audit line naming the fields', async () => {
    const mp = await h.addMember('mp', { parliament: 'Bundestag', country: 'DE' });
    expect((await h.json('PATCH', `/api/members/${mp.id}`, { cookie: asCoordinator, body: { party: 'Grüne' } })).status).toBe(428);
    expect((await patch(mp.id, { party: 'Grüne' }, 7)).status).toBe(412);
    const res = await patch(mp.id, { name: 'Dr. Lena Vogt', party: 'Grüne', committees: ['Human Rights', 'Foreign Affairs'], interests: { countries: ['CO', 'HN'], themes: ['land_environment'] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    expect(await bodyOf(res)).toMatchObject({ name: 'Dr. Lena Vogt', party: 'Grüne', committees: ['Human Rights', 'Foreign Affairs'], interests: { countries: ['CO', 'HN'], themes: ['land_environment'] }, version: 2 });
    // The interests are the follows the digest reads.
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: await h.signIn(mp) }))).toMatchObject({ countries: ['CO', 'HN'], themes: ['land_environment'] });
    const audit = await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }));
    expect(audit.items.filter((e: { action: string }) => e.action === 'member.updated').map((e: { fields: string[] }) => e.fields))
      .toEqual([['committees', 'interests', 'name', 'party']]);
    expect((await patch(mp.id, { party: null }, 2)).status).toBe(200);
    expect((await h.store.getMember(mp.id))?.party).toBeUndefined();
  });

  it('bad input answers 400 naming each field, in the caller’s language, and stores nothing', async () => {
    const mp = await h.addMember('mp');
    const before = await h.count();
    const res = await h.json('PATCH', `/api/members/${mp.id}`, {
      cookie: asCoordinator, headers: { 'if-match': '"1"', 'accept-language': 'fr' }, body: { role: 'king', country: 'XX', committees: [''], email: 'x@y.z' },
    });
    expect(res.status).toBe(400);
    const problem = await bodyOf(res);
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['committees.0', 'country', 'email', 'role']);
    expect(problem.errors.find((e: { path: string }) => e.path === 'country').message).toBe('Choisissez un pays dans la liste.');
    expect((await patch(mp.id, { role: 'diplomat' })).status).toBe(400);
    expect(await h.count()).toBe(before);
  });

  it('a coordinator cannot deactivate themself nor give up their own role (409); MPs may not change members (403)', async () => {
    expect((await patch(coordinator.id, { active: false })).status).toBe(409);
    expect((await patch(coordinator.id, { role: 'mp' })).status).toBe(409);
    const mp = await h.addMember('mp');
    expect((await patch(mp.id, { name: 'X' }, 1, await h.signIn(mp))).status).toBe(403);
  });

  it('a demoted coordinator is signed out at once: their session carried the old role', async () => {
    const other = await h.addMember('coordinator');
    const cookie = await h.signIn(other);
    expect((await patch(other.id, { role: 'mp' })).status).toBe(200);
    expect((await h.json('GET', '/api/members', { cookie })).status).toBe(401);
    expect((await bodyOf(await h.json('GET', '/api/me', { cookie: await h.signIn(other) }))).role).toBe('mp');
  });
});

describe('deactivating a member', () => {
  it('the next request of a deactivated member gets 401, their old sign-in links open nothing, and they get no new link', async () => {
    const mp = await h.addMember('mp');
    const cookie = await h.signIn(mp);
    const other = await h.signIn(mp);
    expect((await h.json('GET', '/api/me', { cookie })).status).toBe(200);
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email }, from: h.nextAddress() });
    await h.settled();
    const pending = (await h.outbox.list()).filter((m) => m.to === mp.email).at(0)!.text.match(/token=([^\s]+)/)![1]!;
    await deactivate(mp);
    expect((await h.json('GET', '/api/me', { cookie })).status).toBe(401);
    expect((await h.json('GET', '/api/me', { cookie: other })).status).toBe(401);
    const page = await h.app.request('/cases', { headers: { cookie } });
    expect(await page.text()).not.toContain(mp.name);
    const verified = await h.app.request('/auth/verify', {
      method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: decodeURIComponent(pending) }),
    });
    expect(verified.headers.get('set-cookie') ?? '').not.toContain('tandem_session=');
    await expect(h.signIn(mp)).rejects.toThrow();
  });

  it('their calendar feed answers 404 at once', async () => {
    const mp = await h.addMember('mp');
    const { url } = await bodyOf(await h.json('POST', '/api/calendar/feed', { cookie: await h.signIn(mp) }));
    expect((await h.app.request(url.replace(APP_URL, ''))).status).toBe(200);
    await deactivate(mp);
    expect((await h.app.request(url.replace(APP_URL, ''))).status).toBe(404);
  });

  it('a diplomat leaves their posting roster: a request to that country then reaches no one (409), and alerts skip them', async () => {
    const diplomat = await h.addMember('diplomat', { country: 'HN', mission: 'EU Delegation to Honduras' });
    const c = await h.createCase(asCoordinator, { country: 'HN' });
    expect((await h.store.getPosting('HN'))?.diplomats.map((d) => d.id)).toEqual([diplomat.id]);
    await deactivate(diplomat);
    expect((await h.store.getPosting('HN'))?.diplomats).toEqual([]);
    const request = await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: asCoordinator, body: { actionType: 'trial_observation', dueDate: '2026-12-20' } });
    expect(request.status).toBe(409);
    const alert = await bodyOf(await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: asCoordinator, body: alertBody() }));
    const roster = await bodyOf(await h.json('GET', `/api/alerts/${alert.id}`, { cookie: asCoordinator }));
    expect(roster.recipients.map((r: { memberId: string }) => r.memberId)).not.toContain(diplomat.id);
    expect((await h.store.alertCandidates([diplomat.id])).map((m) => m.id)).not.toContain(diplomat.id);
  });

  it('alerts, digests and the members list leave them out; reactivating brings them back', async () => {
    const follower = await h.addMember('mp');
    const reader = await h.addMember('mp');
    await patch(follower.id, { interests: { countries: ['CO'], themes: [] } });
    await patch(reader.id, { interests: { countries: ['CO'], themes: [] } });
    const c = await h.createCase(asCoordinator, { country: 'CO', visibility: 'network' });
    await deactivate(follower);
    const alert = await bodyOf(await h.json('POST', `/api/cases/${c.id}/alerts`, { cookie: asCoordinator, body: alertBody(), headers: { 'idempotency-key': 'alert-1-key' } }));
    const roster = await bodyOf(await h.json('GET', `/api/alerts/${alert.id}`, { cookie: asCoordinator }));
    const reached = roster.recipients.map((r: { memberId: string }) => r.memberId);
    expect(reached).toContain(reader.id);
    expect(reached).not.toContain(follower.id);
    expect((await h.store.listAllMembers()).map((m) => m.id)).not.toContain(follower.id);
    const list = await bodyOf(await h.json('GET', '/api/members', { cookie: asCoordinator }));
    expect(list.items.map((m: Member) => m.id)).not.toContain(follower.id);
    const page = await (await h.app.request('/members', { headers: { cookie: asCoordinator } })).text();
    expect(page).toContain(`href="/members/${follower.id}"`);
    expect((await patch(follower.id, { active: true }, 3)).status).toBe(200);
    expect((await h.store.listAllMembers()).map((m) => m.id)).toContain(follower.id);
    expect((await h.json('GET', '/api/me', { cookie: await h.signIn(follower) })).status).toBe(200);
  });

  it('notifications skip them: a verified action tells a deactivated MP nothing', async () => {
    const mp = await h.addMember('mp');
    const asMp = await h.signIn(mp);
    const c = await h.createCase(asCoordinator, { visibility: 'network' });
    await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } });
    const logged = await bodyOf(await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'Visited the defender.', public: false } }));
    await deactivate(mp);
    const before = (await h.outbox.list()).filter((m) => m.to === mp.email).length;
    const verified = await h.json('PUT', `/api/cases/${c.id}/actions/${logged.id}/verification`, { cookie: asCoordinator, headers: { 'if-match': '"1"' }, body: { state: 'verified' } });
    expect(verified.status).toBe(200);
    await h.settled();
    expect((await h.outbox.list()).filter((m) => m.to === mp.email)).toHaveLength(before);
  });

  it('they leave the observer rosters of coming hearings (and so get no hearing reminder)', async () => {
    const mp = await h.addMember('mp');
    const asMp = await h.signIn(mp);
    const c = await h.createCase(asCoordinator, { visibility: 'network', riskStatus: 'on_trial' });
    const day = new Date(h.clock.now().getTime() + 5 * 86_400_000).toISOString().slice(0, 10);
    const hearing = await addHearing(h.deps, coordinator.id, c.id, { hearingAt: `${day}T09:30`, court: 'Court', title: 'Hearing' });
    expect((await h.json('PUT', `/api/cases/${c.id}/hearings/${hearing.id}/observers/me`, { cookie: asMp })).status).toBe(201);
    await deactivate(mp);
    const calendar = await bodyOf(await h.json('GET', '/api/calendar', { cookie: asCoordinator }));
    const entry = calendar.entries.find((e: { eventId?: string }) => e.eventId === hearing.id);
    expect(entry.observers.map((o: { memberId: string }) => o.memberId)).not.toContain(mp.id);
  });

  it('a diplomat moved to another posting leaves the old roster and joins the new one, signed out (the session held the posting)', async () => {
    const diplomat = await h.addMember('diplomat', { country: 'HN', mission: 'EU Delegation to Honduras' });
    const cookie = await h.signIn(diplomat);
    expect((await patch(diplomat.id, { country: 'GT', mission: 'EU Delegation to Guatemala' })).status).toBe(200);
    expect((await h.store.getPosting('HN'))?.diplomats).toEqual([]);
    expect((await h.store.getPosting('GT'))?.diplomats).toEqual([{ id: diplomat.id, name: diplomat.name, mission: 'EU Delegation to Guatemala' }]);
    expect((await h.json('GET', '/api/me', { cookie })).status).toBe(401);
  });
});

describe('inviting one person directly', () => {
  it('creates the member and emails the welcome in their language with a sign-in link that works', async () => {
    const res = await h.json('POST', '/api/members', {
      cookie: asCoordinator, body: { email: 'Camille.Roux@example.org', name: 'Camille Roux', role: 'mp', parliament: 'Assemblée nationale', country: 'FR', language: 'fr', interests: { countries: ['CO'], themes: ['journalism'] } },
    });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(res.headers.get('location')).toBe(`/api/members/${created.id}`);
    expect(created).toMatchObject({ email: 'camille.roux@example.org', interests: { countries: ['CO'], themes: ['journalism'] }, active: true });
    const mail = (await h.outbox.list()).find((m) => m.to === 'camille.roux@example.org')!;
    expect(mail.subject).toBe('Bienvenue dans Tandem');
    const link = mail.text.match(/https?:\/\/\S+\/auth\/verify\?token=(\S+)/)!;
    const verified = await h.app.request('/auth/verify', {
      method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token: decodeURIComponent(link[1]!) }),
    });
    const cookie = verified.headers.get('set-cookie')!.split(';')[0]!;
    expect(await bodyOf(await h.json('GET', '/api/me', { cookie }))).toMatchObject({ name: 'Camille Roux', role: 'mp' });
    const audit = await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }));
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('member.invited');
  });

  it('an address that is already a member’s answers 409 and sends nothing; bad input 400 with nothing stored', async () => {
    const mp = await h.addMember('mp');
    const before = await h.count();
    const mails = (await h.outbox.list()).length;
    expect((await h.json('POST', '/api/members', { cookie: asCoordinator, body: { email: mp.email, name: 'Again', role: 'mp' } })).status).toBe(409);
    const bad = await h.json('POST', '/api/members', { cookie: asCoordinator, body: { email: 'nope', name: '', role: 'diplomat' } });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors.map((e: { path: string }) => e.path).sort()).toEqual(['email', 'name']);
    expect(await h.count()).toBe(before);
    expect((await h.outbox.list()).length).toBe(mails);
  });
});

describe('the member page', () => {
  const post = (id: string, fields: Record<string, string | string[]>, cookie = asCoordinator) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return h.app.request(`/members/${id}`, { method: 'POST', headers: { cookie, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body });
  };

  it('shows the details, pledges, actions and audit trail; the list links to it', async () => {
    const mp = await h.addMember('mp', { name: 'Ines Quintero', parliament: 'Congreso', country: 'CO' });
    const asMp = await h.signIn(mp);
    const c = await h.createCase(asCoordinator, { defenderName: 'Berta Flores', visibility: 'network' });
    await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit', 'letter_authorities'] } });
    await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-20', description: 'Visited.', public: false } });
    const res = await h.app.request(`/members/${mp.id}`, { headers: { cookie: asCoordinator } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Ines Quintero</h1>');
    expect(html).toContain('2 actions pledged');
    expect(html).toContain('Prison visit');
    expect(html).toContain('Adopted the case (pledge)');
    expect(html).toContain(`href="/cases/${c.id}">Berta Flores</a>`);
    expect((await h.app.request(`/members/${mp.id}`, { headers: { cookie: asMp } })).status).toBe(403);
  });

  it('a refused save shows the error beside its field, keeps what was typed and the heading, and stores nothing', async () => {
    const mp = await h.addMember('mp', { name: 'Ines Quintero' });
    const before = await h.count();
    const res = await post(mp.id, { version: '1', name: 'Inés Quintero Díaz', role: 'diplomat', party: 'Partido Verde', country: '', committees: 'Paz\nDerechos Humanos', active: 'on' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Ines Quintero</h1>');
    expect(html).toMatch(/id="country"[^>]*aria-invalid="true"[^>]*autofocus/);
    expect(html).toContain('id="country-error"');
    expect(html).toContain('value="Inés Quintero Díaz"');
    expect(html).toContain('value="Partido Verde"');
    expect(html).toContain('Paz\nDerechos Humanos');
    expect(await h.count()).toBe(before);
  });

  it('a good save redirects to the page, which says so; unticking "active" deactivates', async () => {
    const mp = await h.addMember('mp', { name: 'Ines Quintero' });
    const asMp = await h.signIn(mp);
    const res = await post(mp.id, { version: '1', name: 'Ines Quintero', role: 'mp', committees: 'Paz', interestThemes: ['journalism', 'labour'] });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/members/${mp.id}?saved=1`);
    expect(await bodyOf(await h.json('GET', `/api/members/${mp.id}`, { cookie: asCoordinator }))).toMatchObject({ active: false, committees: ['Paz'], interests: { themes: ['journalism', 'labour'] } });
    expect((await h.json('GET', '/api/me', { cookie: asMp })).status).toBe(401);
  });
});
