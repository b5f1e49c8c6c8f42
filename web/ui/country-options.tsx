/** A select's country options, named and sorted in the reader's language (Intl.DisplayNames, Intl.Collator). */
import { useTranslator } from '../i18n/use-translator.ts';

/**
 * Named and sorted once per list and language: the case list renders some 250 options on
 * every request, and naming and collating them cost more than the rest of the page.
 */
const sortedByList = new WeakMap<Iterable<string>, Map<string, { code: string; name: string }[]>>();

export function CountryOptions(props: { codes: Iterable<string>; selected?: string }) {
  const { country, language } = useTranslator();
  let byLanguage = sortedByList.get(props.codes);
  if (!byLanguage) sortedByList.set(props.codes, (byLanguage = new Map()));
  let named = byLanguage.get(language);
  if (!named) {
    const collator = new Intl.Collator(language);
    named = [...props.codes].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
    byLanguage.set(language, named);
  }
  return <>{named.map((c) => <option value={c.code} selected={c.code === props.selected}>{c.name}</option>)}</>;
}
