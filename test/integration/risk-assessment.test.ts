/**
 * Issue 15, part 4, against DynamoDB Local: a case's risk analysis is for
 * coordinators only on every channel (API, pages, exports, digests, alerts:
 * every GET route of the app, generated from the authorization table), each
 * read and save is audited without its content, the level's history feeds the
 * chart, and a stale or malformed save changes nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Member } from '#shared/domain/member.ts';
import { MATRIX } from '../security/authorization-table.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';

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

const PLANTED = 'planted-threat-note followed from the court to her home';
const ANALYSIS = {
  level: 'high',
  threats: [{ type: 'death_threat', source: 'armed_group', date: '2026-11-02', credibility: 'likely', note: PLANTED }],
  vulnerabilities: [{ factor: 'known_home_address', note: 'planted-vulnerability lives above the office' }],
  capacities: [{ factor: 'legal_representation' }],
  summary: 'planted-summary relocation advised',
};
const PLANTED_VALUES = [PLANTED, 'planted-vulnerability lives above the office', 'planted-summary relocation advised'];

const put = (caseId: string, body: unknown, etag: string, cookie = asCoordinator) =>
  h.json('PUT', `/api/cases/${caseId}/risk-assessment`, { cookie, body, headers: { 'if-match': etag } });
const postForm = (caseId: string, form: Record<string, string>) =>
  h.app.request(`/cases/${caseId}/risk`, {
    method: 'POST', headers: { cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form),
  });

describe('the risk analysis', () => {
  it('is saved and read by coordinators with If-Match; each level change joins the history; reads and saves are audited without content', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    // Each step a minute after the last: audit lines of one instant have no order.
    h.clock.advance(60_000);
    const empty = await h.json('GET', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator });
    expect(empty.headers.get('etag')).toBe('"0"');
    expect(empty.headers.get('cache-control')).toContain('no-store');
    h.clock.advance(1000);
    const first = await put(c.id, ANALYSIS, '"0"');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    h.clock.advance(60_000);
    const sameLevel = await put(c.id, { ...ANALYSIS, summary: 'planted-summary second' }, '"1"');
    expect((await bodyOf(sameLevel)).levelHistory).toHaveLength(1);
    h.clock.advance(60_000);
    const raised = await bodyOf(await put(c.id, { ...ANALYSIS, summary: 'planted-summary second', level: 'critical' }, '"2"'));
    expect(raised.levelHistory.map((x: { level: string }) => x.level)).toEqual(['high', 'critical']);
    expect(raised.version).toBe(3);
    h.clock.advance(60_000);

    const read = await bodyOf(await h.json('GET', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator }));
    expect(read).toMatchObject({ level: 'critical', threats: ANALYSIS.threats, vulnerabilities: ANALYSIS.vulnerabilities, capacities: ANALYSIS.capacities });
    const audit = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/audit`, { cookie: asCoordinator }))).items as { action: string; fields?: string[] }[];
    expect(audit.map((a) => a.action)).toEqual(['risk.read', 'risk.updated', 'risk.updated', 'risk.updated', 'risk.read', 'case.created']);
    expect(audit[1]!.fields).toEqual(['level']);
    expect(audit[2]!.fields).toEqual(['summary']);
    expect(JSON.stringify(audit)).not.toContain('planted');
  });

  it('a stale save gets 412, one without If-Match 428, a malformed one 400 naming the field; none changes anything', async () => {
    const c = await h.createCase(asCoordinator);
    await put(c.id, ANALYSIS, '"0"');
    expect((await put(c.id, { ...ANALYSIS, level: 'low' }, '"0"')).status).toBe(412);
    expect((await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator, body: ANALYSIS })).status).toBe(428);
    const bad = await put(c.id, { ...ANALYSIS, level: 'extreme', threats: [{ ...ANALYSIS.threats[0], credibility: 'certain' }] }, '"1"');
    expect(bad.status).toBe(400);
    const problem = await bodyOf(bad);
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['level', 'threats.0.credibility']);
    const twice = await put(c.id, { ...ANALYSIS, capacities: [{ factor: 'legal_representation' }, { factor: 'legal_representation' }] }, '"1"');
    expect((await bodyOf(twice)).errors[0].path).toBe('capacities.1.factor');
    const still = await h.json('GET', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator });
    expect(still.headers.get('etag')).toBe('"1"');
    expect((await bodyOf(still)).level).toBe('high');
  });

  it('others get 403 on a case they may see, 404 on one they may not (or that does not exist); nothing is saved', async () => {
    const visible = await h.createCase(asCoordinator, { visibility: 'public' });
    const hidden = await h.createCase(asCoordinator, { visibility: 'restricted' });
    for (const cookie of [asMp, asDiplomat]) {
      expect((await h.json('GET', `/api/cases/${visible.id}/risk-assessment`, { cookie })).status).toBe(403);
      expect((await put(visible.id, ANALYSIS, '"0"', cookie)).status).toBe(403);
      expect((await h.app.request(`/cases/${visible.id}/risk`, { headers: { cookie } })).status).toBe(403);
    }
    expect((await h.json('GET', `/api/cases/${visible.id}/risk-assessment`)).status).toBe(401);
    for (const id of [hidden.id, randomUUID()]) {
      expect((await h.json('GET', `/api/cases/${id}/risk-assessment`, { cookie: asMp })).status).toBe(404);
      expect((await put(id, ANALYSIS, '"0"', asMp)).status).toBe(404);
    }
    expect((await h.json('GET', `/api/cases/${visible.id}/risk-assessment`, { cookie: asCoordinator })).headers.get('etag')).toBe('"0"');
  });

  it('never reaches anyone else: 0 of the planted words on any GET route of the app, for any caller but coordinators on the analysis itself, nor in a log line', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    await put(c.id, ANALYSIS, '"0"');
    await h.settled();
    // Every GET route the app registers (the authorization table is checked against the app), on this case.
    // Those without a parameter, and the case's own (`/cases/:id/…`, `/api/cases/:id/…` with no other parameter).
    const onThisCase = (route: string) => /^(\/api)?\/cases\/:id(\/[^:]*)?$/.test(route);
    const paths = [...new Set(MATRIX.filter((r) => r.method === 'GET' && (!r.route.includes(':') || onThisCase(r.route))).map((r) => r.route.replace(':id', c.id)))];
    expect(paths.length).toBeGreaterThan(40);
    let responses = 0;
    for (const cookie of [undefined, asMp, asDiplomat, asCoordinator]) {
      for (const path of paths) {
        if (cookie === asCoordinator && /risk/.test(path)) continue;
        const body = await (await h.app.request(path, { headers: cookie ? { cookie } : {} })).text();
        responses++;
        for (const value of PLANTED_VALUES) expect(body, `${path}`).not.toContain(value);
      }
    }
    expect(responses).toBeGreaterThan(160);
    await h.app.request(`/cases/${c.id}/risk`, { headers: { cookie: asCoordinator } });
    for (const value of PLANTED_VALUES) expect(h.logs.join('\n')).not.toContain(value);
  });
});

describe('the risk analysis page', () => {
  it('saves the form, drops blank and removed threat rows, and draws the level over time with its table', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    const saved = await postForm(c.id, {
      version: '0', level: 'medium', 'threats.0.type': 'surveillance', 'threats.0.source': 'police', 'threats.0.date': '2026-10-01',
      'threats.0.credibility': 'confirmed', 'vuln.works_alone': 'on', 'vuln.works_alone.note': 'alone at night', 'cap.support_network': 'on',
    });
    expect(saved.status).toBe(303);
    h.clock.advance(60_000);
    expect((await postForm(c.id, {
      version: '1', level: 'high', 'threats.0.type': 'surveillance', 'threats.0.source': 'police', 'threats.0.date': '2026-10-01',
      'threats.0.credibility': 'confirmed', 'threats.0.remove': 'on', 'threats.1.type': 'raid', 'threats.1.source': 'police',
      'threats.1.date': '2026-11-20', 'threats.1.credibility': 'confirmed',
    })).status).toBe(303);
    const stored = await bodyOf(await h.json('GET', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator }));
    expect(stored.threats).toEqual([{ type: 'raid', source: 'police', date: '2026-11-20', credibility: 'confirmed' }]);
    expect(stored.vulnerabilities).toEqual([]);
    const html = await (await h.app.request(`/cases/${c.id}/risk`, { headers: { cookie: asCoordinator } })).text();
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<title id="risk-chart-title">');
    expect(html).toMatch(/<desc id="risk-chart-desc">2 levels recorded/);
    expect((html.match(/<circle/g) ?? []).length).toBe(2);
    expect(html).toContain('<td>Medium</td>');
    expect(html).toContain('<td>High</td>');
  });

  it('shows a bad row beside its field with everything typed kept, in the reader’s language, and stores nothing', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    const res = await h.app.request(`/cases/${c.id}/risk?lang=fr`, {
      method: 'POST', headers: { cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ version: '0', 'threats.0.type': 'raid', 'threats.0.date': '2026-13-40', 'threats.0.note': 'gardé tel quel', summary: 'résumé conservé' }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="level-error"');
    expect(html).toContain('Choisissez un niveau de risque.');
    expect(html).toContain('id="threats.0.date-error"');
    expect(html).toContain('aria-describedby="threats.0.source-error"');
    expect(html).toContain('gardé tel quel');
    expect(html).toContain('résumé conservé');
    expect((await h.json('GET', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator })).headers.get('etag')).toBe('"0"');
  });

  it('is linked from the coordinator’s case page only', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public' });
    const link = `href="/cases/${c.id}/risk"`;
    expect(await (await h.app.request(`/cases/${c.id}`, { headers: { cookie: asCoordinator } })).text()).toContain(link);
    expect(await (await h.app.request(`/cases/${c.id}`, { headers: { cookie: asMp } })).text()).not.toContain(link);
  });
});
