/**
 * The text a page may show that is in no catalog, collected from where it
 * comes from, never guessed by its look:
 * - data: every string the fixture stored (read back from its table) and
 *   every email in its outbox (the outbox page shows them as sent, in their
 *   recipient's language); stored codes (lowercase identifiers such as
 *   `on_trial` or `case.created`) and raw timestamps are not data a person
 *   reads, so they stay forbidden;
 * - what `Intl` writes in the page's language: month and weekday names,
 *   AM/PM, the words of date formats, time zone names, country names;
 * - names that are no language's words: the brand, each language's own name
 *   in the switcher.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { LANGUAGE_NAMES, type UiLanguage } from '#shared/i18n/languages.ts';
import type { OutboxView } from '#shared/ports/outbox.ts';

/** The brand, written the same in every language (catalog.test.ts's SAME_EVERYWHERE has it too). */
export const BRAND = 'Tandem';

/** A code the app stores and must translate before showing: lowercase, no spaces (`on_trial`, `case.created`, ids). */
const STORED_CODE = /^[a-z0-9][a-z0-9_.:#/-]*$/;
/** A raw timestamp: a page shows times through Intl, never as stored. */
const RAW_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:/;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function stringsIn(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    const text = collapse(value);
    if (text && !STORED_CODE.test(text) && !RAW_TIMESTAMP.test(text)) into.add(text);
  } else if (Array.isArray(value) || value instanceof Set) {
    for (const item of value) stringsIn(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) stringsIn(item, into);
  }
}

/** Every person-readable string stored in the table. */
export async function storedStrings(endpoint: string, table: string): Promise<Set<string>> {
  const raw = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const client = DynamoDBDocumentClient.from(raw);
  const found = new Set<string>();
  for await (const page of paginateScan({ client }, { TableName: table })) {
    for (const item of page.Items ?? []) stringsIn(item, found);
  }
  raw.destroy();
  return found;
}

/** Everything of the sent emails that the outbox page shows. */
export function outboxStrings(mails: OutboxView[]): Set<string> {
  const found = new Set<string>();
  for (const mail of mails) {
    for (const value of [mail.to, mail.subject, mail.text, ...Object.keys(mail.headers), ...Object.values(mail.headers)]) {
      if (collapse(value)) found.add(collapse(value));
    }
    // The links of the email, as the outbox lists them (without the punctuation that ends a sentence).
    for (const word of mail.text.split(/\s+/)) {
      const link = word.replace(/[.,:;!?)]+$/, '');
      if (/^https?:\/\//.test(link)) found.add(link);
    }
  }
  return found;
}

const intlCache = new Map<UiLanguage, Set<string>>();

/** The words `Intl` writes for dates, times, zones and countries in `language` (computed once per language). */
export function intlWords(language: UiLanguage): Set<string> {
  const cached = intlCache.get(language);
  if (cached) return cached;
  const found = new Set<string>();
  intlCache.set(language, found);
  const add = (text: string | undefined) => {
    const words = collapse(text ?? '');
    if (/\p{L}/u.test(words)) found.add(words);
  };
  const year = 2026;
  for (let month = 0; month < 12; month++) {
    for (const style of ['long', 'short'] as const) {
      const day = new Date(Date.UTC(year, month, 1 + month));
      add(new Intl.DateTimeFormat(language, { month: style, timeZone: 'UTC' }).format(day));
      add(new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(day));
    }
  }
  for (const dateStyle of ['full', 'long', 'medium', 'short'] as const) {
    for (const timeStyle of [undefined, 'short', 'medium'] as const) {
      for (const hour of [3, 15]) {
        const parts = new Intl.DateTimeFormat(language, { dateStyle, ...(timeStyle ? { timeStyle } : {}), timeZone: 'UTC' })
          .formatToParts(new Date(Date.UTC(year, 11, 1, hour)));
        for (const part of parts) add(part.value);
      }
    }
  }
  // The canonical zones, and UTC itself (the zone of members who set none), which the list leaves out.
  for (const zone of [...Intl.supportedValuesOf('timeZone'), 'UTC']) {
    for (const month of [0, 6]) {
      const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(Date.UTC(year, month, 1)));
      add(parts.find((p) => p.type === 'timeZoneName')?.value);
    }
    // The IANA name and its city, which Intl has no translation for (the zone pickers and a court's place show them).
    add(zone);
    for (const segment of zone.split('/').slice(1)) add(segment.replace(/_/g, ' '));
  }
  // Every weekday (the loop above meets only some), and the words Intl.ListFormat joins lists with.
  for (let day = 0; day < 7; day++) {
    for (const style of ['long', 'short'] as const) add(new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(year, 0, 4 + day))));
  }
  for (const type of ['conjunction', 'disjunction'] as const) {
    for (const items of [['A', 'B'], ['A', 'B', 'C']]) {
      for (const part of new Intl.ListFormat(language, { type }).formatToParts(items)) if (part.type === 'literal') add(part.value);
    }
  }
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = regions.of(code);
        if (name && name !== code) add(name);
      } catch {
        // not a region code
      }
    }
  }
  return found;
}

/** Names the same in every language: the brand and the switcher's language names. */
export const namesEverywhere = (): Set<string> => new Set([BRAND, ...Object.values(LANGUAGE_NAMES)]);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that blanks every allowed string in a text (longest first, whole
 * words only: "P" never eats the P of "Page"), leaving what must be checked.
 */
export function blanker(allowed: Iterable<string>): (text: string) => string {
  const sorted = [...new Set(allowed)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // An ISO week (`2026-W48`) is a code people read as it is, in every language.
  return (text) => text.replace(pattern, ' ').replace(/\b\d{4}-W\d{2}\b/g, ' ');
}
