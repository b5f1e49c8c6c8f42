/**
 * Issue 3 against DynamoDB Local, the record of a case: visibility changes and the consent ledger,
 * the timeline, case state, the CSV export and the coordinators' forms.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, type Harness } from '../support/harness.ts';
import { PLANTED, caseSafetyWorld } from '../support/case-safety-world.ts';

const world = caseSafetyWorld();
let h: Harness;
let coordinator: Member;
let asCoordinator: string;
let asMp: string;
// After the world's own beforeEach: the tests read the harness and the members' sessions by name.
beforeEach(() => ({ h, coordinator, asCoordinator, asMp } = world));

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
