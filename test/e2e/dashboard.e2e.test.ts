/**
 * Coverage at a glance in a browser, against the real local server (its
 * DynamoDB stream poller runs inside it, as in `npm start`): each role lands
 * on its home after signing in (the coordinator's dashboard, the MP's and the
 * diplomat's home), every page is checked (axe at 1280 and 360 px with 0
 * serious or critical findings, no sideways scroll at 360 px, screenshots in
 * test/artifacts/e2e/); the dashboard's figures follow an MP's new pledge
 * within 5 seconds; the open gaps by kind (counted by the server's reminder
 * timer) and a new intake report with its triage age show, charts beside
 * their tables; the annual report prints to an A4 PDF.
 */
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { request, type Page } from 'playwright-core';
import { useJourney } from './support/journey.ts';
import { activate, ARTIFACTS, checkPage } from './support/browser.ts';
import { report } from '../support/intake-reports.ts';

const journey = useJourney();
const pageAs = (email: string, step: string) => journey.pageAs(email, step, { check: false });

let coordinator: Page;

/** The promise, on this machine. */
const FOLLOWS_WITHIN_MS = 5_000;

/** Colombia's active cases without an adopter, as the dashboard's table shows them (4th figure of the row). */
const unadoptedInColombia = async (page: Page) =>
  Number(await page.locator('tr[data-country="CO"] td').nth(3).innerText());

describe('coverage at a glance', () => {
  it('the coordinator lands on the dashboard: charts with their tables, the period filter, the CSV', async () => {
    coordinator = await pageAs('coordinator@example.org', '31-coordinator');
    expect(new URL(coordinator.url()).pathname).toBe('/dashboard');
    // A report arrives; the server's timer counts the gaps a few seconds after its start, then every 15 minutes.
    // Sent as a reporter sends it: no session, so no cookie.
    const reporter = await request.newContext();
    expect((await reporter.post(`${journey.server.url}/api/reports`, { data: report(), headers: { origin: new URL(journey.server.url).origin } })).status()).toBe(202);
    await reporter.dispose();
    const started = Date.now();
    const charted = async () => (await coordinator.locator('#gaps-by-kind svg.chart-svg').count()) + (await coordinator.locator('#report-triage svg.chart-svg').count());
    while (Date.now() - started < 20_000 && (await charted()) < 2) {
      await coordinator.waitForTimeout(250);
      await coordinator.reload();
    }
    expect(await coordinator.locator('#gaps-by-kind svg.chart-svg[role="img"]').count()).toBe(1);
    expect(await coordinator.locator('#gaps-by-kind tr[data-kind]').count()).toBe(6);
    expect(await coordinator.locator('#gaps-as-of').innerText()).toMatch(/\d/);
    expect(await coordinator.locator('#report-triage tr[data-age="underADay"] td').innerText()).toBe('1');
    expect(await coordinator.locator('svg.chart-svg[role="img"]').count()).toBeGreaterThanOrEqual(4);
    for (const svg of await coordinator.locator('svg.chart-svg').all()) {
      expect(await svg.locator('title').count()).toBe(1);
      expect(await svg.locator('desc').count()).toBe(1);
    }
    await checkPage(coordinator, '31-coordinator-home-dashboard');

    // The period filter by keyboard: a country, and the page shows it.
    await coordinator.selectOption('#p-country', 'CO');
    await activate(coordinator, 'main form.filters button[type=submit]');
    expect(new URL(coordinator.url()).searchParams.get('country')).toBe('CO');
    await checkPage(coordinator, '31-coordinator-dashboard-colombia');
    const csv = await coordinator.request.get(`${journey.server.url}${await coordinator.locator('a[href^="/dashboard/figures.csv"]').getAttribute('href')}`);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).split('\r\n')[0]).toBe('section,key,figure,value');
  });

  it('the figures follow an MP\'s new pledge within 5 seconds', async () => {
    await coordinator.goto(`${journey.server.url}/dashboard`);
    const before = await unadoptedInColombia(coordinator);
    expect(before).toBeGreaterThan(0);

    const mp = await pageAs('mp.two@example.org', '31-mp-pledge');
    await mp.goto(`${journey.server.url}/cases?country=CO&noAdopter=true`);
    const caseUrl = await mp.locator('main table a[href^="/cases/"]').first().getAttribute('href');
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await mp.goto(`${journey.server.url}${caseUrl}/pledge`);
    await mp.check('input[name=actions][value=letter_authorities]');
    await activate(mp, 'main form button[type=submit]');
    expect(new URL(mp.url()).pathname).toBe(caseUrl);
    const pledged = Date.now();

    let now = before;
    while (now === before && Date.now() - pledged < 4 * FOLLOWS_WITHIN_MS) {
      await coordinator.reload();
      now = await unadoptedInColombia(coordinator);
    }
    const elapsed = Date.now() - pledged;
    console.info(`the dashboard followed the pledge after ${elapsed} ms`);
    expect(now).toBe(before - 1);
    expect(elapsed).toBeLessThan(FOLLOWS_WITHIN_MS);
  });

  it('the annual report shows the year and prints to an A4 PDF', async () => {
    const year = new Date().getUTCFullYear();
    await coordinator.goto(`${journey.server.url}/reports/annual?year=${year}`);
    expect(await coordinator.locator('h1').innerText()).toContain(String(year));
    await checkPage(coordinator, '31-coordinator-annual-report');
    await coordinator.emulateMedia({ media: 'print' });
    expect(await coordinator.locator('header.top').isVisible()).toBe(false);
    await coordinator.emulateMedia({ media: 'screen' });
    const pdf = await coordinator.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(`${ARTIFACTS}31-annual-report.pdf`, pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // A4 is 595 × 842 points.
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });

  it('an MP lands on their home', async () => {
    const mp = await pageAs('mp.one@example.org', '31-mp');
    expect(new URL(mp.url()).pathname).toBe('/home');
    expect(await mp.locator('#commitments').count()).toBe(1);
    // The demo sends no alert: the part says none is waiting.
    expect(await mp.locator('#alerts ~ p.empty').count()).toBe(1);
    await checkPage(mp, '31-mp-home');
  });

  it('a diplomat lands on their posting\'s home', async () => {
    const diplomat = await pageAs('diplomat@example.org', '31-diplomat');
    expect(new URL(diplomat.url()).pathname).toBe('/home');
    expect(await diplomat.locator('#requests').count()).toBe(1);
    expect(await diplomat.locator('#alerts').count()).toBe(1);
    await checkPage(diplomat, '31-diplomat-home');
  });

  it('the pseudo-locale leaves no page sideways at 360 px', async () => {
    for (const path of ['/dashboard', '/reports/annual']) {
      await coordinator.goto(`${journey.server.url}${path}?lang=en-XA`);
      await checkPage(coordinator, `31-coordinator${path.replaceAll('/', '-')}-en-XA`);
    }
  });
});
