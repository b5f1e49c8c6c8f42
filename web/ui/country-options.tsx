/** A select's country options, named and sorted in the reader's language (Intl.DisplayNames, Intl.Collator). */
import { raw } from 'hono/html';
import { useTranslator } from '../i18n/use-translator.ts';

/** One list in one language: its codes in the reader's order and each option's HTML, not selected. */
interface RenderedOptions {
  codes: string[];
  options: string[];
  /** Every option, none selected: what most pages show. */
  html: string;
}

/**
 * Named, sorted and rendered once per list and language: the case list shows some 250 options on
 * every request, and naming, collating and rendering them as JSX cost more than the rest of the page
 * (about 0.3 ms a request). A page then only puts the selected option in its place.
 */
const renderedByList = new WeakMap<Iterable<string>, Map<string, RenderedOptions>>();

const optionHtml = (code: string, name: string, selected: boolean): string =>
  (<option value={code} selected={selected}>{name}</option>).toString() as string;

function rendered(codes: Iterable<string>, language: string, country: (code: string) => string): RenderedOptions {
  let byLanguage = renderedByList.get(codes);
  if (!byLanguage) renderedByList.set(codes, (byLanguage = new Map()));
  let found = byLanguage.get(language);
  if (!found) {
    const collator = new Intl.Collator(language);
    const named = [...codes].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
    const options = named.map((c) => optionHtml(c.code, c.name, false));
    found = { codes: named.map((c) => c.code), options, html: options.join('') };
    byLanguage.set(language, found);
  }
  return found;
}

export function CountryOptions(props: { codes: Iterable<string>; selected?: string }) {
  const { country, language } = useTranslator();
  const list = rendered(props.codes, language, country);
  const at = props.selected === undefined ? -1 : list.codes.indexOf(props.selected);
  if (at < 0) return raw(list.html);
  const selected = optionHtml(list.codes[at]!, country(list.codes[at]!), true);
  return raw(list.options.slice(0, at).join('') + selected + list.options.slice(at + 1).join(''));
}
