/**
 * The pseudo-locale `en-XA`: every English message accented, 40% longer and
 * bracketed ⟦…⟧. Arguments ({name}), plural and select structure and tags stay
 * as they are, so the message formats exactly like English. A page in en-XA
 * with a plain-ASCII word outside brackets shows a string that bypassed the
 * catalogs; one that scrolls sideways at 360 px shows a layout that breaks.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch, i) => [
    ch,
    [...'àƀçđéƒğħíĵķĺɱñöþʠŕšŧüṽŵẋýžÀƁÇĐÉƑĞĦÍĴĶĹṀÑÖÞǪŔŠŦÜṼŴẊÝŽ'][i]!,
  ]),
);

const accent = (text: string): string => [...text].map((ch) => ACCENTED[ch] ?? ch).join('');

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([k, option]) => [k, { ...option, value: transform(option.value) }]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });
}

const literalLength = (elements: MessageFormatElement[]): number =>
  elements.reduce((n, e) => n + (e.type === TYPE.literal ? e.value.length : e.type === TYPE.argument ? 6 : 0), 0);

/** Words of at most 7 letters, so the padding wraps like real text rather than forcing overflow. */
function padding(length: number): string {
  const words: string[] = [];
  for (let left = length; left > 0; left -= 8) words.push('ŀőŋğēřŵ'.slice(0, Math.min(7, left)));
  return words.length > 0 ? ` ${words.join(' ')}` : '';
}

/** The en-XA form of one English ICU message, as a parsed message. */
export function pseudoMessage(english: string): MessageFormatElement[] {
  const elements = transform(parse(english));
  const extra = padding(Math.ceil(literalLength(elements) * 0.4));
  return [
    { type: TYPE.literal, value: PSEUDO_OPEN },
    ...elements,
    { type: TYPE.literal, value: `${extra}${PSEUDO_CLOSE}` },
  ];
}
