/**
 * Intake in a browser against the real local server (npm start on a free port, its SMTP listener
 * on another): an anonymous visitor reports a threat at /report with JavaScript turned off, and a
 * partner reports another by email; the coordinator finds both in triage and converts the first
 * into a network case; an MP finds the new case in the case list. Every page is checked (axe,
 * 360 px, screenshot); the forms are filled by keyboard.
 */
import { describe, expect, it, vi } from 'vitest';
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { useJourney } from './support/journey.ts';
import { ARTIFACTS, activate, checkPage, signIn } from './support/browser.ts';

const journey = useJourney();
const { newPage } = journey;

const stamp = Date.now().toString(36);
const defender = `E2E Reported Defender ${stamp}`;
const emailSubject = `E2E emailed threat ${stamp}`;
let reference = '';
let caseUrl = '';
vi.setConfig({ testTimeout: 240_000 });

describe('a threat reported, triaged and turned into a case', () => {
  let coordinator: Page;

  it('an anonymous visitor reports a threat at /report, without JavaScript', async () => {
    // The page checks (axe runs as a script) in a browser with JavaScript, the report itself in one without.
    const checker = await newPage();
    await checker.goto(`${journey.server.url}/report`);
    await checkPage(checker, '31-visitor-report');

    const visitor = await newPage({ javaScriptEnabled: false });
    await visitor.goto(`${journey.server.url}/report`);
    expect(await visitor.locator('script').count()).toBe(0);
    await visitor.fill('#whatHappened', 'Two men threatened her outside the community radio station yesterday.');
    await visitor.selectOption('#country', 'CO');
    await visitor.fill('#region', 'Cauca');
    await visitor.fill('#atRisk', defender);
    await visitor.fill('#organisation', 'Radio Comunitaria');
    await visitor.check('input[name=immediateDanger][value=no]');
    await visitor.check('input[name=mayShareWithNetwork][value=yes]');
    await visitor.check('input[name=mayPublish][value=no]');
    const answered = visitor.waitForResponse((r) => new URL(r.url()).pathname === '/report' && r.request().method() === 'POST');
    await visitor.click('main form button[type=submit]');
    expect((await answered).status()).toBe(202);
    const said = await visitor.locator('#report-reference').innerText();
    reference = said.match(/R-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0] ?? '';
    expect(reference, said).not.toBe('');
    await visitor.screenshot({ path: `${ARTIFACTS}31-visitor-reported.png`, fullPage: true });
  });

  it('a partner reports another threat by email, through the SMTP listener npm start runs', async () => {
    await nodemailer.createTransport({ host: '127.0.0.1', port: journey.server.smtpPort, secure: false, ignoreTLS: true }).sendMail({
      from: 'Partner Desk <partner.desk@example.net>', to: 'report@tandem.localhost', subject: emailSubject,
      text: 'A journalist in Tumaco received a death threat by phone.',
    });
  });

  it('the coordinator finds both in triage and converts the web report into a network case', async () => {
    coordinator = await newPage();
    await signIn(coordinator, journey.server.url, 'coordinator@example.org', '31-coordinator');
    await coordinator.goto(`${journey.server.url}/reports`);
    await checkPage(coordinator, '31-coordinator-triage');
    expect(await coordinator.locator('#reports tbody tr').count()).toBe(2);
    // The other report is the emailed one: its page shows the subject and the body.
    const emailed = await coordinator.locator('#reports tbody th a').filter({ hasNotText: reference }).getAttribute('href');
    await activate(coordinator, `#reports a[href="${emailed}"]`);
    expect(await coordinator.locator('#report-text').innerText()).toContain(emailSubject);
    await checkPage(coordinator, '31-coordinator-emailed-report');

    await coordinator.goto(`${journey.server.url}/reports`);
    await activate(coordinator, `#reports a:has-text("${reference}")`);
    await checkPage(coordinator, '31-coordinator-report');
    await activate(coordinator, '#convert-report');
    await checkPage(coordinator, '31-coordinator-convert');
    // Prefilled from the report: the defender, the country, and network visibility (the reporter allowed the network, not publicity).
    expect(await coordinator.inputValue('#defenderName')).toBe(defender);
    expect(await coordinator.inputValue('#country')).toBe('CO');
    expect(await coordinator.isChecked('input[name=visibility][value=network]')).toBe(true);
    await coordinator.check('input[name=themes][value=journalism]');
    await activate(coordinator, 'main form button[type=submit]');
    caseUrl = new URL(coordinator.url()).pathname;
    expect(caseUrl, await coordinator.locator('main').innerText()).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await checkPage(coordinator, '31-coordinator-new-case');

    // Both links: the case's sensitive page names its source report, the report its case.
    await coordinator.goto(`${journey.server.url}${caseUrl}/sensitive`);
    expect(await coordinator.locator('#source-report').innerText()).toContain(reference);
    await activate(coordinator, '#source-report a');
    expect(await coordinator.locator(`a[href="${caseUrl}"]`).count()).toBe(1);
    await checkPage(coordinator, '31-coordinator-converted-report');
  });

  it('an MP finds the new case in the case list, and nothing of the report', async () => {
    const mp = await newPage();
    await signIn(mp, journey.server.url, 'mp.one@example.org', '31-mp');
    await mp.goto(`${journey.server.url}/cases`);
    expect(await mp.locator('table.cases tbody th a').allInnerTexts()).toContain(defender);
    await activate(mp, `table.cases a[href="${caseUrl}"]`);
    await checkPage(mp, '31-mp-case');
    expect(await mp.locator('main').innerText()).not.toContain(reference);
    const triage = await mp.goto(`${journey.server.url}/reports`);
    expect(triage?.status()).toBe(403);
  });
});
