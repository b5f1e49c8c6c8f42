/** A select's country options, named and sorted in the reader's language (Intl.DisplayNames, Intl.Collator). */
import { useTranslator } from '../i18n/use-translator.ts';

export function CountryOptions(props: { codes: readonly string[]; selected?: string }) {
  const { country, language } = useTranslator();
  const collator = new Intl.Collator(language);
  const named = props.codes.map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  return <>{named.map((c) => <option value={c.code} selected={c.code === props.selected}>{c.name}</option>)}</>;
}
