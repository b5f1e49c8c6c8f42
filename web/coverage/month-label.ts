/** Months (YYYY-MM) in the reader's language: short under a chart's axis, long in tables and headings. */
import type { Translator } from '#shared/i18n/translator.ts';

const at = (month: string) => new Date(`${month}-01T00:00:00Z`);

export function monthLabels(translator: Pick<Translator, 'language'>) {
  const short = new Intl.DateTimeFormat(translator.language, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(translator.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return { short: (month: string) => short.format(at(month)), long: (month: string) => long.format(at(month)) };
}
