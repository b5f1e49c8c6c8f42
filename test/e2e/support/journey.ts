/**
 * What every journey file sets up the same way: the local server (`npm start`'s own code) and
 * Chromium, started once for the file, a browser context per person, and all of it closed at the
 * end. Call `useJourney()` at the top of a file; read `server` and `browser` inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startLocalServer, type LocalServer } from '../../support/local-server.ts';
import { launchBrowser, signIn } from './browser.ts';

export interface Journey {
  readonly server: LocalServer;
  readonly browser: Browser;
  /** A page in a context of its own (1280 × 900 unless told). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A new person, signed in through the outbox; `check: false` when the landing page is checked later. */
  pageAs(email: string, step: string, options?: { check?: boolean; context?: BrowserContextOptions }): Promise<Page>;
}

export function useJourney(): Journey {
  let server: LocalServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startLocalServer(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });
  const journey: Journey = {
    get server() {
      if (!server) throw new Error('the journey has not started (useJourney() registers its beforeAll)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the journey has not started (useJourney() registers its beforeAll)');
      return browser;
    },
    async newPage(options = {}) {
      const context = await journey.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      return context.newPage();
    },
    async pageAs(email, step, options = {}) {
      const page = await journey.newPage(options.context);
      await signIn(page, journey.server.url, email, step, { check: options.check ?? true });
      return page;
    },
  };
  return journey;
}
