/**
 * A member's calendar as iCalendar (RFC 5545), built with ical-generator so
 * escaping, line folding and dates follow the standard. Hearings are timed
 * events in UTC (2 hours, as court schedules rarely give an end); requests
 * are all-day events on their due date. Never anything from a case's
 * sensitive fields.
 *
 * A feed is fetched and kept by whatever calendar service the member
 * subscribes with (a third party), so only a public case is named there:
 * for any other case the event has a neutral title, no court, no country,
 * no observers, and a link into Tandem, where the member signs in.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Calendar } from '#shared/calendar/read-calendar.ts';
import { euActionLabel } from '#shared/domain/eu-guidelines.ts';
import { countryName } from '#shared/domain/countries.ts';

const HEARING_HOURS = 2;
const ROLE = { coordinator: 'coordinator', mp: 'MP', diplomat: 'diplomat' } as const;

/** Renders `calendar` as an .ics document; `appUrl` makes links back to the cases. */
export function toICalendar(calendar: Calendar, options: { appUrl: string; now: Date }): string {
  const cal = ical({
    name: 'Tandem hearings',
    description: 'Hearings and action requests of the cases you may see on Tandem.',
    prodId: { company: 'Tandem', product: 'hearing-calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  const host = new URL(options.appUrl).hostname;
  for (const entry of calendar.entries) {
    const url = `${options.appUrl}/cases/${entry.caseId}`;
    if (entry.kind === 'hearing') {
      const start = new Date(`${entry.at}:00Z`);
      if (!entry.isPublic) {
        cal.createEvent({
          id: `hearing-${entry.eventId}@${host}`, stamp: options.now, start,
          end: new Date(start.getTime() + HEARING_HOURS * 3_600_000),
          summary: 'Hearing (Tandem case)',
          description: `A hearing in a case that is not public. Sign in to Tandem to see it:\n${url}`,
          url,
        });
        continue;
      }
      const roster = entry.observers.length === 0
        ? 'No observers yet.'
        : `Observers: ${entry.observers.map((o) => `${o.name} (${ROLE[o.role]})`).join(', ')}.`;
      cal.createEvent({
        id: `hearing-${entry.eventId}@${host}`,
        stamp: options.now,
        start,
        end: new Date(start.getTime() + HEARING_HOURS * 3_600_000),
        summary: `Hearing: ${entry.defenderName}`,
        location: `${entry.court}, ${countryName(entry.country)}`,
        description: `${entry.title}\n${roster}\n${url}`,
        url,
      });
    } else {
      const named = entry.isPublic;
      cal.createEvent({
        id: `request-${entry.requestId}@${host}`,
        stamp: options.now,
        start: new Date(`${entry.day}T00:00:00Z`),
        allDay: true,
        summary: named ? `Due: ${euActionLabel(entry.actionType)} for ${entry.defenderName}` : `Due: ${euActionLabel(entry.actionType)} (Tandem case)`,
        description: named
          ? `Action request to the missions in ${countryName(entry.country)}.\n${url}`
          : `An action request in a case that is not public. Sign in to Tandem to see it:\n${url}`,
        url,
      });
    }
  }
  return cal.toString();
}
