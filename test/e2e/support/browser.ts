/**
 * Browser helpers for the journeys: Debian's Chromium through playwright-core
 * (no downloaded browsers), and the checks every visited page must pass:
 * axe-core with 0 serious or critical violations, no horizontal scroll at
 * 360 px, and a screenshot of the step's end state in test/artifacts/e2e/.
 * Keyboard helpers move focus with Tab only, as a keyboard user would.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Locale } from '#shared/i18n/languages.ts';
import { openIn } from './languages.ts';

export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/e2e/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NARROW = 360;
/** Enough for the longest page (the coordinator's case page); a bound, not a wait. */
const MAX_TABS = 150;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
    ],
  });
}

export interface AxeFinding {
  page: string;
  url: string;
  width: number;
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** Every finding of any impact, kept for the summary written after the run. */
export const findings: AxeFinding[] = [];
export const visited: { step: string; url: string }[] = [];

async function axe(page: Page, step: string, width: number): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => ({
    page: step, url: new URL(page.url()).pathname, width, id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  findings.push(...found);
  return found.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/**
 * The end state of a step: screenshot, axe at the current width and at
 * 360 px, and no horizontal scroll at 360 px. Throws with the details.
 */
export async function checkPage(page: Page, step: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  visited.push({ step, url: new URL(page.url()).pathname });
  await page.screenshot({ path: `${ARTIFACTS}${step}.png`, fullPage: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const serious = await axe(page, step, size.width);

  await page.setViewportSize({ width: NARROW, height: size.height });
  // Browser-side code as strings: this project's TypeScript has no DOM library.
  const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
  // The innermost elements reaching past the edge, to name what pushes the page sideways.
  const wide = scrollWidth > NARROW
    ? await page.evaluate<string[]>(`[...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > ${NARROW} + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > ${NARROW} + 1))
        .slice(0, 5).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')`)
    : [];
  serious.push(...(await axe(page, step, NARROW)));
  await page.screenshot({ path: `${ARTIFACTS}${step}-360.png`, fullPage: true });
  await page.setViewportSize(size);

  const problems = [
    ...serious.map((f) => `axe ${f.impact} ${f.id} at ${f.width}px: ${f.help} (${f.nodes.join(', ')})`),
    ...(scrollWidth > NARROW ? [`horizontal scroll at ${NARROW}px: scrollWidth ${scrollWidth} (${wide.join(', ')})`] : []),
  ];
  if (problems.length > 0) throw new Error(`${step} (${page.url()}):\n  ${problems.join('\n  ')}`);
}

/** Presses Tab until `selector` has focus; fails if it never does (not reachable by keyboard). */
export async function tabTo(page: Page, selector: string): Promise<void> {
  const target = page.locator(selector).first();
  await target.waitFor();
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
  }
  throw new Error(`${selector} was not reached with ${MAX_TABS} presses of Tab on ${page.url()}`);
}

/** Tab to a control, type into it. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Tab to a button or link and press Enter; waits for the navigation it causes. */
export async function activate(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}

/**
 * Signs in as a keyboard user would: Tab to the address, type it, Tab to the
 * button, Enter; then open the local outbox, follow the newest link sent
 * to that address and press the page's "Sign in" button. Lands on the
 * member's home page, in `locale` (see openIn). Nothing is found by its
 * words: ids, form names and the answer's status, so it works in every language.
 * `check: false` skips the checks of the pages on the way (for runs that check other pages).
 */
export async function signIn(
  page: Page, baseUrl: string, email: string, step: string, options: { locale?: Locale; check?: boolean } = {},
): Promise<void> {
  const { locale = 'en', check = true } = options;
  const checked = (name: string) => (check ? checkPage(page, name) : Promise.resolve());
  await openIn(page, `${baseUrl}/sign-in`, locale);
  await checked(`${step}-sign-in`);
  await typeInto(page, '#email', email);
  const asked = page.waitForResponse((r) => new URL(r.url()).pathname === '/sign-in' && r.request().method() === 'POST');
  await activate(page, 'main form button[type=submit]');
  // 202: the link is on its way (the page says "check your email" in the reader's language).
  expect((await asked).status()).toBe(202);
  await checked(`${step}-check-email`);
  await page.goto(`${baseUrl}/dev/outbox`);
  // The newest email to that address that carries a sign-in link (a notification may have come after it).
  const mail = page.locator(`article.mail[data-to="${email}"]`, { has: page.locator('a[href*="/auth/verify"]') }).first();
  // The link is sent just after the answer: look again until it has arrived.
  for (let tries = 0; (await mail.count()) === 0 && tries < 50; tries++) {
    await page.waitForTimeout(100);
    await page.reload();
  }
  await checked(`${step}-outbox`);
  await Promise.all([page.waitForURL((url) => url.pathname === '/auth/verify'), mail.locator('a[href*="/auth/verify"]').click()]);
  // The link opens a page with a button (a mail scanner's GET uses nothing up); pressing it signs in.
  await checked(`${step}-sign-in-link`);
  await activate(page, 'main form button[type=submit]');
  // The member's own saved language would win over the cookie: make sure the pages are in `locale`.
  const home = page.url();
  await openIn(page, home, locale);
}

/** Writes what axe found (any impact) and which pages were checked, for the report. */
export async function writeSummary(durations: Record<string, number>): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(`${ARTIFACTS}summary.json`, `${JSON.stringify({ visited, findings, durations }, null, 2)}\n`);
}
