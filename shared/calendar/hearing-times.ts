/**
 * How a hearing's time reads: in its court's local time, the place and the
 * zone's short name, and beside it the reader's own time when their clocks
 * show another hour ("14:00 in Tegucigalpa (CST) · 21:00 your time"). Pages
 * use it with the request's translator, emails with the recipient's.
 */
import type { Translator } from '../i18n/translator.ts';

export interface HearingTimes {
  /** The instant, for `<time datetime>`: `2027-03-10T20:00:00Z`. */
  datetime: string;
  /** The court's date and time with place and zone: "Mar 10, 2027, 2:00 PM in Tegucigalpa (CST)". */
  court: string;
  /** The reader's time, when it differs from the court's (with its date when that differs too). */
  yours?: string;
  /** Both in one line. */
  text: string;
}

const isUtc = (zone: string) => zone === 'UTC' || zone === 'Etc/UTC';

/** The city a zone is named after: `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export const placeOfZone = (zone: string): string => (zone.split('/').pop() ?? zone).replaceAll('_', ' ');

/** Formats are costly to build and a calendar page shows many hearings: one per language, zone and use. */
const formats = new Map<string, Intl.DateTimeFormat>();
function formatFor(language: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(language, { ...options, timeZone })));
  return format;
}

function zoneShortName(language: string, timeZone: string, instant: Date): string {
  const parts = formatFor(language, timeZone, { timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

const dayIn = (instant: Date, timeZone: string) =>
  formatFor('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/**
 * `atUtc` is a stored hearing time (`YYYY-MM-DDTHH:mm`, UTC); `courtZone`
 * the hearing's zone (UTC for hearings stored before zones existed).
 *
 * @example
 *   hearingTimes(translatorFor('en', 'Europe/Paris'), '2027-03-10T20:00', 'America/Tegucigalpa').text
 *   // 'Mar 10, 2027, 2:00 PM in Tegucigalpa (CST) · 9:00 PM your time'
 */
export function hearingTimes(
  translator: Translator, atUtc: string, courtZone = 'UTC', options: { dateStyle?: 'medium' | 'full' } = {},
): HearingTimes {
  const { t, language } = translator;
  const instant = new Date(`${atUtc}:00Z`);
  const dateTime = translator.dateTime(instant, { timeZone: courtZone, dateStyle: options.dateStyle ?? 'medium' });
  const court = isUtc(courtZone)
    ? t('calendar.time.utc', { dateTime })
    : t('calendar.time.court', { dateTime, place: placeOfZone(courtZone), zone: zoneShortName(language, courtZone, instant) });

  const viewerZone = translator.timeZone;
  const sameClock = translator.dateTime(instant, { timeZone: viewerZone }) === translator.dateTime(instant, { timeZone: courtZone });
  let yours: string | undefined;
  if (!sameClock) {
    const time = dayIn(instant, viewerZone) === dayIn(instant, courtZone)
      ? formatFor(language, viewerZone, { timeStyle: 'short' }).format(instant)
      : translator.dateTime(instant, { timeZone: viewerZone });
    // A reader with no saved zone is shown UTC, named as such rather than as "your time".
    yours = isUtc(viewerZone) ? t('calendar.time.utc', { dateTime: time }) : t('calendar.time.yours', { time });
  }
  return {
    datetime: instant.toISOString().replace('.000Z', 'Z'),
    court,
    ...(yours ? { yours } : {}),
    text: yours ? t('calendar.time.both', { court, yours }) : court,
  };
}
