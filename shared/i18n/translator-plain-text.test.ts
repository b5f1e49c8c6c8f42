/**
 * The translator's shortcut for messages without ICU syntax (shared/i18n/translator.ts,
 * `isPlainText`): over every message of every catalog, a message it lets through as its own text
 * is exactly what ICU MessageFormat makes of it, and the translator says it so.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from './all-catalogs.ts';
import { loadAllCatalogs } from './catalog.ts';
import { UI_LANGUAGES } from './languages.ts';
import { isPlainText, translatorFor } from './translator.ts';

beforeAll(loadAllCatalogs);

const messagesOf = (language: (typeof UI_LANGUAGES)[number]) =>
  Object.entries(CATALOGS[language]).flatMap(([namespace, messages]) =>
    Object.entries(messages as Record<string, string>).map(([key, message]) => ({ key: `${namespace}.${key}`, message })));

describe.each(UI_LANGUAGES)('plain-text messages in %s', (language) => {
  it('are what ICU MessageFormat formats them to, and what the translator says', () => {
    const plain = messagesOf(language).filter(({ message }) => isPlainText(message));
    // Most labels are plain; a shortcut that let nothing through would test nothing.
    expect(plain.length).toBeGreaterThan(1000);
    const translator = translatorFor(language);
    const differing = plain.filter(({ key, message }) => {
      const formatted = new IntlMessageFormat(message, language).format();
      return formatted !== message || translator.label(key) !== message;
    });
    expect(differing).toEqual([]);
  });
});

describe('isPlainText', () => {
  it('sends arguments, plurals, tags and quoting through ICU MessageFormat', () => {
    for (const message of ['{count} cases', '{n, plural, one {# case} other {# cases}}', 'Read <link>more</link>', "It''s", "'{'literal'}'"]) {
      expect(isPlainText(message)).toBe(false);
    }
    expect(isPlainText('Public cases: 3 # of them')).toBe(true);
  });
});
