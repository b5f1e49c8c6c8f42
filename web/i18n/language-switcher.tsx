/**
 * The language switcher on every page: one link per language, in that
 * language, to the same page with `?lang=` (remembered in a cookie). A member
 * with a saved language changes it in the settings; the links still show
 * where they are.
 */
import { tryGetContext } from 'hono/context-storage';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '#shared/i18n/languages.ts';
import type { AppEnv } from '../env.ts';
import { useTranslator } from './use-translator.ts';

/** The current page's address with `lang` set (other query parameters kept). */
function hrefIn(language: string): string {
  const url = new URL(tryGetContext<AppEnv>()?.req.url ?? 'http://localhost/');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
}

export function LanguageSwitcher() {
  const { t, locale } = useTranslator();
  return (
    <nav class="languages" aria-label={t('common.switcher.label')}>
      <ul>
        {UI_LANGUAGES.map((language) =>
          language === locale ? (
            <li><span aria-current="true" lang={language}>{LANGUAGE_NAMES[language]}</span></li>
          ) : (
            <li><a href={hrefIn(language)} hreflang={language} lang={language}>{LANGUAGE_NAMES[language]}</a></li>
          ),
        )}
      </ul>
    </nav>
  );
}
