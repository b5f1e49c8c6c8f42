/**
 * The language switcher on every page, each language named in itself. For
 * visitors: one link per language to the same page with `?lang=`
 * (remembered in a cookie). For signed-in members, whose saved language wins
 * over `?lang=`: one small form per language posting to `/me/language`,
 * which saves it and comes back to this page.
 */
import { tryGetContext } from 'hono/context-storage';
import { LANGUAGE_NAMES, UI_LANGUAGES, type UiLanguage } from '#shared/i18n/languages.ts';
import type { AppEnv } from '../env.ts';
import { useTranslator } from './use-translator.ts';

const currentUrl = () => new URL(tryGetContext<AppEnv>()?.req.url ?? 'http://localhost/');

/** The current page's address with `lang` set (other query parameters kept). */
function hrefIn(url: URL, language: string): string {
  const query = new URLSearchParams(url.search);
  query.set('lang', language);
  return `${url.pathname}?${query}`;
}

/** The current page's address without `lang`, for the member's form to come back to. */
function here(url: URL): string {
  const query = new URLSearchParams(url.search);
  query.delete('lang');
  const rest = query.toString();
  return rest ? `${url.pathname}?${rest}` : url.pathname;
}

function SaveLanguageForm(props: { language: UiLanguage; back: string }) {
  return (
    <form method="post" action="/me/language">
      <input type="hidden" name="language" value={props.language} />
      <input type="hidden" name="back" value={props.back} />
      <button type="submit" class="link" lang={props.language}>{LANGUAGE_NAMES[props.language]}</button>
    </form>
  );
}

export function LanguageSwitcher() {
  const { t, locale } = useTranslator();
  const member = tryGetContext<AppEnv>()?.get('viewer')?.kind === 'member';
  // The request's address parsed once for the page, not once per language.
  const url = currentUrl();
  const back = member ? here(url) : '';
  return (
    <nav class="languages" aria-label={t('common.switcher.label')}>
      <ul>
        {UI_LANGUAGES.map((language) =>
          language === locale ? (
            <li><span aria-current="true" lang={language}>{LANGUAGE_NAMES[language]}</span></li>
          ) : member ? (
            <li><SaveLanguageForm language={language} back={back} /></li>
          ) : (
            <li><a href={hrefIn(url, language)} hreflang={language} lang={language}>{LANGUAGE_NAMES[language]}</a></li>
          ),
        )}
      </ul>
    </nav>
  );
}
