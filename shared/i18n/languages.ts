/**
 * The languages Tandem speaks. `en-XA` is a pseudo-locale for tests and
 * reviewers only: English, accented and 40% longer, so any string that
 * bypasses the catalogs, and any layout that breaks on longer words, shows.
 */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const PSEUDO_LOCALE = 'en-XA';
export type Locale = UiLanguage | typeof PSEUDO_LOCALE;

/** Each language's name in itself, for the switcher and the settings page. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
};

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/** The language whose Intl rules (plurals, dates, numbers) a locale uses. */
export const intlLanguageOf = (locale: Locale): UiLanguage => (locale === PSEUDO_LOCALE ? 'en' : locale);
