/**
 * Browser checks in a language: open pages with `?lang=` (the switcher's
 * link, remembered in a cookie) and make sure the page is in it; for a member
 * whose saved language wins, save the asked one through the preferences API.
 * The app's pages come from its own routes (a throwaway app, never served),
 * not from a hand list.
 */
import type { Page } from 'playwright-core';
import { createApp } from '#web/app.tsx';
import type { WebDeps } from '#web/env.ts';
import { outboxRoutes } from '#web/dev/outbox.routes.tsx';
import { isUiLanguage, type Locale } from '#shared/i18n/languages.ts';

export const withLang = (url: string, locale: Locale): string => {
  const parsed = new URL(url);
  parsed.searchParams.set('lang', locale);
  return parsed.toString();
};

const langOf = (page: Page) => page.evaluate<string>('document.documentElement.lang');

/**
 * Makes `page` speak `locale` from now on and opens `url` in it. A member's
 * saved language wins over `?lang=`: then the asked language is saved (as a
 * person does in the settings) and the page reloaded. Throws if the page is
 * still in another language.
 */
export async function openIn(page: Page, url: string, locale: Locale): Promise<void> {
  await page.goto(withLang(url, locale));
  if ((await langOf(page)) === locale) return;
  if (isUiLanguage(locale)) {
    const origin = new URL(url).origin;
    const current = await page.request.get(`${origin}/api/me/preferences`);
    if (current.ok()) {
      const saved = await page.request.put(`${origin}/api/me/preferences`, {
        headers: { origin, 'if-match': current.headers().etag ?? '"0"', 'content-type': 'application/json' },
        data: { ...((await current.json()) as object), uiLanguage: locale },
      });
      if (!saved.ok()) throw new Error(`saving the UI language ${locale} answered ${saved.status()}: ${await saved.text()}`);
      await page.goto(withLang(url, locale));
    }
  }
  const lang = await langOf(page);
  if (lang !== locale) throw new Error(`${url} asked in ${locale} is in ${lang}`);
}

/** A route pattern of the app (`/cases/:id`) and the paths it matches. */
export interface PageRoute {
  route: string;
  matches(path: string): boolean;
}

/** The app's GET routes that are pages: not the JSON API, not the stylesheet, not calendar files. */
export function appPageRoutes(): PageRoute[] {
  const deps = { appUrl: 'http://localhost', secret: 'unused', log: { info() {}, error() {} }, localRoutes: outboxRoutes({ list: async () => [] }) };
  const app = createApp(deps as unknown as WebDeps);
  const routes = [...new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path))]
    .filter((route) => !route.startsWith('/api/') && !route.startsWith('/assets/'));
  return routes.map((route) => {
    const pattern = new RegExp(`^${route.replace(/:[^/]+/g, '[^/]+').replace(/\./g, '\\.')}$`);
    return { route, matches: (path: string) => pattern.test(path) };
  });
}

/** The most specific route a path matches (`/cases/new` is the form, not the case `new`). */
export function routeOf(routes: PageRoute[], path: string): string | undefined {
  const matching = routes.filter((r) => r.matches(path));
  return matching.sort((a, b) => (a.route.match(/:/g)?.length ?? 0) - (b.route.match(/:/g)?.length ?? 0))[0]?.route;
}
