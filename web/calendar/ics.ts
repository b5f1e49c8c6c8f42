/**
 * A member's calendar as iCalendar (RFC 5545), built with ical-generator so
 * escaping, line folding and dates follow the standard, in the feed owner's
 * language. Hearings are timed events (2 hours, as court schedules rarely
 * give an end) in their court's time zone, with a VTIMEZONE generated from
 * Intl for each zone used; requests are all-day events on their due date.
 * Never anything from a case's sensitive fields.
 *
 * A feed is fetched and kept by whatever calendar service the member
 * subscribes with (a third party), so only a public case is named there:
 * for any other case the event has a neutral title, no court, no country,
 * no observers, and a link into Tandem, where the member signs in. Its time
 * is written in UTC: a zone such as America/Tegucigalpa would name the
 * country. Calendar applications show either at the reader's own hour.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { hearingTimes } from '#shared/calendar/hearing-times.ts';
import type { Calendar } from '#shared/calendar/read-calendar.ts';
import type { Translator } from '#shared/i18n/translator.ts';
import { vtimezone, zonedDateTime } from './ical-zones.ts';

const HEARING_MS = 2 * 3_600_000;
const DAY_MS = 86_400_000;

/** Renders `calendar` as an .ics document in `translator`'s language; `appUrl` makes links back to the cases. */
export function toICalendar(calendar: Calendar, options: { appUrl: string; now: Date; translator: Translator }): string {
  const { t, country } = options.translator;
  // Every zone's rules from a day before the window to two after (a hearing lasts two hours).
  const from = Date.parse(`${calendar.from}T00:00:00Z`) - DAY_MS;
  const to = Date.parse(`${calendar.to}T00:00:00Z`) + 2 * DAY_MS;
  const cal = ical({
    name: t('calendar.ics.name'),
    description: t('calendar.ics.description'),
    prodId: { company: 'Tandem', product: 'hearing-calendar', language: options.translator.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
    timezone: { name: null, generator: (zone) => vtimezone(zone, from, to) },
  });
  const host = new URL(options.appUrl).hostname;
  for (const entry of calendar.entries) {
    const url = `${options.appUrl}/cases/${entry.caseId}`;
    if (entry.kind === 'hearing') {
      const start = Date.parse(`${entry.at}:00Z`);
      if (!entry.isPublic) {
        cal.createEvent({
          id: `hearing-${entry.eventId}@${host}`, stamp: options.now,
          start: new Date(start), end: new Date(start + HEARING_MS),
          summary: t('calendar.ics.hearingNeutral'),
          description: `${t('calendar.ics.hearingNeutralAbout')}\n${url}`,
          url,
        });
        continue;
      }
      const roster = entry.observers.length === 0
        ? t('calendar.ics.noObservers')
        : t('calendar.ics.observers', {
          names: options.translator.list(entry.observers.map((o) => t('calendar.hearing.observer', { name: o.name, role: t(`vocabulary.role.${o.role}`) }))),
        });
      const zoned = entry.timeZone !== 'UTC';
      cal.createEvent({
        id: `hearing-${entry.eventId}@${host}`,
        stamp: options.now,
        start: zoned ? zonedDateTime(start, entry.timeZone) : new Date(start),
        end: zoned ? zonedDateTime(start + HEARING_MS, entry.timeZone) : new Date(start + HEARING_MS),
        ...(zoned ? { timezone: entry.timeZone } : {}),
        summary: t('calendar.ics.hearing', { name: entry.defenderName }),
        location: `${entry.court}, ${country(entry.country)}`,
        description: `${entry.title}\n${hearingTimes(options.translator, entry.at, entry.timeZone, { dateStyle: 'full' }).court}\n${roster}\n${url}`,
        url,
      });
    } else {
      const action = t(`vocabulary.euAction.${entry.actionType}`);
      cal.createEvent({
        id: `request-${entry.requestId}@${host}`,
        stamp: options.now,
        start: new Date(`${entry.day}T00:00:00Z`),
        allDay: true,
        summary: entry.isPublic ? t('calendar.ics.due', { action, name: entry.defenderName }) : t('calendar.ics.dueNeutral', { action }),
        description: entry.isPublic
          ? `${t('calendar.ics.dueAbout', { country: country(entry.country) })}\n${url}`
          : `${t('calendar.ics.dueNeutralAbout')}\n${url}`,
        url,
      });
    }
  }
  return cal.toString();
}
