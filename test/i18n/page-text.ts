/**
 * What a person reads on a rendered page, taken from the app's HTML: every
 * text node (the title included, scripts and styles not) and the attributes
 * a screen reader or a pointer reads out (aria-label, title, placeholder,
 * alt). The app's HTML is Hono's: attributes double-quoted, entities escaped,
 * so a small tokenizer reads it exactly; no DOM library is needed.
 */

export interface ReadableText {
  /** The text as the reader gets it (entities decoded, whitespace collapsed). */
  text: string;
  /** 'text', or the attribute it came from. */
  where: string;
  /**
   * Pseudo-locale bracket depth before this text, in document order: a
   * message with markup (`t.rich`) is split over several text nodes.
   * Attributes start at 0 (a message never spans an attribute).
   */
  depthBefore: number;
}

/** Attributes whose value a person reads (or hears). */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt']);
/** Elements whose content is not text a person reads. */
const NOT_TEXT = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi;
const TOKEN = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+/gi;
const ATTRIBUTE = /([\w:-]+)(?:="([^"]*)")?/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? whole;
  });

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** How the bracket depth changes over `text`, never below 0. */
export function depthAfter(text: string, depth: number, open: string, close: string): number {
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * Elements marked as another language than the page's (`<pre lang="es">`): a quote, such as a
 * digest preview in its recipient's language, whose words the email tests check in that language.
 */
function withoutOtherLanguages(html: string): string {
  const page = htmlLangOf(html);
  if (!page) return html;
  const other = new RegExp(`<(pre|h2|div|section|a|span)\\b[^>]*\\blang="(?!${page.replace(/[-]/g, '\\-')}")[^"]*"[^>]*>[\\s\\S]*?<\\/\\1>`, 'gi');
  return html.replace(other, '');
}

export function readableTexts(html: string, brackets: { open: string; close: string }): ReadableText[] {
  const found: ReadableText[] = [];
  let depth = 0;
  // Removed before tokenizing: a script's `<` is not a tag.
  for (const [token] of withoutOtherLanguages(html).replace(NOT_TEXT, '').matchAll(TOKEN)) {
    if (token.startsWith('<!')) continue;
    if (token.startsWith('<')) {
      if (token.startsWith('</')) continue;
      const body = token.replace(/^<[a-zA-Z][\w-]*/, '').replace(/\/?>$/, '');
      for (const [, name, value] of body.matchAll(ATTRIBUTE)) {
        if (!name || value === undefined || !READ_ATTRIBUTES.has(name.toLowerCase())) continue;
        const text = collapse(decodeEntities(value));
        if (text) found.push({ text, where: name.toLowerCase(), depthBefore: 0 });
      }
      continue;
    }
    const decoded = decodeEntities(token);
    const text = collapse(decoded);
    if (text) found.push({ text, where: 'text', depthBefore: depth });
    depth = depthAfter(decoded, depth, brackets.open, brackets.close);
  }
  return found;
}

/** The `lang` attribute of the document's `<html>` element. */
export const htmlLangOf = (html: string): string | undefined => html.match(/<html\b[^>]*\blang="([^"]*)"/i)?.[1];
