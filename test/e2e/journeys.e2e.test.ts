/**
 * Browser journeys against the real local server (npm start on a free port,
 * fresh data folder, seeded demo network), in Debian's Chromium. They run in
 * order and build on each other: the case the coordinator creates and pauses
 * must then be invisible to the MP and the public; the join request the
 * visitor sends is the one the coordinator approves. Every page visited is
 * checked (axe, 360 px, screenshot); the main actions are done by keyboard.
 * They run once in Spanish and once in Russian, one after the other on the same server:
 * elements are found by id, form name or address, and the few words looked
 * for come from the catalogs (the translator), never written in English here.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startLocalServer, type LocalServer } from '../support/local-server.ts';
import { ARTIFACTS, activate, checkPage, launchBrowser, signIn, tabTo, typeInto, writeSummary } from './support/browser.ts';
import { openIn } from './support/languages.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';
import type { UiLanguage } from '#shared/i18n/languages.ts';

// The journeys find words through the catalogs of languages this process has not loaded yet.
await loadAllCatalogs();

/** The languages the journeys run in (English is what the other e2e files and the integration tests speak). */
const JOURNEY_LANGUAGES: UiLanguage[] = ['es', 'ru'];
const durations: Record<string, number> = {};
let browser: Browser;
let server: LocalServer;
// A journey checks every page it visits (axe twice, two screenshots): the longest take minutes on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

beforeAll(async () => {
  const started = performance.now();
  // This run's screenshots only: a stale failed-*.png would mislead.
  await rm(ARTIFACTS, { recursive: true, force: true });
  [server, browser] = await Promise.all([startLocalServer(), launchBrowser()]);
  durations['server and browser start'] = Math.round(performance.now() - started);
});

afterAll(async () => {
  await writeSummary(durations);
  await browser?.close();
  await server?.stop();
});

for (const locale of JOURNEY_LANGUAGES) describe(`journeys in ${locale}`, () => journeysIn(locale));


function journeysIn(locale: UiLanguage) {
const { t } = translatorFor(locale);
/** Screenshots and step names carry the language. */
const step = (name: string) => `${locale}-${name}`;
const contexts: BrowserContext[] = [];

/** The coordinator's page, kept open from the first journey to the last. */
let coordinator: Page;
/** The page a journey is on, for a screenshot when it fails. */
let current: Page | undefined;
/** Made by the first journey: its name, and its id. */
const created = { name: `E2E Defender ${locale} ${Date.now().toString(36)}`, id: '' };
const applicant = { name: 'Astrid E2E MP', email: `applicant.${locale}.${Date.now().toString(36)}@example.org` };

async function newPage(): Promise<Page> {
  // The browser asks for the language too (Accept-Language), as a Spanish or Russian browser does.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  contexts.push(context);
  current = await context.newPage();
  return current;
}

/** Names in the case table, as shown. */
const listedNames = (page: Page) => page.locator('table.cases tbody th a').allInnerTexts();

const timed = (name: string, fn: () => Promise<void>) => async () => {
  const started = performance.now();
  try {
    await fn();
  } catch (error) {
    await current?.screenshot({ path: `${ARTIFACTS}failed-${locale}-${name.replace(/\W+/g, '-')}.png`, fullPage: true }).catch(() => {});
    throw error;
  } finally {
    durations[`${locale} ${name}`] = Math.round(performance.now() - started);
  }
};

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
});

{
  it('the coordinator signs in, creates a case through the form, posts a timeline event, pauses publicity', timed('coordinator', async () => {
    coordinator = await newPage();
    const page = coordinator;
    await signIn(page, server.url, 'coordinator@example.org', step('01-coordinator'), { locale });
    // A coordinator lands on the dashboard (issue 13); the case list is one link away in the navigation.
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await activate(page, 'nav a[href="/cases"]');
    await checkPage(page, step('01-coordinator-cases'));

    await activate(page, 'nav a[href="/cases/new"]');
    await checkPage(page, step('01-coordinator-new-case-form'));
    await typeInto(page, '#defenderName', created.name);
    await page.selectOption('#country', 'CO');
    await page.check('input[name=themes][value=land_environment]');
    await page.check('input[name="riskStatuses"][value="threatened"]');
    await page.check('input[name=visibility][value=public]');
    await page.selectOption('#consentBasis', 'explicit_consent');
    await typeInto(page, '#summary', 'A fictional defender created by the browser journey.');
    await typeInto(page, '#recommendedActions', 'Public statement');
    await activate(page, 'main form button[type=submit]');
    expect(new URL(page.url()).pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    created.id = new URL(page.url()).pathname.split('/')[2]!;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(created.name);
    await checkPage(page, step('01-coordinator-case-created'));

    await page.selectOption('#event-type', 'threat');
    await page.fill('#event-date', '2026-11-20');
    await typeInto(page, '#event-title', 'Death threat by text message');
    await activate(page, 'form[action$="/events"] button[type=submit]');
    await page.locator('ol.timeline', { hasText: 'Death threat by text message' }).waitFor();
    await checkPage(page, step('01-coordinator-event-posted'));

    await typeInto(page, '#pause-reason', 'Reprisal after a public statement');
    await page.selectOption('#pause-basis', 'reprisal');
    await activate(page, 'form[action$="/pause"] button[type=submit]');
    // Paused (the API's language-neutral record), and the page shows since when.
    const { pausedAt } = (await (await page.request.get(`${server.url}/api/cases/${created.id}`)).json()) as { pausedAt?: string };
    expect(pausedAt).toBeTruthy();
    await page.locator(`main time[datetime^="${pausedAt!.slice(0, 10)}"]`).first().waitFor();
    await checkPage(page, step('01-coordinator-paused'));
  }));

  it('an MP signs in and sees network cases but not the restricted ones', timed('mp', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'mp.one@example.org', step('02-mp'), { locale });
    // An MP lands on their home (issue 13); the case list is one link away in the navigation.
    expect(new URL(page.url()).pathname).toBe('/home');
    await activate(page, 'nav a[href="/cases"]');
    const names = await listedNames(page);
    expect(names).toContain('Julián Mora'); // network
    expect(names).toContain('Ana Lucía Restrepo'); // public
    expect(names).not.toContain('Defender K. (pseudonym)'); // restricted, not named
    expect(names).not.toContain(created.name); // paused: restricted now
    await checkPage(page, step('02-mp-cases'));

    await activate(page, 'table.cases a:text-is("Julián Mora")');
    // The warning not to mention the defender publicly.
    await page.locator('main .notice').first().waitFor();
    await checkPage(page, step('02-mp-network-case'));

    const response = await page.goto(`${server.url}/cases/${created.id}`);
    expect(response?.status()).toBe(404);
    await checkPage(page, step('02-mp-paused-case-404'));
  }));

  it('an anonymous visitor sees only public cases and submits the join form', timed('visitor', async () => {
    const page = await newPage();
    await openIn(page, server.url, locale);
    await checkPage(page, step('03-visitor-home'));
    await activate(page, 'nav a[href="/cases"]');
    const names = await listedNames(page);
    const publicApi = (await (await page.request.get(`${server.url}/api/cases?limit=100`)).json()) as { items: { defenderName: string }[] };
    expect(names.length).toBeGreaterThan(0);
    expect(names.sort()).toEqual(publicApi.items.map((c) => c.defenderName).sort());
    for (const hidden of ['Julián Mora', 'Defender K. (pseudonym)', created.name]) expect(names).not.toContain(hidden);
    await checkPage(page, step('03-visitor-cases'));

    await activate(page, 'nav a[href="/join"]');
    await checkPage(page, step('03-visitor-join-form'));
    await typeInto(page, '#name', applicant.name);
    await typeInto(page, '#email', applicant.email);
    await typeInto(page, '#institution', 'Riksdag');
    await page.selectOption('#country', 'SE');
    const sent = page.waitForResponse((r) => new URL(r.url()).pathname === '/join' && r.request().method() === 'POST');
    await activate(page, 'main form button[type=submit]');
    // 202: received (the page says so in the visitor's language, as a status message).
    expect((await sent).status()).toBe(202);
    await page.locator('main [role=status]').waitFor();
    await checkPage(page, step('03-visitor-join-sent'));
  }));

  it('the coordinator approves the request and the invitation appears in the outbox', timed('approval', async () => {
    const page = coordinator;
    current = page;
    await activate(page, 'nav a[href="/join-requests"]');
    const request = page.locator('article.panel', { hasText: applicant.email });
    await request.waitFor();
    await checkPage(page, step('04-coordinator-join-requests'));
    await activate(page, `article.panel:has-text("${applicant.email}") form[action$="/approve"] button[type=submit]`);
    expect(await page.locator('article.panel', { hasText: applicant.email }).count()).toBe(0);
    await checkPage(page, step('04-coordinator-approved'));

    await page.goto(`${server.url}/dev/outbox`);
    const invitation = page.locator(`article.mail[data-to="${applicant.email}"]`);
    await invitation.first().waitFor();
    // One email to the applicant, with a subject, and a one-time link that signs them in.
    expect(await invitation.count()).toBe(1);
    expect((await invitation.locator('h2').innerText()).trim()).not.toBe('');
    expect(await invitation.locator('a[href*="/auth/verify?token="]').count()).toBeGreaterThanOrEqual(1);
    await checkPage(page, step('04-outbox-invitation'));
  }));

  it('the skip link is the first Tab stop and moves focus to the main content', timed('skip link', async () => {
    const page = await newPage();
    await openIn(page, `${server.url}/cases`, locale);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe(t('common.layout.skip'));
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await tabTo(page, '#f-country');
  }));
}
}
