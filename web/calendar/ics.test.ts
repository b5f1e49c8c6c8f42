import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Calendar, HearingEntry } from '#shared/calendar/read-calendar.ts';
import { localToUtc } from '#shared/domain/zoned-time.ts';
import { translatorFor } from '#shared/i18n/translator.ts';
import { toICalendar } from './ics.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// These tests translate into every language directly, as a job does once it has loaded them.
beforeAll(loadAllCatalogs);

const english = { appUrl: 'https://tandem.example.org', now: new Date('2026-11-23T09:00:00Z'), translator: translatorFor('en') };
const hearing = (over: Partial<HearingEntry>): HearingEntry => ({
  kind: 'hearing', day: '2026-12-01', at: '2026-12-01T14:30', timeZone: 'UTC', caseId: 'case-1', isPublic: true, eventId: 'event-1',
  defenderName: 'Ana; "Lucía", Restrepo', country: 'CO', title: 'Appeal hearing', court: 'Tribunal Superior de Bogotá',
  observers: [{ name: 'Maren Olsen MP', role: 'mp', you: true }], ...over,
});

const calendar: Calendar = {
  from: '2026-11-23', to: '2027-01-17', truncated: false,
  entries: [
    hearing({}),
    {
      kind: 'request', day: '2026-12-03', caseId: 'case-1', isPublic: true, requestId: 'request-1', defenderName: 'Ana; "Lucía", Restrepo',
      country: 'CO', actionType: 'trial_observation', status: 'open', overdue: false,
    },
  ],
};

const parse = (text: string) => {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
};
const utcOf = (event: ICAL.Event) => event.startDate.toJSDate().toISOString();

describe('the iCalendar document', () => {
  const text = toICalendar(calendar, english);
  const { events } = parse(text);

  it('parses with ical.js: a hearing stored before zones in UTC and an all-day request on its due date', () => {
    expect(events).toHaveLength(2);
    const [first, request] = events as [ICAL.Event, ICAL.Event];
    expect(first.summary).toBe('Hearing: Ana; "Lucía", Restrepo');
    expect(utcOf(first)).toBe('2026-12-01T14:30:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2026-12-01T16:30:00.000Z');
    expect(first.location).toBe('Tribunal Superior de Bogotá, Colombia');
    expect(first.description).toContain('Observers: Maren Olsen MP (MP).');
    expect(first.uid).toBe('hearing-event-1@tandem.example.org');
    expect(request.startDate.isDate).toBe(true);
    expect(request.startDate.toString()).toBe('2026-12-03');
    expect(request.summary).toBe('Due: Trial observation for Ana; "Lucía", Restrepo');
  });

  it('escapes text as RFC 5545 asks and folds long lines', () => {
    expect(text).toContain('SUMMARY:Hearing: Ana\\; "Lucía"\\, Restrepo');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('names neither the defender, the court, the country nor the observers of a case that is not public', () => {
    const hidden: Calendar = { ...calendar, entries: calendar.entries.map((e) => ({ ...e, isPublic: false, ...(e.kind === 'hearing' ? { timeZone: 'America/Bogota' } : {}) })) };
    const ics = toICalendar(hidden, english);
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    // The zone would name the country too: a hearing of a case that is not public is written in UTC.
    for (const secret of ['Restrepo', 'Tribunal', 'Colombia', 'Maren', 'Appeal hearing', 'Bogota', 'VTIMEZONE', 'TZID']) expect(unfolded).not.toContain(secret);
    const [neutral, request] = parse(ics).events as [ICAL.Event, ICAL.Event];
    expect(neutral.summary).toBe('Hearing (Tandem case)');
    expect(utcOf(neutral)).toBe('2026-12-01T14:30:00.000Z');
    expect(neutral.description).toContain('https://tandem.example.org/cases/case-1');
    expect(request.summary).toBe('Due: Trial observation (Tandem case)');
  });
});

describe('hearings in their court\'s time zone', () => {
  // Paris changes its clocks on 28 March 2027 at 01:00 UTC: 10:00 is 09:00 UTC the day before, 08:00 UTC on the day.
  const paris = ['2027-03-27T10:00', '2027-03-28T10:00'].map((local, i) =>
    hearing({ eventId: `paris-${i}`, at: localToUtc(local, 'Europe/Paris')!, timeZone: 'Europe/Paris', country: 'FR', court: 'Tribunal judiciaire de Paris' }));
  const tegucigalpa = hearing({ eventId: 'hn', at: localToUtc('2027-03-10T14:00', 'America/Tegucigalpa')!, timeZone: 'America/Tegucigalpa', country: 'HN', court: 'Juzgado de Letras' });
  const zoned: Calendar = { from: '2027-03-01', to: '2027-04-25', truncated: false, entries: [tegucigalpa, ...paris] };
  const text = toICalendar(zoned, english);
  const { root, events } = parse(text);

  it('writes each start as the court\'s wall time with its TZID', () => {
    expect(text).toContain('DTSTART;TZID=America/Tegucigalpa:20270310T140000');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270327T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270328T100000');
  });

  it('ical.js reads every start back as the stored UTC instant, on both sides of the March change and where clocks never change', () => {
    const byId = new Map(events.map((e) => [e.uid.split('@')[0]!, e]));
    expect(utcOf(byId.get('hearing-hn')!)).toBe('2027-03-10T20:00:00.000Z');
    expect(utcOf(byId.get('hearing-paris-0')!)).toBe('2027-03-27T09:00:00.000Z');
    expect(utcOf(byId.get('hearing-paris-1')!)).toBe('2027-03-28T08:00:00.000Z');
    for (const entry of zoned.entries as HearingEntry[]) expect(utcOf(byId.get(`hearing-${entry.eventId}`)!)).toBe(`${entry.at}:00.000Z`);
    expect(byId.get('hearing-paris-1')!.startDate.zone?.tzid).toBe('Europe/Paris');
  });

  it('has one VTIMEZONE per zone, generated from Intl: Paris with its March change, Tegucigalpa with its one offset', () => {
    const zones = root.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/Tegucigalpa', 'Europe/Paris']);
    const parisZone = zones.find((z) => z.getFirstPropertyValue('tzid') === 'Europe/Paris')!;
    const daylight = parisZone.getAllSubcomponents('daylight');
    expect(daylight).toHaveLength(1);
    expect(daylight[0]!.getFirstPropertyValue('dtstart')!.toString()).toBe('2027-03-28T02:00:00');
    expect(String(daylight[0]!.getFirstPropertyValue('tzoffsetfrom'))).toBe('+01:00');
    expect(String(daylight[0]!.getFirstPropertyValue('tzoffsetto'))).toBe('+02:00');
    const honduras = zones.find((z) => z.getFirstPropertyValue('tzid') === 'America/Tegucigalpa')!;
    expect(honduras.getAllSubcomponents('daylight')).toHaveLength(0);
    expect(honduras.getAllSubcomponents('standard').map((s) => String(s.getFirstPropertyValue('tzoffsetto')))).toEqual(['-06:00']);
  });

  it('speaks the feed owner\'s language and says the court\'s local time in the description', () => {
    const french = toICalendar(zoned, { ...english, translator: translatorFor('fr') });
    const hn = parse(french).events.find((e) => e.uid.startsWith('hearing-hn'))!;
    expect(hn.summary).toBe('Audience\u00a0: Ana; "Lucía", Restrepo');
    expect(hn.location).toBe('Juzgado de Letras, Honduras');
    expect(hn.description).toContain('14:00 à Tegucigalpa');
    expect(hn.description).toContain('Observateur·rice·s\u00a0: Maren Olsen MP (Parlementaire).');
    expect(french).toContain('X-WR-CALNAME:Audiences Tandem');
  });
});
