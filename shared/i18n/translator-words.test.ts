/**
 * The translator's remembered words (country names and calendar days, shared/i18n/translator.ts):
 * asked twice they are what Intl says, in every language and date style, and the memory stays
 * bounded however many different days are asked for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllCatalogs } from './catalog.ts';
import { UI_LANGUAGES } from './languages.ts';
import { rememberedWordCount, translatorFor, WORDS_KEPT } from './translator.ts';

beforeAll(loadAllCatalogs);

const CODES = ['CO', 'FR', 'RU', 'MX', 'PS', 'XK'];
const DAYS = ['2026-11-23', '2027-02-28T23:59:59.999Z', '1999-01-01T00:00:00Z'];
const STYLES = ['medium', 'long', 'full'] as const;

describe.each(UI_LANGUAGES)('remembered words in %s', (language) => {
  // Made in each test: the catalogs load before the tests run, not when they are collected.
  const reader = () => translatorFor(language, 'America/Bogota');

  it("names countries as Intl does, the first time and the next, and an unknown code as itself", () => {
    const translator = reader();
    const names = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of CODES) {
      expect(translator.country(code)).toBe(names.of(code));
      expect(translator.country(code)).toBe(names.of(code));
    }
    expect(translator.country('not a code')).toBe('not a code');
  });

  it("writes a calendar day as Intl does in UTC, whatever the reader's zone, in each style", () => {
    const translator = reader();
    for (const style of STYLES) {
      const format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' });
      for (const day of DAYS) {
        const expected = format.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
        expect(translator.date(day, style)).toBe(expected);
        expect(translator.date(day, style)).toBe(expected);
      }
    }
    // Styles are remembered apart: the same day in two styles is two different words.
    expect(translator.date(DAYS[0]!, 'medium')).not.toBe(translator.date(DAYS[0]!, 'full'));
  });
});

it('keeps at most WORDS_KEPT words a language, however many days a crawler asks for', () => {
  const { date } = translatorFor('es');
  const start = Date.UTC(1900, 0, 1);
  for (let i = 0; i < WORDS_KEPT + 500; i++) date(new Date(start + i * 86_400_000).toISOString());
  expect(rememberedWordCount('es')).toBeLessThanOrEqual(WORDS_KEPT);
  expect(rememberedWordCount('es')).toBeGreaterThan(0);
  // Still right after the memory was emptied.
  expect(date('2026-11-23')).toBe(new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-11-23T00:00:00Z')));
});
