/**
 * The checks one rendered document must pass in one locale, as lists of what
 * is wrong (empty when it passes). Used by the every-page test.
 *
 * - en-XA: every catalog message is accented and bracketed ⟦…⟧, so a letter
 *   outside the brackets, or a plain ASCII letter anywhere (arguments show
 *   inside brackets as they are), is text that bypassed the catalogs, unless
 *   it is allowed text (test/i18n/allowed-text.ts).
 * - ru: a Latin word must come from the Russian catalog (Tandem, iCal, …) or
 *   from allowed text; anything else is English left on a Russian page.
 * - fr, es: a text that is exactly an English message whose translation
 *   differs is English left on the page.
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '#shared/i18n/pseudo.ts';
import { intlLanguageOf, PSEUDO_LOCALE, type Locale, type UiLanguage } from '#shared/i18n/languages.ts';
import { flatCatalog } from '#shared/i18n/key-parity.ts';
import { blanker } from './allowed-text.ts';
import type { ReadableText } from './page-text.ts';

const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** The Latin words a catalog itself writes (names and acronyms a translation keeps). */
const latinWordsOf = (language: UiLanguage): Set<string> =>
  new Set([...flatCatalog(language).values()].flatMap((message) => message.replace(/\{[^{}]*\}/g, ' ').match(LATIN_WORD) ?? []));

/** English messages without arguments whose translation in `language` differs. */
function englishOnlyMessages(language: UiLanguage): Set<string> {
  const translated = flatCatalog(language);
  // A word both languages write ("Date" in English and French) is no English left behind.
  const ownMessages = new Set([...translated.values()].map((m) => m.replace(/\s+/g, ' ').trim()));
  return new Set(
    [...flatCatalog('en')]
      .filter(([key, en]) => !/[{}<]/.test(en) && translated.get(key) !== en && /\p{L}{3}/u.test(en) && !ownMessages.has(en.replace(/\s+/g, ' ').trim()))
      .map(([, en]) => en.replace(/\s+/g, ' ').trim()),
  );
}

/** The parts of a text outside the pseudo brackets, given the depth it starts at. */
function outsideBrackets(text: string, depth: number): string {
  let outside = '';
  for (const ch of text) {
    if (ch === PSEUDO_OPEN) depth++;
    else if (ch === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += ch;
  }
  return outside;
}

export type TextChecker = (texts: ReadableText[], extraAllowed: string[]) => string[];

/** A checker for `locale`, given the text allowed everywhere in that language. */
export function textCheckerFor(locale: Locale, allowed: Set<string>): TextChecker {
  const blank = blanker(allowed);
  const shown = (t: ReadableText) => (t.where === 'text' ? `«${t.text}»` : `«${t.text}» (${t.where})`);

  if (locale === PSEUDO_LOCALE) {
    const bypassed = (text: string, depth: number) => /[A-Za-z]/.test(text) || /\p{L}/u.test(outsideBrackets(text, depth));
    return (texts, extra) => {
      const blankExtra = blanker(extra);
      // Blanking is slow (a long alternation): only texts that fail as they are get it.
      return texts.filter((t) => bypassed(t.text, t.depthBefore) && bypassed(blankExtra(blank(t.text)), t.depthBefore)).map(shown);
    };
  }
  const language = intlLanguageOf(locale);
  if (language === 'ru') {
    const catalogLatin = latinWordsOf('ru');
    const foreign = (text: string) => (text.match(LATIN_WORD) ?? []).filter((w) => !catalogLatin.has(w));
    return (texts, extra) => {
      const blankExtra = blanker(extra);
      return texts.filter((t) => foreign(t.text).length > 0 && foreign(blankExtra(blank(t.text))).length > 0).map(shown);
    };
  }
  if (language === 'en') return () => [];
  const english = englishOnlyMessages(language);
  // What someone typed (a recommended action "Public statement") is theirs, not a missed label.
  return (texts) => texts.filter((t) => english.has(t.text) && !allowed.has(t.text)).map(shown);
}
