/**
 * Corrections of the timeline against DynamoDB Local: PATCH and DELETE of an
 * event (coordinators, If-Match on the event's version, audited), and each
 * thing derived from the event following it: the hearing calendar and its
 * observer roster, the reminders, the iCalendar feed, the week's digest news,
 * the case's place in recent lists. The coverage aggregates derive nothing
 * from events; coverage-corrections.test.ts checks they stay equal to a recount.
 */
import ICAL from 'ical.js';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { runReminders } from '#shared/notifications/reminder-jobs.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { WEEK, duringReportedWeek } from '../support/digest.ts';

const HOUR = 3_600_000;
let h: Harness;
let coordinator: string;
let mp: Member;
let asMp: string;
let c: DefenderCase;

const eventsOf = async (caseId: string): Promise<Array<TimelineEvent & { version: number }>> =>
  (await bodyOf(await h.json('GET', `/api/cases/${caseId}/events`, { cookie: coordinator }))).items;
const post = async (caseId: string, body: Record<string, unknown>): Promise<TimelineEvent> => {
  const res = await h.json('POST', `/api/cases/${caseId}/events`, { cookie: coordinator, body });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await bodyOf(res)).event;
};
const patch = (caseId: string, eventId: string, body: unknown, ifMatch?: string, cookie = coordinator) =>
  h.json('PATCH', `/api/cases/${caseId}/events/${eventId}`, { cookie, body, headers: ifMatch ? { 'if-match': ifMatch } : {} });
const remove = (caseId: string, eventId: string, ifMatch?: string, cookie = coordinator) =>
  h.json('DELETE', `/api/cases/${caseId}/events/${eventId}`, { cookie, headers: ifMatch ? { 'if-match': ifMatch } : {} });
const auditOf = async (caseId: string, action: string) =>
  ((await bodyOf(await h.json('GET', `/api/cases/${caseId}/audit`, { cookie: coordinator }))).items as Array<{ action: string; fields?: string[] }>)
    .filter((line) => line.action === action);
const minuteIn = (hours: number) => new Date(h.clock.now().getTime() + hours * HOUR).toISOString().slice(0, 16);
/** The current case's hearings in the calendar, as the member sees it. */
const calendarHearings = async (cookie: string) =>
  ((await bodyOf(await h.json('GET', '/api/calendar', { cookie }))).entries as Array<{ kind: string; caseId: string; eventId: string; at: string; observers: unknown[] }>)
    .filter((e) => e.kind === 'hearing' && e.caseId === c.id);
const signUp = async (caseId: string, eventId: string, cookie = asMp) =>
  expect((await h.json('PUT', `/api/cases/${caseId}/hearings/${eventId}/observers/me`, { cookie })).status).toBeLessThan(300);
const seen = new Set<string>();
/** Emails sent since the last call, sign-in links left out. */
const newMail = async () => {
  const fresh = (await h.outbox.list()).filter((m) => !seen.has(m.id));
  for (const m of fresh) seen.add(m.id);
  return fresh.filter((m) => !/sign-in link/i.test(m.subject));
};

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp', { name: 'Maren Olsen MP' });
  asMp = await h.signIn(mp);
});
beforeEach(async () => {
  // Each test a minute later than the last: audit lines and recent lists sort by time.
  h.clock.advance(60_000);
  c = await h.createCase(coordinator, { defenderName: 'Ana Defensora', country: 'CO', visibility: 'network' });
  await newMail();
});

describe('PATCH /api/cases/{id}/events/{eventId}', () => {
  it('corrects the fields given, answers the event with its next version as ETag, and audits the fields that changed', async () => {
    const e = await post(c.id, { type: 'threat', date: '2026-11-20', title: 'Threatening mesages', description: 'By phone.' });
    expect((await eventsOf(c.id))[0]!.version).toBe(1);

    const res = await patch(c.id, e.id, { title: 'Threatening messages', description: null }, '"1"');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const body = await bodyOf(res);
    expect(body).toMatchObject({ id: e.id, title: 'Threatening messages', version: 2, type: 'threat', date: '2026-11-20' });
    expect(body.description).toBeUndefined();
    expect(await eventsOf(c.id)).toEqual([expect.objectContaining({ id: e.id, title: 'Threatening messages', version: 2 })]);
    expect(await auditOf(c.id, 'case.event_corrected')).toEqual([expect.objectContaining({ fields: ['title', 'description'] })]);
  });

  it('moves the event when its date changes: still one event, under its new date', async () => {
    const e = await post(c.id, { type: 'arrest', date: '2026-11-02', title: 'Arrested at home' });
    h.clock.advance(1000);
    await h.createCase(coordinator, { defenderName: 'Edited later' });
    h.clock.advance(1000);
    expect((await patch(c.id, e.id, { date: '2026-11-12' }, '"1"')).status).toBe(200);
    expect((await eventsOf(c.id)).map((x) => [x.id, x.date])).toEqual([[e.id, '2026-11-12']]);
    // The case rose in "recently updated" with the correction.
    const listed = (await bodyOf(await h.json('GET', '/api/cases?limit=1', { cookie: coordinator }))).items;
    expect(listed[0].id).toBe(c.id);
  });

  it('needs If-Match (428), refuses a stale one (412) and changes nothing then', async () => {
    const e = await post(c.id, { type: 'update', date: '2026-11-20', title: 'Original' });
    expect((await patch(c.id, e.id, { title: 'No version' })).status).toBe(428);
    expect((await patch(c.id, e.id, { title: 'First' }, '"1"')).status).toBe(200);
    expect((await patch(c.id, e.id, { title: 'Stale' }, '"1"')).status).toBe(412);
    expect((await eventsOf(c.id))[0]).toMatchObject({ title: 'First', version: 2 });
  });

  it('reads an event stored before versions (none on the item) as version 1', async () => {
    const old = await addHearing(h.deps, mp.id, c.id, { hearingAt: minuteIn(200), court: 'Juzgado 4', title: 'Old hearing' });
    expect((old as { version?: number }).version).toBeUndefined();
    expect((await patch(c.id, old.id, { title: 'Old hearing, corrected' }, '"2"')).status).toBe(412);
    expect((await patch(c.id, old.id, { title: 'Old hearing, corrected' }, '"1"')).status).toBe(200);
  });

  it('refuses an event the correction would make invalid, naming the field, and stores nothing', async () => {
    const e = await post(c.id, { type: 'update', date: '2026-11-20', title: 'Update' });
    const before = await h.count();
    const courtOnUpdate = await patch(c.id, e.id, { court: 'Juzgado 4' }, '"1"');
    expect(courtOnUpdate.status).toBe(400);
    expect((await bodyOf(courtOnUpdate)).errors.map((x: { path: string }) => x.path)).toEqual(['court']);
    const bareHearing = await patch(c.id, e.id, { type: 'hearing' }, '"1"');
    expect((await bodyOf(bareHearing)).errors.map((x: { path: string }) => x.path).sort()).toEqual(['court', 'hearingLocal']);
    const unknown = await patch(c.id, e.id, { newRiskStatus: 'detained' }, '"1"');
    expect((await bodyOf(unknown)).errors.map((x: { path: string }) => x.path)).toEqual(['newRiskStatus']);
    const badId = await patch(c.id, 'not-an-id', { title: 'x' }, '"1"');
    expect(badId.status).toBe(400);
    expect(await h.count()).toBe(before);
  });

  it('answers 404 for an event that is not on the case, 403 to an MP who sees the case, 404 to whom it is hidden', async () => {
    const e = await post(c.id, { type: 'update', date: '2026-11-20', title: 'Update' });
    const other = await h.createCase(coordinator, { defenderName: 'Other Case' });
    expect((await patch(other.id, e.id, { title: 'x' }, '"1"')).status).toBe(404);
    expect((await patch(c.id, e.id, { title: 'x' }, '"1"', asMp)).status).toBe(403);
    expect((await remove(c.id, e.id, '"1"', asMp)).status).toBe(403);
    const hidden = await h.createCase(coordinator, { visibility: 'restricted' });
    const hiddenEvent = await post(hidden.id, { type: 'update', date: '2026-11-20', title: 'Hidden' });
    expect((await patch(hidden.id, hiddenEvent.id, { title: 'x' }, '"1"', asMp)).status).toBe(404);
    expect((await remove(hidden.id, hiddenEvent.id, '"1"', asMp)).status).toBe(404);
    expect((await patch(c.id, e.id, { title: 'x' }, '"1"', '')).status).toBe(404);
  });
});

describe('DELETE /api/cases/{id}/events/{eventId}', () => {
  it('deletes with the current version (204), audited; 428 without it, 412 with a stale one, 404 once gone', async () => {
    const e = await post(c.id, { type: 'threat', date: '2026-11-20', title: 'Posted on the wrong case' });
    expect((await remove(c.id, e.id)).status).toBe(428);
    expect((await remove(c.id, e.id, '"7"')).status).toBe(412);
    expect((await remove(c.id, e.id, '"1"')).status).toBe(204);
    expect(await eventsOf(c.id)).toEqual([]);
    expect(await auditOf(c.id, 'case.event_deleted')).toEqual([expect.objectContaining({ fields: ['timeline'] })]);
    expect((await remove(c.id, e.id, '"1"')).status).toBe(404);
  });
});

describe('a hearing corrected: the calendar, its roster, the reminders and the feeds follow', () => {
  it('moved: the calendar shows the new time with its observer; the reminder goes 48 hours before the new time, not the old', async () => {
    const hearing = await post(c.id, { type: 'hearing', date: '2026-11-20', title: 'Trial opens', court: 'Juzgado 4', hearingAt: minuteIn(30) });
    await signUp(c.id, hearing.id);
    const later = minuteIn(100);
    const res = await patch(c.id, hearing.id, { hearingAt: later }, '"1"');
    expect(res.status).toBe(200);

    expect(await calendarHearings(asMp)).toEqual([expect.objectContaining({ eventId: hearing.id, at: later, observers: [expect.objectContaining({ you: true })] })]);
    // Where the old time was due, nothing; 47 hours before the new one, the observer is reminded.
    await runReminders(h.deps);
    expect(await newMail()).toEqual([]);
    expect((await h.store.listObserversBetween(minuteIn(0), minuteIn(48))).filter((o) => o.caseId === c.id)).toEqual([]);
    h.clock.advance(53 * HOUR);
    try {
      await runReminders(h.deps);
      const mails = await newMail();
      expect(mails.map((m) => m.to)).toEqual([mp.email]);
    } finally {
      h.clock.advance(-53 * HOUR);
    }
  });

  it('the feed carries the hearing at its new time, then not at all once it is deleted', async () => {
    const hearing = await post(c.id, { type: 'hearing', date: '2026-11-20', title: 'Trial opens', court: 'Juzgado 4', hearingLocal: '2026-12-01T10:00', timeZone: 'America/Bogota' });
    const feed = (await bodyOf(await h.json('POST', '/api/calendar/feed', { cookie: asMp }))).url as string;
    const startOf = async () => {
      const text = await (await h.app.request(feed.replace(APP_URL, ''))).text();
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      return events.find((e) => e.uid === `hearing-${hearing.id}@localhost`)?.startDate.toJSDate().toISOString();
    };
    expect(await startOf()).toBe('2026-12-01T15:00:00.000Z');
    expect((await patch(c.id, hearing.id, { hearingLocal: '2026-12-03T09:30' }, '"1"')).status).toBe(200);
    expect(await startOf()).toBe('2026-12-03T14:30:00.000Z');
    expect((await remove(c.id, hearing.id, '"2"')).status).toBe(204);
    expect(await startOf()).toBeUndefined();
  });

  it('deleted, or no longer a hearing: it leaves the calendar and its observers are taken off the roster', async () => {
    const deleted = await post(c.id, { type: 'hearing', date: '2026-11-20', title: 'Hearing A', court: 'Juzgado 4', hearingAt: minuteIn(30) });
    const retyped = await post(c.id, { type: 'hearing', date: '2026-11-20', title: 'Hearing B', court: 'Juzgado 5', hearingAt: minuteIn(40) });
    await signUp(c.id, deleted.id);
    await signUp(c.id, retyped.id);
    expect((await calendarHearings(asMp)).map((e) => e.eventId)).toEqual([deleted.id, retyped.id]);

    expect((await remove(c.id, deleted.id, '"1"')).status).toBe(204);
    // Without its court and time: a hearing that turned out to be a plain update.
    expect((await patch(c.id, retyped.id, { type: 'update' }, '"1"')).status).toBe(200);
    expect((await eventsOf(c.id)).find((e) => e.id === retyped.id)).not.toHaveProperty('court');

    expect(await calendarHearings(asMp)).toEqual([]);
    expect((await h.store.listObserversBetween(minuteIn(0), minuteIn(48))).filter((o) => o.caseId === c.id)).toEqual([]);
    const items = await h.doc.send(new QueryCommand({ TableName: h.table, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :o)', ExpressionAttributeValues: { ':pk': `CASE#${c.id}`, ':o': 'OBSERVER#' } }));
    expect(items.Items).toEqual([]);
    await runReminders(h.deps);
    expect(await newMail()).toEqual([]);
  });
});

describe("the week's digest news follows the correction", () => {
  it('a corrected title replaces the old one in the digest; a deleted event leaves it', async () => {
    const previewText = async () => {
      const res = await h.json('GET', `/api/digests/${WEEK}/preview?member=${mp.id}`, { cookie: coordinator });
      expect(res.status).toBe(200);
      return (await bodyOf(res)).text as string;
    };
    expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } })).status).toBe(201);
    const [kept, dropped] = await duringReportedWeek(h, async () => [
      await post(c.id, { type: 'threat', date: '2026-11-18', title: 'Threat agianst the family' }),
      await post(c.id, { type: 'update', date: '2026-11-18', title: 'Posted by mistake' }),
    ]);
    const before = await previewText();
    expect(before).toContain('Threat agianst the family');
    expect(before).toContain('Posted by mistake');

    expect((await patch(c.id, kept.id, { title: 'Threat against the family' }, '"1"')).status).toBe(200);
    expect((await remove(c.id, dropped.id, '"1"')).status).toBe(204);
    const after = await previewText();
    expect(after).toContain('Threat against the family');
    expect(after).not.toContain('agianst');
    expect(after).not.toContain('Posted by mistake');
  });
});
