/**
 * Issue 3 against DynamoDB Local: sensitive fields never leak, changes and
 * their audit lines are atomic, pause publicity, timeline, case state,
 * consent ledger, export and the audit log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;
let asMp: string;
let asDiplomat: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
  asMp = await h.signIn(await h.addMember('mp'));
  asDiplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO' }));
});

const PLANTED = {
  contactDetails: 'planted-phone +57 300 555 0199',
  exactLocation: 'planted-location Calle 9 #12-34',
  legalNotes: 'planted-legal docket 2026-0042',
  riskAccount: 'planted-account they followed me home',
};

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

describe('visibility changes and the consent ledger', () => {
  it('need a basis; names only for restricted; the ledger is for coordinators', async () => {
    const c = await h.createCase(asCoordinator);
    const noBasis = await h.json('PUT', `/api/cases/${c.id}/visibility`, { cookie: asCoordinator, body: { visibility: 'public' }, headers: { 'if-match': '"1"' } });
    expect(noBasis.status).toBe(400);
    expect((await bodyOf(noBasis)).errors[0].path).toBe('basis');
    const namesOnPublic = await h.json('PUT', `/api/cases/${c.id}/visibility`, {
      cookie: asCoordinator, body: { visibility: 'public', basis: 'explicit_consent', namedMemberIds: [randomUUID()] }, headers: { 'if-match': '"1"' },
    });
    expect((await bodyOf(namesOnPublic)).errors[0].path).toBe('namedMemberIds');
    expect((await h.json('GET', `/api/cases/${c.id}/consent`, { cookie: asMp })).status).toBe(403);
  });

  it('naming a member on a restricted case lets exactly that member see it', async () => {
    const named = await h.addMember('mp');
    const asNamed = await h.signIn(named);
    const c = await h.createCase(asCoordinator, { visibility: 'restricted' });
    expect((await h.json('GET', `/api/cases/${c.id}`, { cookie: asNamed })).status).toBe(404);
    const res = await h.json('PUT', `/api/cases/${c.id}/visibility`, {
      cookie: asCoordinator, body: { visibility: 'restricted', namedMemberIds: [named.id], basis: 'partner_request' }, headers: { 'if-match': '"1"' },
    });
    expect(res.status).toBe(200);
    expect((await h.json('GET', `/api/cases/${c.id}`, { cookie: asNamed })).status).toBe(200);
    expect((await h.json('GET', `/api/cases/${c.id}`, { cookie: asMp })).status).toBe(404);
  });
});

describe('the timeline', () => {
  it('lists events newest first with the case; a hearing needs its court and time', async () => {
    const c = await h.createCase(asCoordinator);
    const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      h.json('POST', `/api/cases/${c.id}/events`, { cookie: asCoordinator, body, headers });
    expect((await post({ type: 'threat', date: '2026-10-01', title: 'Threatening letter' })).status).toBe(201);
    const hearingWithout = await post({ type: 'hearing', date: '2026-12-01', title: 'First hearing' });
    expect(hearingWithout.status).toBe(400);
    expect((await bodyOf(hearingWithout)).errors.map((e: { path: string }) => e.path).sort()).toEqual(['court', 'hearingLocal']);
    expect((await post({ type: 'hearing', date: '2026-12-01', title: 'First hearing', court: 'Court of Bogotá', hearingAt: '2026-12-01T14:00' })).status).toBe(201);
    const { timeline } = await bodyOf(await h.json('GET', `/api/cases/${c.id}`, { cookie: asMp }));
    expect(timeline.map((e: { title: string }) => e.title)).toEqual(['First hearing', 'Threatening letter']);
  });

  it('moves the risk status only when confirmed, and then only with the current If-Match', async () => {
    const c = await h.createCase(asCoordinator, { riskStatus: 'threatened' });
    const arrest = { type: 'arrest', date: '2026-11-20', title: 'Arrested at home', newRiskStatus: 'detained' };
    expect((await h.json('POST', `/api/cases/${c.id}/events`, { cookie: asCoordinator, body: arrest })).status).toBe(428);
    const ok = await h.json('POST', `/api/cases/${c.id}/events`, { cookie: asCoordinator, body: arrest, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(201);
    // The confirmed status joins the ones held (issue 18: several current statuses).
    expect(await h.store.getCase(c.id)).toMatchObject({ riskStatuses: ['threatened', 'detained'], version: 2 });
    const stale = await h.json('POST', `/api/cases/${c.id}/events`, { cookie: asCoordinator, body: { ...arrest, newRiskStatus: 'released' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
  });

  it('only coordinators post events', async () => {
    const c = await h.createCase(asCoordinator);
    expect((await h.json('POST', `/api/cases/${c.id}/events`, { cookie: asMp, body: { type: 'update', date: '2026-11-01', title: 'x' } })).status).toBe(403);
  });
});

describe('case state', () => {
  it('closing needs a reason; closed cases leave the default list and stay searchable by coordinators', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'network', defenderName: 'Closed Case Person' });
    const noReason = await h.json('PATCH', `/api/cases/${c.id}`, { cookie: asCoordinator, body: { state: 'closed' }, headers: { 'if-match': '"1"' } });
    expect((await bodyOf(noReason)).errors[0].path).toBe('closedReason');
    expect((await h.json('PATCH', `/api/cases/${c.id}`, { cookie: asCoordinator, body: { state: 'closed', closedReason: 'Defender safe abroad' }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    const ids = async (query: string, cookie: string) => ((await bodyOf(await h.json('GET', `/api/cases?${query}`, { cookie }))).items as DefenderCase[]).map((x) => x.id);
    expect(await ids('limit=100', asCoordinator)).not.toContain(c.id);
    expect(await ids('state=closed', asCoordinator)).toContain(c.id);
    expect(await ids('state=closed&q=closed case', asCoordinator)).toEqual([c.id]);
    expect(await ids('state=closed', asMp)).toEqual([]);
  });
});

describe('CSV export', () => {
  it('exports the filtered list without sensitive fields, neutralises formulas, and is audited', async () => {
    const c = await h.createCase(asCoordinator, { defenderName: '=HYPERLINK("https://evil.example","x")', country: 'KE' });
    await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator, body: PLANTED, headers: { 'if-match': '"0"' } });
    await h.createCase(asCoordinator, { country: 'CO' });
    h.clock.advance(1000);
    const res = await h.app.request('/api/exports/cases.csv?country=KE', { headers: { cookie: asCoordinator } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // A UTF-8 byte-order mark first, so Excel reads the accents right (fetch's text() would drop it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^id,defenderName,country,countryName,themes,themeLabels,organisation,riskStatuses,riskStatusLabels,visibility,visibilityLabel,/);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    for (const value of Object.values(PLANTED)) expect(csv).not.toContain(value);
    const byActor = (await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }))).items;
    expect(byActor[0]).toMatchObject({ action: 'cases.exported', fields: ['country'] });
  });

  it('puts each code\'s label beside it, in the requester\'s language', async () => {
    await h.createCase(asCoordinator, { country: 'GT', riskStatuses: ['detained', 'charged'], themes: ['journalism'], visibility: 'network' });
    const res = await h.app.request('/api/exports/cases.csv?country=GT&lang=fr', { headers: { cookie: asCoordinator } });
    const [header, row] = (await res.text()).trim().split('\r\n');
    const cells = Object.fromEntries(header!.split(',').map((name, i) => [name, row!.split(',')[i]]));
    expect(cells).toMatchObject({ country: 'GT', countryName: 'Guatemala', themes: 'journalism', themeLabels: 'Journalisme', riskStatuses: 'detained; charged' });
    expect(cells.riskStatusLabels).toMatch(/^Détenu/);
    expect(cells.visibilityLabel).not.toBe('network');
  });

  it('is refused to MPs (403) and anonymous callers (401)', async () => {
    expect((await h.app.request('/api/exports/cases.csv', { headers: { cookie: asMp } })).status).toBe(403);
    expect((await h.app.request('/api/exports/cases.csv')).status).toBe(401);
  });
});

describe('coordinator pages', () => {
  it('post an event and change visibility through forms, with errors next to the fields', async () => {
    const c = await h.createCase(asCoordinator);
    const form = (path: string, fields: Record<string, string>) =>
      h.app.request(path, { method: 'POST', headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    const bad = await form(`/cases/${c.id}/events`, { version: '1', type: 'hearing', date: '2026-12-01', title: 'Hearing' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="event-court-error"/);
    expect((await form(`/cases/${c.id}/events`, { version: '1', type: 'update', date: '2026-11-02', title: 'Visited by family' })).status).toBe(303);
    expect((await form(`/cases/${c.id}/visibility`, { version: '2', visibility: 'public', basis: 'explicit_consent' })).status).toBe(303);
    const page = await (await h.app.request(`/cases/${c.id}`, { headers: { cookie: asCoordinator } })).text();
    expect(page).toContain('Visited by family');
    expect(page).toContain('Consent ledger');
    expect((await h.store.getCase(c.id))?.visibility).toBe('public');
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
