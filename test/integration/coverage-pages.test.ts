/**
 * The coordinators' coverage pages: /dashboard (the coordinator's home), its
 * CSV, and /reports/annual. Coordinators only (MPs and diplomats 403, the
 * signed-out sent to sign in); within 3 DynamoDB calls; the figures follow a
 * new pledge while the stream poller runs as in `npm start`; a period or a
 * year that cannot be shown comes back beside its field, the form kept.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { STYLES } from '#web/assets/styles.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '#shared/i18n/pseudo.ts';
import { inject } from 'vitest';
import { intlWords, namesEverywhere, storedStrings } from '../i18n/allowed-text.ts';
import { readableTexts } from '../i18n/page-text.ts';
import { textCheckerFor } from '../i18n/page-check.ts';
import { recountGaps } from '#shared/coverage/index.ts';
import { report } from '../support/intake-reports.ts';

let h: Harness;
let coverage: CoverageBeside;
let coordinator: string;

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  coverage = coverageBeside(h);
  coordinator = await h.signIn(await h.addMember('coordinator'));
});
afterEach(async () => coverage.poller.stop());

const get = async (path: string, cookie?: string) => h.app.request(path, { headers: cookie ? { cookie } : {} });
/** The cells of a table row, tags stripped. */
const rowOf = (html: string, attribute: string) => {
  const row = new RegExp(`<tr ${attribute}>([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
  return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
};

describe('who may open the coverage pages', () => {
  for (const path of ['/dashboard', '/dashboard/figures.csv', '/reports/annual']) {
    it(`${path}: the signed-out are sent to sign in, MPs and diplomats get 403`, async () => {
      const anonymous = await get(path);
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toBe('/sign-in');
      expect((await get(path, await h.signIn(await h.addMember('mp')))).status).toBe(403);
      expect((await get(path, await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation' })))).status).toBe(403);
      expect((await get(path, coordinator)).status).toBe(200);
    });
  }

  it('a coordinator lands on the dashboard after signing in, and finds it in the navigation', async () => {
    const home = await get('/', coordinator);
    expect(home.headers.get('location')).toBe('/dashboard');
    expect(await (await get('/cases', coordinator)).text()).toContain('<a href="/dashboard">Dashboard</a>');
  });
});

describe('/dashboard', () => {
  it('shows the key figures, a chart beside each table and the CSV link, in at most 3 DynamoDB calls', async () => {
    const { result, tally } = await h.calls.measure(() => get('/dashboard', coordinator));
    expect(result.status).toBe(200);
    expect(tally.calls).toBeLessThanOrEqual(3);
    expect(tally.scans).toBe(0);
    const html = await result.text();
    expect(html).toContain('<h1>Coverage at a glance</h1>');
    expect(html).toContain('From December 2025 to November 2026');
    expect(html).toMatch(/<svg class="chart-svg"[^>]*role="img" aria-labelledby="per-month-title per-month-desc"/);
    expect(html).toContain('href="/dashboard/figures.csv?from=2025-12&amp;to=2026-11"');
    expect(html).not.toMatch(/<script/);
  });

  it('follows a new pledge: the country\'s bar and row show the adopted case once the stream is applied', async () => {
    coverage.poller.start();
    const mp = await h.signIn(await h.addMember('mp'));
    const adopted = await h.createCase(coordinator, { country: 'GT', defenderName: 'Planted Defender Name' });
    await h.createCase(coordinator, { country: 'GT' });
    expect((await h.json('POST', `/api/cases/${adopted.id}/pledges`, { cookie: mp, body: { actions: ['letter_authorities'] } })).status).toBe(201);
    const started = Date.now();
    await vi.waitFor(async () => {
      const html = await (await get('/dashboard', coordinator)).text();
      // Country, active cases, share adopted, twinned, without adopter, open requests, overdue.
      expect(rowOf(html, 'data-country="GT"')).toEqual(['Guatemala', '2', '50%', '0', '1', '0', '0']);
      expect(html).toMatch(/<g class="bar-row" data-key="GT">[\s\S]*?data-series="adopted"[\s\S]*?data-series="unadopted"/);
    }, { timeout: 20_000, interval: 100 });
    // Logged for the report; the bound above is wide so a loaded machine does not fail it.
    console.info(`dashboard followed the pledge after ${Date.now() - started} ms`);
    // The figures name no defender.
    expect(await (await get('/dashboard', coordinator)).text()).not.toContain('Planted Defender Name');
    const csv = await (await get('/dashboard/figures.csv?country=GT', coordinator)).text();
    expect(csv).toContain('country,GT,adopted,1\r\n');
    expect(csv).not.toContain('Planted');
  });

  it('one country, a chosen period, the language parameter beside them', async () => {
    const res = await get('/dashboard?from=2026-01&to=2026-03&country=CO&lang=fr', coordinator);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>La couverture en un coup d’œil</h1>');
    expect(html).toMatch(/<tr data-month="2026-03">/);
    expect(html).not.toMatch(/<tr data-month="2026-04">/);
    expect(html).toContain('<option value="CO" selected="">');
  });

  it('an impossible period comes back beside its field, focused, the form kept and the heading unchanged', async () => {
    const res = await get('/dashboard?from=2026-05&to=2026-01&country=GT', coordinator);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Coverage at a glance</h1>');
    const from = /<input id="p-from"[^>]*>/.exec(html)![0];
    expect(from).toContain('value="2026-05"');
    expect(from).toContain('aria-invalid="true"');
    expect(from).toContain('aria-describedby="p-month-hint p-from-error"');
    expect(from).toContain('autofocus');
    expect(html).toContain('<p id="p-from-error" class="error">The first month must come before the last one.</p>');
    expect(html).toContain('value="2026-01"');
    expect(html).toContain('<option value="GT" selected="">');
    const long = await (await get('/dashboard?from=2020-01&to=2026-01&lang=es', coordinator)).text();
    expect(long).toContain('Elija un periodo de 36 meses como máximo.');
  });
});

describe('every string from the catalogs', () => {
  it('with figures in every chart and table, the pseudo-locale shows no plain English on the dashboard or the annual report', async () => {
    coverage.poller.start();
    const mp = await h.signIn(await h.addMember('mp'));
    const c = await h.createCase(coordinator, { country: 'GT' });
    await h.createCase(coordinator, { country: 'CO' });
    expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: mp, body: { actions: ['letter_authorities'] } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: mp, body: { type: 'letter_authorities', date: '2026-11-20', description: 'Sent.', public: false } })).status).toBe(201);
    // A gap counted by the scheduled job, and intake reports waiting and triaged: every section has figures.
    await h.createCase(coordinator, { country: 'GT', riskStatus: 'detained' });
    await recountGaps(h.deps, h.clock.now());
    for (let i = 0; i < 2; i++) expect((await h.json('POST', '/api/reports', { body: report(), from: h.nextAddress() })).status).toBe(202);
    const reportId = (await bodyOf(await h.json('GET', '/api/reports', { cookie: coordinator }))).items[0].id as string;
    h.clock.advance(3 * 60_000);
    expect((await h.json('PATCH', `/api/reports/${reportId}`, { cookie: coordinator, body: { status: 'in_review' }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    await vi.waitFor(async () => {
      const html = await (await get('/dashboard', coordinator)).text();
      expect(rowOf(html, 'data-country="GT"')[1]).toBe('2');
      expect(rowOf(html, 'data-kind="detained_no_detention_visit"')[1]).toBe('1');
      expect(rowOf(html, 'data-age="underADay"')[1]).toBe('2');
      expect(html).toMatch(/id="reports-median"><span class="figure-value">3 minutes</);
    }, { timeout: 20_000, interval: 100 });
    const allowed = new Set([...(await storedStrings(inject('dynamoEndpoint'), h.table)), ...intlWords('en'), ...namesEverywhere()]);
    const check = textCheckerFor('en-XA', allowed);
    for (const path of ['/dashboard?lang=en-XA', '/reports/annual?year=2026&lang=en-XA', '/dashboard?from=2026-05&to=2026-01&lang=en-XA']) {
      const html = await (await get(path, coordinator)).text();
      expect(html).toMatch(/<g class="bar-row"|class="error"/);
      expect(check(readableTexts(html, { open: PSEUDO_OPEN, close: PSEUDO_CLOSE }), []), path).toEqual([]);
    }
  });
});

describe('/dashboard/figures.csv', () => {
  it('is a download of one figure a row, for the period asked', async () => {
    const res = await get('/dashboard/figures.csv?from=2026-01&to=2026-02', coordinator);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="tandem-coverage-2026-01-2026-02.csv"');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,key,figure,value');
    expect(lines).toContain('month,2026-02,mpActions,0');
    expect(lines.some((l) => l.startsWith('month,2026-03'))).toBe(false);
  });

  it('answers a bad period with problem details naming the field', async () => {
    const res = await h.json('GET', '/dashboard/figures.csv?from=2026-05&to=2026-01', { cookie: coordinator });
    expect(res.status).toBe(400);
  });
});

describe('/reports/annual', () => {
  it('is the annual report, never a report id, with the year\'s months and print CSS for A4', async () => {
    const { result, tally } = await h.calls.measure(() => get('/reports/annual?year=2025', coordinator));
    expect(result.status).toBe(200);
    expect(tally.calls).toBeLessThanOrEqual(3);
    const html = await result.text();
    expect(html).toContain('<h1>Annual report 2025</h1>');
    expect(html).toMatch(/<tr data-month="2025-01">/);
    expect(html).toMatch(/<tr data-month="2025-12">/);
    expect(html).not.toMatch(/<tr data-month="2026-01">/);
    expect(html).toContain('The network’s totals for 2025');
    // Without a year: this year (the harness's clock is in November 2026).
    expect(await (await get('/reports/annual', coordinator)).text()).toContain('<h1>Annual report 2026</h1>');
    expect(STYLES).toContain('@page{size:A4');
    expect(STYLES).toMatch(/@media print\{\.top,\.foot,\.skip,\.no-print\{display:none\}/);
  });

  it('leaves /reports/:id to the intake slice: a report id is still a report', async () => {
    const submitted = await h.json('POST', '/api/reports', {
      body: { whatHappened: 'Annual test report.', country: 'CO', atRisk: 'A defender', immediateDanger: 'no', mayShareWithNetwork: 'yes', mayPublish: 'no' },
      headers: { origin: APP_URL },
    });
    expect(submitted.status).toBe(202);
    const list = await (await get('/reports', coordinator)).text();
    const id = /href="\/reports\/([^"/]+)"/.exec(list)?.[1];
    expect(id).toBeDefined();
    expect(id).not.toBe('annual');
    const report = await get(`/reports/${id}`, coordinator);
    expect(report.status).toBe(200);
    expect(await report.text()).toContain('Annual test report.');
  });

  it('a year that cannot be shown comes back beside its field, kept as entered', async () => {
    for (const year of ['20x6', '1999', '2027']) {
      const res = await get(`/reports/annual?year=${year}`, coordinator);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain('<h1>Annual report</h1>');
      expect(html).toMatch(new RegExp(`<input id="y-year" name="year"[^>]*value="${year}"[^>]*aria-invalid="true"[^>]*autofocus`));
      expect(html).toContain('Enter a year as YYYY, from 2000 to this year.');
    }
  });
});
