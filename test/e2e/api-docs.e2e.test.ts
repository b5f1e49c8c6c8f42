/**
 * The API reference in Debian's Chromium against the real local server (issue 10): Redoc,
 * served from our own origin under the page's CSP, draws the operations of /api/openapi.json,
 * and the browser reports no CSP violation and no script error on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startLocalServer, type LocalServer } from '../support/local-server.ts';
import { launchBrowser } from './support/browser.ts';

let server: LocalServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startLocalServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in a context of its own (axe needs one it can open frames in), at desktop width. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

/** Every CSP violation the page reports (the DOM event, and Chromium's console line), and every script error. */
async function watched(page: Page): Promise<string[]> {
  const problems: string[] = [];
  // Runs before the page's own scripts, outside its CSP (the browser injects it).
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
    console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')))`);
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|CSP violation/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  return problems;
}

describe('/api/docs in a browser', () => {
  it('renders the operations with Redoc (listCases among them) and reports no CSP violation', async () => {
    const page = await newPage();
    const problems = await watched(page);
    const answer = await page.goto(`${server.url}/api/docs`);
    expect(answer?.status()).toBe(200);

    // Redoc gives each operation a section named by its operationId.
    const listCases = page.locator('[data-section-id="operation/listCases"]');
    await listCases.waitFor({ timeout: 30_000 });
    await expect(listCases.locator('h2').first().textContent()).resolves.toMatch(/\S/);
    const operations = await page.locator('[data-section-id^="operation/"]').count();
    console.info(`Redoc drew ${operations} operations`);
    expect(operations).toBeGreaterThan(50);
    // The search box runs in its worker (worker-src blob:): typing finds an operation.
    await page.locator('input[placeholder="Search..."]').fill('sign');
    await page.locator('[data-role="search:results"] li').first().waitFor({ timeout: 10_000 });

    expect(await page.title()).toMatch(/API reference/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps our own words in the language asked for, accessible (axe: no serious or critical finding on them)', async () => {
    const page = await newPage();
    const problems = await watched(page);
    await page.goto(`${server.url}/api/docs?lang=fr`);
    await page.locator('[data-section-id="operation/listCases"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.locator('.api-docs-intro h1').textContent()).resolves.toBe('Référence de l’API');
    await expect(page.locator('header a[href="/"]').last().textContent()).resolves.toBe('Retour à Tandem');
    // Our header and introduction; Redoc's own markup is the package's.
    const axe = await new AxeBuilder({ page }).include('header.top').include('.api-docs-intro').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
