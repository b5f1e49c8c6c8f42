/**
 * Time zones in iCalendar: events in their court's zone
 * (`DTSTART;TZID=America/Tegucigalpa:20270310T140000`) and a VTIMEZONE per
 * zone, generated from Intl's offsets over the feed's dates, never from
 * hand-written zone rules: a STANDARD or DAYLIGHT component for the offset in
 * force when the feed's range opens and one for each change inside it, with
 * TZOFFSETFROM, TZOFFSETTO and the change's local time (RFC 5545 §3.6.5).
 */
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { offsetMinutes, utcToLocal } from '#shared/domain/zoned-time.ts';

const MINUTE = 60_000;
/** Offsets are sampled this often; no zone changes its clocks twice within six hours. */
const STEP = 6 * 3_600_000;

/**
 * An instant in a zone, in the shape of a Temporal.ZonedDateTime, which
 * ical-generator writes as the zone's wall time with a TZID. (A plain Date
 * with `timezone` would be written in the server's own zone.)
 */
export function zonedDateTime(instantMs: number, timeZone: string): ICalTemporalZonedDateTimeStub {
  const wall = utcToLocal(instantMs, timeZone);
  const [year, month, day, hour, minute] = wall.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  const instant = {
    epochMilliseconds: instantMs,
    toJSON: () => new Date(instantMs).toISOString(),
    toString: () => new Date(instantMs).toISOString(),
    toZonedDateTimeISO: (zone: string) => zonedDateTime(instantMs, zone),
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    year, month, day, hour, minute, second: 0,
    toJSON: () => `${wall}:00`,
    toString: () => `${wall}:00`,
    toPlainDate: () => ({ year, month, day, toJSON: () => wall.slice(0, 10), toString: () => wall.slice(0, 10) }),
    toZonedDateTime: (zone: string) => zonedDateTime(instantMs, zone),
  };
  return {
    year, month, day, hour, minute, second: 0, timeZoneId: timeZone,
    toInstant: () => instant,
    toPlainDateTime: () => plain,
    withTimeZone: (zone: string) => zonedDateTime(instantMs, zone),
    toJSON: () => `${wall}:00[${timeZone}]`,
    toString: () => `${wall}:00[${timeZone}]`,
  };
}

interface Transition {
  atMs: number;
  from: number;
  to: number;
}

/** The instants in [fromMs, toMs] at which the zone's offset changes, to the minute. */
export function transitionsOf(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let before = offsetMinutes(fromMs, timeZone);
  for (let t = fromMs; t < toMs; t += STEP) {
    const next = Math.min(t + STEP, toMs);
    const after = offsetMinutes(next, timeZone);
    if (after === before) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(mid, timeZone) === before) lo = mid;
      else hi = mid;
    }
    found.push({ atMs: hi, from: before, to: after });
    before = after;
  }
  return found;
}

/** `-360` → `-0600`. */
const utcOffset = (minutes: number): string => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** `2027-03-28T02:00` → `20270328T020000`. */
const icalLocal = (wall: string): string => `${wall.replace(/[-:]/g, '')}00`;

/** Standard time is the smaller of the year's January and July offsets; anything above it is daylight time. */
function isDaylight(timeZone: string, atMs: number, offset: number): boolean {
  const year = new Date(atMs).getUTCFullYear();
  const standard = Math.min(offsetMinutes(Date.UTC(year, 0, 1), timeZone), offsetMinutes(Date.UTC(year, 6, 1), timeZone));
  return offset > standard;
}

/** The VTIMEZONE of `timeZone` valid from `fromMs` to `toMs`, as iCalendar lines (CRLF). */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): string {
  const opening = offsetMinutes(fromMs, timeZone);
  const component = (atMs: number, wall: string, from: number, to: number) => {
    const kind = isDaylight(timeZone, atMs, to) ? 'DAYLIGHT' : 'STANDARD';
    return [`BEGIN:${kind}`, `DTSTART:${icalLocal(wall)}`, `TZOFFSETFROM:${utcOffset(from)}`, `TZOFFSETTO:${utcOffset(to)}`, `END:${kind}`];
  };
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...component(fromMs, utcToLocal(fromMs, timeZone), opening, opening),
    // A change's DTSTART is the local time it happens at, read on the clocks before it.
    ...transitionsOf(timeZone, fromMs, toMs).flatMap((t) =>
      component(t.atMs, new Date(t.atMs + t.from * MINUTE).toISOString().slice(0, 16), t.from, t.to)),
    'END:VTIMEZONE',
  ];
  return lines.join('\r\n');
}
