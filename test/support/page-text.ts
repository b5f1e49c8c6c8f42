/**
 * What a person reads on a rendered page, for the language tests: the text
 * nodes and the accessible names (aria-label, the title), with the page's
 * data taken out, so a test can say "nothing here is plain English".
 *
 * Data is what people entered or the platform's reference data, never
 * catalog words: the values a test seeded, the contents of <time> (Intl's own
 * formats), country options (Intl.DisplayNames) and the language switcher
 * (each language named in itself).
 */
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '#shared/i18n/pseudo.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: '\u00a0' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#') && !ENTITIES[name]) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

/** The page without what is data by construction (see the module comment). */
function withoutData(html: string): string {
  return html
    .replace(/<nav class="languages"[\s\S]*?<\/nav>/g, ' ')
    .replace(/<time\b[^>]*>[\s\S]*?<\/time>/g, ' ')
    .replace(/<option value="[A-Z]{2}"[^>]*>[^<]*<\/option>/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
}

/** Every piece of text a person reads or hears: text nodes, aria-labels and the document title. */
export function readableTexts(html: string): string[] {
  const page = withoutData(html);
  const nodes = page.split(/<[^>]*>/).map((t) => decode(t).trim()).filter(Boolean);
  const labels = [...page.matchAll(/aria-label="([^"]*)"/g)].map((m) => decode(m[1]!).trim());
  return [...nodes, ...labels];
}

/**
 * The pieces of text with plain English left in the pseudo-locale: any Latin
 * letter outside ⟦…⟧ once the seeded data values and the brand are removed.
 */
export function plainEnglish(html: string, data: readonly string[] = []): string[] {
  const values = [...data, 'Tandem'].sort((a, b) => b.length - a.length);
  return readableTexts(html).filter((text) => {
    let rest = text;
    for (const bracketed of text.match(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g')) ?? []) rest = rest.replace(bracketed, ' ');
    for (const value of values) rest = rest.split(value).join(' ');
    return /[A-Za-z]/.test(rest);
  });
}
