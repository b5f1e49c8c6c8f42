import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Calendar } from '#shared/calendar/read-calendar.ts';
import { toICalendar } from './ics.ts';

const calendar: Calendar = {
  from: '2026-11-23', to: '2027-01-17', truncated: false,
  entries: [
    {
      kind: 'hearing', day: '2026-12-01', at: '2026-12-01T14:30', caseId: 'case-1', isPublic: true, eventId: 'event-1',
      defenderName: 'Ana; "Lucía", Restrepo', country: 'CO', title: 'Appeal hearing', court: 'Tribunal Superior de Bogotá',
      observers: [{ name: 'Maren Olsen MP', role: 'mp', you: true }],
    },
    {
      kind: 'request', day: '2026-12-03', caseId: 'case-1', isPublic: true, requestId: 'request-1', defenderName: 'Ana; "Lucía", Restrepo',
      country: 'CO', actionType: 'trial_observation', status: 'open', overdue: false,
    },
  ],
};

describe('the iCalendar document', () => {
  const text = toICalendar(calendar, { appUrl: 'https://tandem.example.org', now: new Date('2026-11-23T09:00:00Z') });
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses with ical.js: a timed hearing in UTC and an all-day request on its due date', () => {
    expect(events).toHaveLength(2);
    const [hearing, request] = events as [ICAL.Event, ICAL.Event];
    expect(hearing.summary).toBe('Hearing: Ana; "Lucía", Restrepo');
    expect(hearing.startDate.toJSDate().toISOString()).toBe('2026-12-01T14:30:00.000Z');
    expect(hearing.endDate.toJSDate().toISOString()).toBe('2026-12-01T16:30:00.000Z');
    expect(hearing.location).toBe('Tribunal Superior de Bogotá, Colombia');
    expect(hearing.description).toContain('Observers: Maren Olsen MP (MP).');
    expect(hearing.uid).toBe('hearing-event-1@tandem.example.org');
    expect(request.startDate.isDate).toBe(true);
    expect(request.startDate.toString()).toBe('2026-12-03');
    expect(request.summary).toBe('Due: Trial observation for Ana; "Lucía", Restrepo');
  });

  it('escapes text as RFC 5545 asks and folds long lines', () => {
    expect(text).toContain('SUMMARY:Hearing: Ana\\; "Lucía"\\, Restrepo');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('names neither the defender, the court, the country nor the observers of a case that is not public', () => {
    const hidden: Calendar = { ...calendar, entries: calendar.entries.map((e) => ({ ...e, isPublic: false })) };
    const ics = toICalendar(hidden, { appUrl: 'https://tandem.example.org', now: new Date('2026-11-23T09:00:00Z') });
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    for (const secret of ['Restrepo', 'Tribunal', 'Colombia', 'Maren', 'Appeal hearing']) expect(unfolded).not.toContain(secret);
    const [hearing, request] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) as [ICAL.Event, ICAL.Event];
    expect(hearing.summary).toBe('Hearing (Tandem case)');
    expect(hearing.description).toContain('https://tandem.example.org/cases/case-1');
    expect(request.summary).toBe('Due: Trial observation (Tandem case)');
  });
});
