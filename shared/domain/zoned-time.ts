/**
 * Wall-clock times in IANA time zones, converted with Intl only: the zone
 * rules are the runtime's (ICU's tz data), never written here. A hearing is
 * typed as its court's local time; it is stored as the UTC instant and the
 * zone, and shown back in any zone.
 *
 * @example
 *   localToUtc('2027-03-10T14:00', 'America/Tegucigalpa'); // '2027-03-10T20:00'
 *   localToUtc('2027-03-28T02:30', 'Europe/Paris');        // undefined: the clocks skip that half hour
 */
/** `YYYY-MM-DDTHH:mm`, the form a datetime-local field sends and hearings are stored in (UTC). */
export type WallTime = string;

const MINUTE = 60_000;
const DAY = 86_400_000;

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The zone's wall clock at an instant, as milliseconds of a UTC date with the same fields. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const parts = Object.fromEntries(partsFormat(timeZone).formatToParts(new Date(instantMs)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The zone's offset from UTC at an instant, in minutes (Paris in summer: 120; Tegucigalpa: -360). */
export function offsetMinutes(instantMs: number, timeZone: string): number {
  const floored = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockMs(floored, timeZone) - floored) / MINUTE);
}

const wallTimeOfMs = (ms: number): WallTime => new Date(ms).toISOString().slice(0, 16);

/** The wall time (`YYYY-MM-DDTHH:mm`) in `timeZone` at an instant. */
export const utcToLocal = (instant: Date | number, timeZone: string): WallTime =>
  wallTimeOfMs(wallClockMs(typeof instant === 'number' ? instant : instant.getTime(), timeZone));

/**
 * The UTC instant (`YYYY-MM-DDTHH:mm`) at which `timeZone`'s clocks show
 * `local`, or undefined when they never do (the hour skipped when clocks go
 * forward). When they show it twice (the hour repeated in autumn), the
 * earlier instant, as calendar applications do.
 */
export function localToUtc(local: WallTime, timeZone: string): WallTime | undefined {
  const asUtc = Date.parse(`${local}:00Z`);
  if (Number.isNaN(asUtc)) return undefined;
  // The offset a day before and a day after: a wall time has at most these two readings.
  const candidates = [offsetMinutes(asUtc - DAY, timeZone), offsetMinutes(asUtc + DAY, timeZone)]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => utcToLocal(instant, timeZone) === local)
    .sort((a, b) => a - b);
  return candidates[0] === undefined ? undefined : wallTimeOfMs(candidates[0]);
}

/** The runtime's name for a zone (aliases such as `Europe/Kyiv` become its canonical id), or undefined if unknown. */
export function canonicalTimeZone(name: string): string | undefined {
  // Offsets such as "+05:00" are accepted by newer runtimes, but are not places: only IANA names.
  if (!/^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let listedZones: { list: readonly string[]; set: ReadonlySet<string> } | undefined;
// Asked for on first use, not when the module loads: ICU's list costs about 1.5 ms, and most requests
// (the JSON API, pages of members without a zone of their own) never read it (issue 14).
const listed = () => {
  if (!listedZones) {
    const list = [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
    listedZones = { list, set: new Set(list) };
  }
  return listedZones;
};

/** Every zone the runtime knows, for pickers: its own list, plus UTC. */
export const timeZones = (): readonly string[] => listed().list;

/** Whether a zone is one of {@link timeZones} (its canonical name: aliases are not listed). */
export const isListedTimeZone = (zone: string): boolean => listed().set.has(zone);
