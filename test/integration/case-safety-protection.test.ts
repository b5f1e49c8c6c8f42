/**
 * Issue 3 against DynamoDB Local, the protective side: sensitive fields never leak, changes and
 * their audit lines are atomic, pause publicity and its private notice to those who acted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Member } from '#shared/domain/member.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { PLANTED, caseSafetyWorld } from '../support/case-safety-world.ts';

const world = caseSafetyWorld();
let h: Harness;
let coordinator: Member;
let asCoordinator: string;
let asMp: string;
let asDiplomat: string;
// After the world's own beforeEach: the tests read the harness and the members' sessions by name.
beforeEach(() => ({ h, coordinator, asCoordinator, asMp, asDiplomat } = world));

describe('sensitive fields', () => {
  it('are saved and read by coordinators, each read audited', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    h.clock.advance(1000);
    const saved = await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator, body: PLANTED, headers: { 'if-match': '"0"' } });
    expect(saved.status).toBe(200);
    h.clock.advance(1000);
    const read = await h.json('GET', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator });
    expect(await bodyOf(read)).toMatchObject(PLANTED);
    const audit = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/audit`, { cookie: asCoordinator }))).items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['case.sensitive_read', 'case.sensitive_updated', 'case.created']);
    expect(JSON.stringify(audit)).not.toContain('planted');
  });

  it('a stale sensitive save gets 412 and changes nothing', async () => {
    const c = await h.createCase(asCoordinator);
    await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator, body: PLANTED, headers: { 'if-match': '"0"' } });
    const stale = await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator, body: { legalNotes: 'other' }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(412);
    expect(await bodyOf(await h.json('GET', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator }))).toMatchObject(PLANTED);
  });

  it('appear in 0 responses to non-coordinators and in 0 log lines, through every route', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator, body: PLANTED, headers: { 'if-match': '"0"' } });
    const paths = [
      '/', '/cases', `/cases/${c.id}`, `/cases/${c.id}/sensitive`, `/cases/${c.id}/audit`, '/api/cases?limit=100',
      `/api/cases/${c.id}`, `/api/cases/${c.id}/sensitive`, `/api/cases/${c.id}/consent`, `/api/cases/${c.id}/events`,
      `/api/cases/${c.id}/audit`, '/api/exports/cases.csv', '/api/members',
    ];
    let responses = 0;
    for (const cookie of [undefined, asMp, asDiplomat]) {
      for (const path of paths) {
        const res = await h.app.request(path, { headers: cookie ? { cookie } : {} });
        const body = await res.text();
        responses++;
        for (const value of Object.values(PLANTED)) expect(body, `${path}`).not.toContain(value);
      }
    }
    expect(responses).toBe(39);
    // The coordinator's own reads are logged too (as route patterns): still no value.
    await h.app.request(`/cases/${c.id}/sensitive`, { headers: { cookie: asCoordinator } });
    for (const value of Object.values(PLANTED)) expect(h.logs.join('\n')).not.toContain(value);
  });

  it('others get 403 on a case they may see, 404 on one they may not (or that does not exist)', async () => {
    const visible = await h.createCase(asCoordinator, { visibility: 'public' });
    const hidden = await h.createCase(asCoordinator, { visibility: 'restricted' });
    expect((await h.json('GET', `/api/cases/${visible.id}/sensitive`, { cookie: asMp })).status).toBe(403);
    expect((await h.json('GET', `/api/cases/${visible.id}/sensitive`)).status).toBe(401);
    for (const id of [hidden.id, randomUUID()]) {
      expect((await h.json('GET', `/api/cases/${id}/sensitive`, { cookie: asMp })).status).toBe(404);
      expect((await h.json('GET', `/api/cases/${id}/sensitive`)).status).toBe(404);
    }
  });
});

describe('a change and its audit record are written together or not at all', () => {
  it('an injected failure inside the transaction stores neither the change nor its audit line', async () => {
    // The real transaction, with an audit line too large for DynamoDB (400 KB item limit): it must fail whole.
    const failing = await makeHarness({
      store: (real) => ({
        ...real,
        saveCase: (write) => real.saveCase(write.expectedVersion ? { ...write, audit: { ...write.audit, fields: ['x'.repeat(410 * 1024)] } } : write),
      }),
    });
    const cookie = await failing.signIn(await failing.addMember('coordinator'));
    const c = await failing.createCase(cookie);
    const before = await failing.count();
    const res = await failing.json('PATCH', `/api/cases/${c.id}`, { cookie, body: { summary: 'Never stored' }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBeGreaterThanOrEqual(500);
    expect(await failing.count()).toBe(before);
    expect((await failing.store.getCase(c.id))?.summary).toBe(c.summary);
  });
});

describe('pause publicity', () => {
  it('hides the case from public pages and the anonymous API in the same request cycle, and records it', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public', defenderName: 'Paused Defender' });
    expect((await h.json('GET', `/api/cases/${c.id}`)).status).toBe(200);
    h.clock.advance(1000);
    const paused = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: asCoordinator, body: { reason: 'Arrested after our statement', basis: 'reprisal' } });
    expect(paused.status).toBe(200);
    expect((await h.json('GET', `/api/cases/${c.id}`)).status).toBe(404);
    expect(await (await h.app.request('/')).text()).not.toContain('Paused Defender');
    expect(await (await h.app.request('/cases')).text()).not.toContain('Paused Defender');
    expect((await h.json('GET', `/api/cases/${c.id}`, { cookie: asMp })).status).toBe(404);
    const ledger = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/consent`, { cookie: asCoordinator }))).items;
    expect(ledger[0]).toMatchObject({ event: 'paused', visibility: 'restricted', basis: 'reprisal', note: 'Arrested after our statement', by: coordinator.id });
  });

  it('works without If-Match even right after someone else edited the case', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    await h.json('PATCH', `/api/cases/${c.id}`, { cookie: asCoordinator, body: { summary: 'Edited' }, headers: { 'if-match': '"1"' } });
    const paused = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: asCoordinator, body: { reason: 'Reprisal', basis: 'reprisal' } });
    expect(paused.status).toBe(200);
    expect(await h.store.getCase(c.id)).toMatchObject({ visibility: 'restricted', summary: 'Edited', version: 3 });
  });

  it('is undone by a new, recorded visibility change', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    h.clock.advance(1000);
    const paused = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: asCoordinator, body: { reason: 'Reprisal', basis: 'reprisal' } });
    const etag = paused.headers.get('etag')!;
    h.clock.advance(1000);
    const resumed = await h.json('PUT', `/api/cases/${c.id}/visibility`, {
      cookie: asCoordinator, body: { visibility: 'network', basis: 'explicit_consent', note: 'Defender agreed again' }, headers: { 'if-match': etag },
    });
    expect(resumed.status).toBe(200);
    expect(await bodyOf(resumed)).not.toHaveProperty('pausedAt');
    const ledger = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/consent`, { cookie: asCoordinator }))).items;
    expect(ledger.map((e: { event: string }) => e.event)).toEqual(['resumed', 'paused', 'created']);
    expect((await h.json('GET', `/api/cases/${c.id}`, { cookie: asMp })).status).toBe(200);
  });

  it('only coordinators may pause: 403 for an MP who sees the case, 404 for a case they do not', async () => {
    const visible = await h.createCase(asCoordinator, { visibility: 'network' });
    const hidden = await h.createCase(asCoordinator, { visibility: 'restricted' });
    expect((await h.json('POST', `/api/cases/${visible.id}/pause`, { cookie: asMp, body: { reason: 'x', basis: 'reprisal' } })).status).toBe(403);
    expect((await h.json('POST', `/api/cases/${hidden.id}/pause`, { cookie: asMp, body: { reason: 'x', basis: 'reprisal' } })).status).toBe(404);
  });
});

describe('pause publicity warns those who acted', () => {
  it('emails a private notice to every MP who pledged or logged an action, and to no one else', async () => {
    const adopter = await h.addMember('mp');
    const actor = await h.addMember('mp');
    const bystander = await h.addMember('mp');
    const c = await h.createCase(asCoordinator, { visibility: 'public', defenderName: 'Noticed Defender' });
    expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: await h.signIn(adopter), body: { actions: ['public_statement'] } })).status).toBe(201);
    const logged = await h.json('POST', `/api/cases/${c.id}/actions`, {
      cookie: await h.signIn(actor), body: { type: 'social_media', date: '2026-11-20', description: 'Posted about the case', public: true },
    });
    expect(logged.status).toBe(201);
    await h.signIn(bystander);
    const before = (await h.outbox.list()).length;

    const paused = await h.json('POST', `/api/cases/${c.id}/pause`, { cookie: asCoordinator, body: { reason: 'Secret reason: arrested after the post', basis: 'reprisal' } });
    expect((await bodyOf(paused)).notified).toBe(2);

    const notices = (await h.outbox.list()).slice(0, (await h.outbox.list()).length - before);
    expect(notices.map((m) => m.to).sort()).toEqual([adopter.email, actor.email].sort());
    for (const notice of notices) {
      expect(notice.subject).toBe('Private: pause public action on Noticed Defender');
      expect(notice.text).toContain('stop all public action');
      expect(notice.text).not.toContain('Secret reason');
      expect(notice.html).not.toContain('Secret reason');
    }
  });
});
