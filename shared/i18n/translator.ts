/**
 * A translator: one locale and one time zone, turning message keys into text
 * (ICU MessageFormat through FormatJS `intl-messageformat`) and dates,
 * numbers and country names into the reader's conventions (`Intl`).
 *
 * @example
 *   const { t } = translatorFor('fr', 'Europe/Paris');
 *   t('vocabulary.riskStatus.detained'); // 'Détenu·e'
 */
import { TYPE, type LiteralElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { catalogOf, ENGLISH_CATALOG, messageOf, type MessageKey } from './catalog.ts';
import { intlLanguageOf, PSEUDO_LOCALE, type Locale, type UiLanguage } from './languages.ts';
import { pseudoMessage } from './pseudo.ts';

export type MessageValues = Record<string, PrimitiveType | Date>;

export interface Translator {
  readonly locale: Locale;
  /** The language whose Intl rules apply (en for the pseudo-locale). */
  readonly language: UiLanguage;
  /** The reader's IANA time zone. */
  readonly timeZone: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** A message with tags (`<link>…</link>`) rendered by the functions given, e.g. into JSX. */
  rich<T>(key: MessageKey, values: Record<string, PrimitiveType | T | ((chunks: (string | T)[]) => T)>): (string | T)[];
  /** A key computed at run time (a vocabulary code read from data); an unknown key comes back as itself. */
  label(key: string, values?: MessageValues): string;
  has(key: string): boolean;
  /** An ISO 3166-1 alpha-2 code as a country name. */
  country(code: string): string;
  /** A calendar day (`YYYY-MM-DD`, no zone): "3 mars 2027". */
  date(isoDate: string, style?: 'medium' | 'long' | 'full'): string;
  /** An instant in the reader's zone (or the one given), with the zone's name when asked. */
  dateTime(instant: string | Date, options?: { timeZone?: string; zoneName?: boolean; dateStyle?: 'medium' | 'full' | 'short' }): string;
  number(value: number): string;
  list(items: string[], type?: 'conjunction' | 'disjunction'): string;
}

/**
 * A message compiled once per locale: its IntlMessageFormat, or, for a message that is only
 * text (no argument, plural or tag; most labels), that text, returned without formatting.
 */
type Compiled = { format: IntlMessageFormat; text?: undefined } | { format?: undefined; text: string };
/** Per locale, then per key: no key string built per lookup (a page looks up hundreds). */
const compiled = new Map<Locale, Map<string, Compiled>>();

/**
 * ICU MessageFormat's syntax: arguments and plurals (`{` `}`), tags (`<` `>`) and quoting (`'`).
 * A message with none of them is its own text, so it skips the parser and IntlMessageFormat
 * (which also resolves its locale through Intl on each construction): 1,484 of the 1,822 English
 * messages, 21-24 µs each at first use (issue 14). translator-plain-text.test.ts holds this over every message.
 */
const ICU_SYNTAX = /[{}<>']/;
export const isPlainText = (message: string): boolean => !ICU_SYNTAX.test(message);

/** `source` is a catalog's message, or the pseudo-locale's already parsed one. */
function compile(source: string | MessageFormatElement[], language: UiLanguage): Compiled {
  if (typeof source === 'string' && isPlainText(source)) return { text: source };
  const format = new IntlMessageFormat(source, language);
  const ast = format.getAst();
  // The parsed literals, not the source: ICU quoting ('' for an apostrophe) is already undone in them.
  return ast.every((element) => element.type === TYPE.literal)
    ? { text: ast.map((element) => (element as LiteralElement).value).join('') }
    : { format };
}

function compiledOf(locale: Locale, key: string): Compiled | undefined {
  let byKey = compiled.get(locale);
  if (!byKey) compiled.set(locale, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const language = intlLanguageOf(locale);
  const source = messageOf(language, key);
  if (source === undefined) return undefined;
  const entry = compile(locale === PSEUDO_LOCALE ? pseudoMessage(source) : source, language);
  byKey.set(key, entry);
  return entry;
}

const displayNames = new Map<UiLanguage, Intl.DisplayNames>();

/**
 * Intl formatters, made once per language and options: building one costs far more than
 * using it (a case list formats a date per row, every request), and they hold no state.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cachedFormatter<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}
const dateTimeFormat = (language: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cachedFormatter(`dt\u0000${language}\u0000${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(language, options));

/**
 * Words already made, per language: a country's name and a calendar day in each style. A case list
 * names a country and a day on every row of every request, and Intl makes them afresh each time:
 * 1.6 µs a day and 0.8 µs a name, against 0.15 and 0.06 remembered (CPU per call, best of 7 runs
 * of 200,000). Names are bounded by the codes; days by the dates the network's records carry, and
 * the memory is emptied past WORDS_KEPT entries so a crawler asking for odd dates cannot grow it.
 */
export const WORDS_KEPT = 20_000;
const wordsByLanguage = new Map<UiLanguage, Map<string, string>>();
/** How many words a language holds (the test of the bound). */
export const rememberedWordCount = (language: UiLanguage): number => wordsByLanguage.get(language)?.size ?? 0;
function remembered(language: UiLanguage, key: string, make: () => string): string {
  let words = wordsByLanguage.get(language);
  if (!words) wordsByLanguage.set(language, (words = new Map()));
  let found = words.get(key);
  if (found === undefined) {
    if (words.size >= WORDS_KEPT) words.clear();
    words.set(key, (found = make()));
  }
  return found;
}

/**
 * A translator for `locale`, whose language's catalog must be loaded (`loadCatalog`, shared/i18n/catalog.ts):
 * English always is; the others are loaded by the web middleware for the request's language, and awaited
 * before an email is composed in the reader's language.
 */
/** Per locale and time zone: a translator holds no state of its own, and every request asks for one or two. */
const translators = new Map<string, Translator>();

export function translatorFor(locale: Locale, timeZone = 'UTC'): Translator {
  const key = `${locale}\u0000${timeZone}`;
  let found = translators.get(key);
  if (!found) translators.set(key, (found = makeTranslator(locale, timeZone)));
  return found;
}

function makeTranslator(locale: Locale, timeZone: string): Translator {
  const language = intlLanguageOf(locale);
  catalogOf(language);
  const format = (key: string, values?: Record<string, unknown>): unknown => {
    const message = compiledOf(locale, key);
    if (!message) return undefined;
    return message.format ? message.format.format(values as MessageValues) : message.text;
  };
  const asText = (result: unknown): string => (Array.isArray(result) ? result.join('') : String(result));
  return {
    locale,
    language,
    timeZone,
    t: (key, values) => {
      const result = format(key, values);
      if (result === undefined) throw new Error(`Missing message ${key}`);
      return asText(result);
    },
    rich: (key, values) => {
      const result = format(key, values);
      if (result === undefined) throw new Error(`Missing message ${key}`);
      return (Array.isArray(result) ? result : [result]) as never;
    },
    label: (key, values) => {
      const result = format(key, values);
      return result === undefined ? key.slice(key.lastIndexOf('.') + 1) : asText(result);
    },
    has: (key) => messageOf(language, key) !== undefined,
    country: (code) => remembered(language, `country\u0000${code}`, () => countryName(language, code)),
    date: (isoDate, style = 'medium') => {
      const day = isoDate.slice(0, 10);
      return remembered(language, `${style}\u0000${day}`, () =>
        dateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)));
    },
    dateTime: (instant, options = {}) =>
      dateTimeFormat(language, {
        dateStyle: options.dateStyle ?? 'medium',
        timeStyle: 'short',
        timeZone: options.timeZone ?? timeZone,
      }).format(typeof instant === 'string' ? new Date(instant) : instant) +
      (options.zoneName ? ` (${zoneLabel(language, options.timeZone ?? timeZone, instant)})` : ''),
    number: (value) => cachedFormatter(`n\u0000${language}`, () => new Intl.NumberFormat(language)).format(value),
    list: (items, type = 'conjunction') => cachedFormatter(`l\u0000${language}\u0000${type}`, () => new Intl.ListFormat(language, { type })).format(items),
  };
}

function countryName(language: UiLanguage, code: string): string {
  let names = displayNames.get(language);
  if (!names) displayNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The zone's short name at that instant ("CET", "GMT-6"), from Intl. */
function zoneLabel(language: UiLanguage, timeZone: string, instant: string | Date): string {
  const parts = dateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(
    typeof instant === 'string' ? new Date(instant) : instant,
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Every key of a namespace in English (for tests and the catalogs' parity check). */
export const englishKeys = (): string[] =>
  Object.entries(ENGLISH_CATALOG).flatMap(([ns, messages]) => Object.keys(messages).map((k) => `${ns}.${k}`));
