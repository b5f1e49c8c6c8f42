/**
 * An error's wording (`AppError.wording`) as text in the reader's language.
 * A value named `country` or `…Country` is an ISO 3166-1 code, named in the
 * reader's language: a throw site knows the country, never the reader.
 *
 * @example
 *   wordingText(translatorFor('es'), { key: 'missions.errors.nobodyPosted', values: { country: 'BY' } });
 *   // '… destinada en Bielorrusia …'
 */
import type { Wording } from '../errors/index.ts';
import type { Translator } from './translator.ts';

export function wordingText(translator: Translator, wording: Wording): string {
  const values = wording.values && Object.fromEntries(Object.entries(wording.values).map(([name, value]) =>
    [name, typeof value === 'string' && /(^c|C)ountry$/.test(name) ? translator.country(value) : value]));
  return translator.label(wording.key, values);
}
