/**
 * The pages in every language, in Debian's Chromium against the real local
 * server (issue 17's "Done when"):
 * - axe: 0 serious or critical violations at 360 and 1280 px on a
 *   representative page of each feature slice, in en, fr, es, ru (one test
 *   per language, so each reports on its own);
 * - no sideways scroll at 360 px in the pseudo-locale (40% longer words) on
 *   every page a coordinator and an MP reach by following links from their
 *   home page, one page per route of the app (the routes come from the app).
 * One browser; one context per member, reused across languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PSEUDO_LOCALE, UI_LANGUAGES, type Locale } from '#shared/i18n/languages.ts';
import { startLocalServer, type LocalServer } from '../support/local-server.ts';
import { launchBrowser, signIn } from './support/browser.ts';
import { appPageRoutes, openIn, routeOf, withLang } from './support/languages.ts';

/** axe runs in every language people use; the pseudo-locale is for the sideways-scroll check below. */
const LANGUAGES: Locale[] = [...UI_LANGUAGES];
const WIDTHS = [360, 1280];
/** At most this many pages per member: a bound on the crawl, far above the app's page count. */
const MAX_PAGES = 80;

let server: LocalServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Partial<Record<'anonymous' | 'coordinator' | 'mp', Page>> = {};

beforeAll(async () => {
  [server, browser] = await Promise.all([startLocalServer(), launchBrowser()]);
  for (const [who, email] of [['anonymous', undefined], ['coordinator', 'coordinator@example.org'], ['mp', 'mp.one@example.org']] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    if (email) await signIn(page, server.url, email, `lang-${who}`, { check: false });
    pages[who] = page;
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
});

/** The first case a member's case list links to: the slices' case pages hang off it. */
async function firstCasePath(page: Page): Promise<string> {
  await page.goto(`${server.url}/cases`);
  const href = await page.locator('table.cases a[href^="/cases/"], main a[href^="/cases/"]').first().getAttribute('href');
  if (!href) throw new Error('the case list links to no case');
  return href;
}

/** Serious and critical axe violations on the page as it is, at `width`. */
async function seriousViolations(page: Page, width: number): Promise<string[]> {
  await page.setViewportSize({ width, height: 900 });
  // The digest email sits in a sandboxed frame where axe cannot run (no scripts, by design);
  // the email's own HTML is checked by the digest render tests.
  await page.evaluate("document.querySelectorAll('iframe').forEach((f) => f.remove())");
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} at ${width}px: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe in every language', () => {
  let casePath: string;
  beforeAll(async () => {
    casePath = await firstCasePath(pages.coordinator!);
  });

  /** One representative page per feature slice (and the shell's own: error page, outbox). */
  const representative = (): Array<[slice: string, who: keyof typeof pages, path: string]> => [
    ['auth', 'anonymous', '/sign-in'],
    ['members: join', 'anonymous', '/join'],
    ['members: roster', 'coordinator', '/members'],
    ['settings', 'mp', '/settings'],
    ['cases', 'coordinator', '/cases'],
    ['case-safety', 'coordinator', casePath],
    ['pledges', 'mp', `${casePath}/pledge`],
    ['missions', 'coordinator', '/gaps'],
    ['calendar', 'mp', '/calendar'],
    ['digests', 'coordinator', '/digests'],
    ['alerts', 'coordinator', `${casePath}/alerts/new`],
    ['coverage: dashboard', 'coordinator', '/dashboard'],
    ['coverage: MP home', 'mp', '/home'],
    ['coverage: annual report', 'coordinator', '/reports/annual?year=2026'],
    ['intake: report form', 'anonymous', '/report'],
    ['intake: triage', 'coordinator', '/reports'],
    ['imports', 'coordinator', '/imports'],
    ['attachments', 'coordinator', `${casePath}/attachments/new`],
    ['proceedings', 'coordinator', `${casePath}/proceedings/new`],
    ['proceedings: UN communication', 'coordinator', `${casePath}/communications/un-sr`],
    ['risk', 'coordinator', `${casePath}/risk`],
    ['members: join requests', 'coordinator', '/join-requests'],
    ['audit', 'coordinator', `${casePath}/audit`],
    ['error page', 'anonymous', '/no-such-page'],
    ['outbox', 'anonymous', '/dev/outbox'],
  ];

  for (const locale of LANGUAGES) {
    it(`0 serious or critical violations at ${WIDTHS.join(' and ')} px on a page of each slice, in ${locale}`, { timeout: 600_000 }, async () => {
      const problems: string[] = [];
      let checked = 0;
      for (const [slice, who, path] of representative()) {
        const page = pages[who]!;
        await openIn(page, `${server.url}${path}`, locale);
        for (const width of WIDTHS) {
          checked++;
          for (const v of await seriousViolations(page, width)) problems.push(`[${locale}] ${slice} ${new URL(page.url()).pathname}: ${v}`);
        }
      }
      console.log(`axe in ${locale}: ${checked} checks (${checked / WIDTHS.length} pages × ${WIDTHS.length} widths), ${problems.length} serious or critical`);
      expect(problems).toEqual([]);
    });
  }
});

/**
 * Opens `url`; once more if Chromium aborted the first navigation (it does,
 * now and then, on a redirect under load), so only a page that never loads fails.
 */
async function visit(page: Page, url: string) {
  try {
    return await page.goto(url);
  } catch (error) {
    if (!String(error).includes('ERR_ABORTED')) throw error;
    await page.waitForTimeout(500);
    return page.goto(url);
  }
}

describe(`no sideways scroll at 360 px in ${PSEUDO_LOCALE}`, () => {
  const routes = appPageRoutes();

  for (const who of ['coordinator', 'mp'] as const) {
    it(`every page a ${who} reaches, one per route`, { timeout: 300_000 }, async () => {
      const page = pages[who]!;
      await page.setViewportSize({ width: 360, height: 800 });
      const seen = new Map<string, string>();
      const queue = [`${server.url}/`];
      const problems: string[] = [];
      while (queue.length > 0 && seen.size < MAX_PAGES) {
        const url = queue.shift()!;
        // Always en-XA: a switcher link's own ?lang= would change the language of what follows.
        const response = await visit(page, withLang(url, PSEUDO_LOCALE));
        if (!response || !(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
        const path = new URL(page.url()).pathname;
        const route = routeOf(routes, path);
        if (!route || seen.has(route)) continue;
        seen.set(route, path);
        const lang = await page.evaluate<string>('document.documentElement.lang');
        if (lang !== PSEUDO_LOCALE) problems.push(`${path}: in ${lang}, not ${PSEUDO_LOCALE}`);
        const [scrollWidth, clientWidth] = await page.evaluate<[number, number]>('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
        if (scrollWidth > clientWidth) problems.push(`${path} (${route}): scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
        // Links to pages of routes not seen yet (same origin; downloads and feeds are skipped by type above).
        const hrefs = await page.locator('a[href^="/"]:not([download])').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        for (const href of hrefs) {
          const next = new URL(href, server.url);
          const nextRoute = routeOf(routes, next.pathname);
          if (nextRoute && !seen.has(nextRoute) && !queue.some((q) => routeOf(routes, new URL(q).pathname) === nextRoute)) queue.push(next.toString());
        }
      }
      console.log(`${who} in ${PSEUDO_LOCALE} at 360 px: ${seen.size} pages of ${routes.length} page routes: ${[...seen.keys()].join(' ')}`);
      expect(seen.size).toBeGreaterThan(5);
      expect(problems).toEqual([]);
    });
  }
});
