/**
 * Key parity between the catalogs: every language must have exactly the
 * English keys. The typecheck enforces it; this says it at run time, for the
 * catalog test and the every-page test (which must fail on a missing key
 * even when the typecheck was skipped).
 */
import { CATALOGS } from './all-catalogs.ts';
import { UI_LANGUAGES, type UiLanguage } from './languages.ts';

/** A language's messages as `<namespace>.<key>` → message. */
export const flatCatalog = (language: UiLanguage): Map<string, string> =>
  new Map(Object.entries(CATALOGS[language]).flatMap(([ns, messages]) => Object.entries(messages).map(([k, v]) => [`${ns}.${k}`, v as string])));

export interface ParityGap {
  language: UiLanguage;
  /** English keys this language lacks. */
  missing: string[];
  /** Keys this language has that English does not. */
  extra: string[];
}

/** Every language whose keys differ from English's, with the keys. */
export function keyParityGaps(): ParityGap[] {
  const english = flatCatalog('en');
  return UI_LANGUAGES.filter((l) => l !== 'en').flatMap((language) => {
    const messages = flatCatalog(language);
    const missing = [...english.keys()].filter((k) => !messages.has(k) || typeof messages.get(k) !== 'string');
    const extra = [...messages.keys()].filter((k) => !english.has(k));
    return missing.length + extra.length > 0 ? [{ language, missing, extra }] : [];
  });
}
