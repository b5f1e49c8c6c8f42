/**
 * Chooses each request's language and time zone. A signed-in member's saved
 * language wins; otherwise `?lang=` (the switcher's links, then remembered in
 * a cookie), the cookie, then the browser's Accept-Language (Hono's
 * languageDetector), then English. `<html lang>` and Content-Language follow.
 *
 * Two steps: `detectLanguage` runs early, so even an answer refused before
 * the session is read (CSRF, body limit) speaks the browser's language;
 * `applyMemberLanguage` runs after the session and applies the member's choice.
 */
import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { languageDetector } from 'hono/language';
import { isUiLanguage, PSEUDO_LOCALE, UI_LANGUAGES, type Locale } from '#shared/i18n/languages.ts';
import { isCatalogLoaded, loadCatalog } from '#shared/i18n/catalog.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import type { AppEnv } from '../env.ts';

export const LANGUAGE_COOKIE = 'tandem_lang';
const SUPPORTED: Locale[] = [...UI_LANGUAGES, PSEUDO_LOCALE];

const isLocale = (value: unknown): value is Locale => isUiLanguage(value) || value === PSEUDO_LOCALE;

/** The locale's catalog, imported on the first request in its language (no await once it is there). */
const catalogFor = (locale: Locale): Promise<void> | undefined => (isCatalogLoaded(locale) ? undefined : loadCatalog(locale));

export function detectLanguage(): MiddlewareHandler<AppEnv> {
  const detect = languageDetector({
    supportedLanguages: SUPPORTED,
    fallbackLanguage: 'en',
    order: ['querystring', 'cookie', 'header'],
    lookupQueryString: 'lang',
    lookupCookie: LANGUAGE_COOKIE,
    // Only an explicit choice (the switcher's ?lang=) is remembered, below; never the browser's guess.
    caches: false,
  });
  return async (c, next) =>
    detect(c, async () => {
      const detected = c.get('language');
      const locale: Locale = isLocale(detected) ? detected : 'en';
      const asked = c.req.query('lang');
      if (asked && isLocale(asked)) {
        setCookie(c, LANGUAGE_COOKIE, asked, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', maxAge: 365 * 24 * 3600 });
      }
      await catalogFor(locale);
      c.set('i18n', translatorFor(locale));
      await next();
      // On the answer's own headers: c.header() after the answer is made rebuilds the whole Response.
      c.res.headers.set('Content-Language', c.get('i18n').locale);
      c.res.headers.append('Vary', 'Accept-Language');
    });
}

export function applyMemberLanguage(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const viewer = c.get('viewer');
    if (viewer.kind === 'member') {
      // The pseudo-locale is asked for explicitly (?lang=en-XA, then its cookie) by testers and
      // reviewers, and no one can save it: it wins over the saved language, or no member page could be checked in it.
      const asked = c.get('i18n').locale;
      const locale = asked === PSEUDO_LOCALE ? asked : (viewer.uiLanguage ?? asked);
      await catalogFor(locale);
      c.set('i18n', translatorFor(locale, viewer.timeZone ?? 'UTC'));
    }
    await next();
  };
}
