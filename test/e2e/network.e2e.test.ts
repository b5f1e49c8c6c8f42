/**
 * The network at work, in a browser against the real local server: the
 * coordinator opens a case and asks the missions in Colombia to observe the
 * trial; an MP adopts it and logs a letter; the diplomat posted there logs
 * the trial observation, which closes the request; the coordinator previews
 * the digest, confirms how many members will receive the week that has
 * ended, sends it, and the emails land in the outbox. Every page is checked
 * (axe, 360 px, screenshot). It runs once in Spanish and once in Russian,
 * each against its own server (a week's digest reaches each member once, so
 * the second run could not send it again): elements are found by id, form name or
 * address, and the words looked for come from the catalogs (the translator).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { isoWeekOf } from '#shared/digests/iso-week.ts';
import { startLocalServer, type LocalServer } from '../support/local-server.ts';
import { activate, checkPage, launchBrowser, signIn, typeInto } from './support/browser.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';
import type { UiLanguage } from '#shared/i18n/languages.ts';

// The journeys find words through the catalogs of languages this process has not loaded yet.
await loadAllCatalogs();

const NETWORK_LANGUAGES: UiLanguage[] = ['es', 'ru'];
let browser: Browser;
// Each step checks every page it visits (axe twice, two screenshots): minutes on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

for (const locale of NETWORK_LANGUAGES) describe(`the network at work, in ${locale}`, () => networkIn(locale));

function networkIn(locale: UiLanguage) {
const { t } = translatorFor(locale);
const step = (name: string) => `${locale}-${name}`;
let server: LocalServer;
const contexts: BrowserContext[] = [];
const defender = `E2E Network Defender ${locale} ${Date.now().toString(36)}`;
let caseUrl = '';
const today = new Date().toISOString().slice(0, 10);
const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
/** The digest that reports the days around now (a week's digest reports the 7 days before its Monday): not sendable yet. */
const reportingNow = isoWeekOf(new Date(Date.now() + 7 * 86_400_000));
/** This Monday's digest: the week it reports has ended, so it can be sent. */
const ended = isoWeekOf(new Date());

async function pageAs(email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, server.url, email, step(name), { locale });
  return page;
}

beforeAll(async () => {
  server = await startLocalServer();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await server?.stop();
});

{
  it('the coordinator creates a case and asks the missions in Colombia to observe the trial', async () => {
    const page = await pageAs('coordinator@example.org', '11-coordinator');
    await activate(page, 'nav a[href="/cases/new"]');
    await typeInto(page, '#defenderName', defender);
    await page.selectOption('#country', 'CO');
    await page.check('input[name=themes][value=labour]');
    await page.check('input[name="riskStatuses"][value="on_trial"]');
    await page.check('input[name=visibility][value=network]');
    await page.selectOption('#consentBasis', 'explicit_consent');
    await typeInto(page, '#summary', 'Union leader on trial; fictional, created by the browser journey.');
    await activate(page, 'main form button[type=submit]');
    caseUrl = new URL(page.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);

    await activate(page, `a[href="${caseUrl}/action-requests/new"]`);
    await checkPage(page, step('11-coordinator-request-form'));
    await page.check('input[name=actionType][value=trial_observation]');
    await page.fill('#dueDate', inTwoWeeks);
    await typeInto(page, '#note', 'The hearing is public; please send an observer.');
    // The form says who will receive the request before it is sent.
    await page.getByText(/Dana Diplomat.*EU Delegation to Colombia/).first().waitFor();
    await activate(page, 'main form[method=post] button[type=submit]');
    expect(new URL(page.url()).pathname).toBe(caseUrl);
    await page.getByText(t('vocabulary.euAction.trial_observation')).first().waitFor();
    await checkPage(page, step('11-coordinator-request-raised'));
  });

  it('an MP adopts the case, logs a letter with evidence, and sees both on the case and in My cases', async () => {
    const page = await pageAs('mp.two@example.org', '12-mp');
    await page.goto(`${server.url}${caseUrl}`);
    await activate(page, `a[href="${caseUrl}/pledge"]`);
    await checkPage(page, step('12-mp-pledge-form'));
    await page.check('input[name=actions][value=letter_authorities]');
    await page.check('input[name=actions][value=trial_observation]');
    await activate(page, 'main form button[type=submit]');
    expect(new URL(page.url()).pathname).toBe(caseUrl);

    await activate(page, `a[href="${caseUrl}/actions/new"]`);
    await page.selectOption('#type', 'letter_authorities');
    await page.fill('#date', today);
    await typeInto(page, '#description', 'Letter to the Attorney General asking for a fair trial');
    await typeInto(page, '#evidenceUrl', 'https://parliament.example/letters/42');
    // The defender consented to the network only: a public action is refused until a coordinator
    // clears it, with the form kept; logged as confidential it goes through.
    await page.check('input[name=public][value=true]');
    const refused = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `${caseUrl}/actions/new`);
    await activate(page, 'main form button[type=submit]');
    // Refused (409: public action not cleared), said as an alert, the form kept.
    expect((await refused).status()).toBe(409);
    await page.locator('main [role=alert]').first().waitFor();
    expect(await page.inputValue('#description')).toBe('Letter to the Attorney General asking for a fair trial');
    await checkPage(page, step('12-mp-public-action-refused'));
    await page.check('input[name=public][value=false]');
    await activate(page, 'main form button[type=submit]');
    expect(new URL(page.url()).pathname).toBe(caseUrl);
    await page.getByText('Letter to the Attorney General asking for a fair trial').first().waitFor();
    await checkPage(page, step('12-mp-action-logged'));

    await activate(page, 'nav a[href="/my-cases"]');
    await page.getByText(defender).first().waitFor();
    await checkPage(page, step('12-mp-my-cases'));
  });

  it('the diplomat in Colombia sees the open request, logs the trial observation, and the request closes', async () => {
    const page = await pageAs('diplomat@example.org', '13-diplomat');
    // A diplomat lands on their home (issue 13); the request list is one link away in the navigation.
    expect(new URL(page.url()).pathname).toBe('/home');
    await activate(page, 'nav a[href="/requests"]');
    const request = page.locator('article', { hasText: defender }).first();
    await request.waitFor();
    await checkPage(page, step('13-diplomat-requests'));
    await request.locator('a[href*="/mission-actions/new"]').click();
    await page.waitForLoadState();
    await checkPage(page, step('13-diplomat-action-form'));
    await page.check('input[name=actionType][value=trial_observation]');
    await typeInto(page, '#mission', 'EU Delegation to Colombia');
    await page.fill('#date', today);
    await typeInto(page, '#outcome', 'Observed the hearing; the court adjourned to next month.');
    await activate(page, 'main form button[type=submit]');
    await page.waitForLoadState();
    expect(await page.locator('article', { hasText: defender }).count()).toBe(0);
    await checkPage(page, step('13-diplomat-request-closed'));
  });

  it('the coordinator previews the digest, confirms how many members will receive the ended week, sends it, and the emails land in the outbox', async () => {
    const page = await pageAs('coordinator@example.org', '14-coordinator');
    await page.goto(`${server.url}/digests/${reportingNow}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: reportingNow }).waitFor();
    // The week still going on offers no send.
    expect(await page.locator(`a[href="/digests/${reportingNow}/send"]`).count()).toBe(0);
    // The email itself sits in a sandboxed frame where axe cannot run (no scripts, by design):
    // the app's page is checked without it; the email's HTML is checked by the digest render tests.
    await page.evaluate("document.querySelectorAll('iframe').forEach((f) => f.remove())");
    await checkPage(page, step('14-coordinator-digest-preview'));

    await page.goto(`${server.url}/digests/${ended}`);
    await activate(page, `a[href="/digests/${ended}/send"]`);
    const stated = Number(await page.locator('input[name="recipients"]').inputValue());
    expect(stated).toBeGreaterThan(0);
    // The page states the number the form carries (in words of the reader's language around it).
    expect(await page.locator('main strong').filter({ hasText: new RegExp(`(^|\\D)${stated}(\\D|$)`) }).count()).toBeGreaterThan(0);
    await checkPage(page, step('14-coordinator-digest-confirm'));
    const before = ((await (await page.request.get(`${server.url}/api/dev/outbox`)).json()) as { items: unknown[] }).items.length;
    await activate(page, `form[action="/digests/${ended}/send"] button[type=submit]`);
    await checkPage(page, step('14-coordinator-digest-sent'));

    let digests: Array<{ to: string; subject: string; headers: Record<string, string> }> = [];
    for (let i = 0; i < 60 && digests.length < stated; i++) {
      const { items } = (await (await page.request.get(`${server.url}/api/dev/outbox`)).json()) as { items: typeof digests };
      digests = items.slice(0, items.length - before).filter((m) => m.headers['list-unsubscribe']);
      if (digests.length < stated) await new Promise((r) => setTimeout(r, 500));
    }
    // As many emails as the confirmation said, to as many members.
    expect(digests.length).toBe(stated);
    expect(new Set(digests.map((m) => m.to)).size).toBe(stated);
    for (const mail of digests) expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    await page.goto(`${server.url}/dev/outbox`);
    await checkPage(page, step('14-outbox-digests'));
  });
}
}
