/**
 * A select of every IANA zone the runtime knows, grouped by region (Europe,
 * Americas, …, in the reader's language), each shown as its city and its
 * current offset from UTC ("Tegucigalpa (GMT-6)").
 */
import { timeZones } from '#shared/domain/zoned-time.ts';
import { useTranslator } from '../i18n/use-translator.ts';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** "GMT+1", in the reader's language, at this moment (so daylight saving shows). */
function offsetOf(language: string, zone: string, now: Date): string {
  const cacheKey = `${language} ${zone}`;
  let format = offsetFormats.get(cacheKey);
  if (!format) offsetFormats.set(cacheKey, (format = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'shortOffset' })));
  return format.formatToParts(now).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** `America/Argentina/Buenos_Aires` → `Argentina / Buenos Aires`. */
const cityOf = (zone: string) => zone.split('/').slice(1).join(' / ').replace(/_/g, ' ');

let regions: string[] | undefined;
const regionsOf = () => (regions ??= [...new Set(timeZones().filter((z) => z.includes('/')).map((z) => z.slice(0, z.indexOf('/'))))]);

export function TimeZoneSelect(props: { selected: string; attributes: Record<string, unknown> }) {
  const { t, label, language } = useTranslator();
  const now = new Date();
  return (
    <select id="timeZone" name="timeZone" {...props.attributes}>
      <option value="UTC" selected={props.selected === 'UTC'}>{t('settings.timeZone.utc')}</option>
      {regionsOf().map((region) => (
        <optgroup label={label(`settings.timeZone.region.${region}`)}>
          {timeZones().filter((z) => z.startsWith(`${region}/`)).map((zone) => (
            <option value={zone} selected={zone === props.selected}>{`${cityOf(zone)} (${offsetOf(language, zone, now)})`}</option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
