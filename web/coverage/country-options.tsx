/**
 * The options of a country picker, named and sorted in the reader's
 * language (Intl.DisplayNames and Intl.Collator), so a Spanish reader finds
 * "Alemania" under A.
 */
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function countryOptions(selected: string | undefined) {
  const { country, language } = useTranslator();
  const collator = new Intl.Collator(language);
  return [...COUNTRY_CODES]
    .map((code) => ({ code, name: country(code) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((c) => <option value={c.code} selected={c.code === selected}>{c.name}</option>);
}
