/**
 * The hearing calendar against DynamoDB Local: what each member sees in the
 * next 8 weeks, the observer roster, and the private iCalendar feed, parsed
 * with ical.js: visible hearings only, revocable, never logged.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { APP_URL, makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let mp: Member;
const cookies = {} as Record<'coordinator' | 'mp' | 'otherMp' | 'diplomat' | 'keDiplomat', string>;
const cases = {} as Record<'public' | 'network' | 'hidden' | 'named' | 'later', DefenderCase>;
const hearings = {} as Record<keyof typeof cases, TimelineEvent>;
let coordinatorId: string;

const calendarOf = async (cookie?: string) => {
  const res = await h.json('GET', '/api/calendar', { cookie });
  return { status: res.status, body: res.status === 200 ? await bodyOf(res) : undefined };
};
const namesIn = (entries: Array<{ kind: string; defenderName: string }>, kind: string) =>
  entries.filter((e) => e.kind === kind).map((e) => e.defenderName);
const parseFeed = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

beforeAll(async () => {
  h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  coordinatorId = coordinator.id;
  cookies.coordinator = await h.signIn(coordinator);
  mp = await h.addMember('mp', { name: 'Maren Olsen MP' });
  cookies.mp = await h.signIn(mp);
  cookies.otherMp = await h.signIn(await h.addMember('mp'));
  cookies.diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
  cookies.keDiplomat = await h.signIn(await h.addMember('diplomat', { country: 'KE', mission: 'Embassy of Ireland' }));
  const specs = {
    public: { visibility: 'public' as const, days: 3 },
    network: { visibility: 'network' as const, days: 10 },
    hidden: { visibility: 'restricted' as const, days: 12 },
    named: { visibility: 'restricted' as const, days: 15, namedMemberIds: [mp.id] },
    later: { visibility: 'network' as const, days: 70 },
  };
  for (const [key, spec] of Object.entries(specs) as Array<[keyof typeof cases, (typeof specs)['public'] & { namedMemberIds?: string[] }]>) {
    cases[key] = await h.createCase(cookies.coordinator, {
      defenderName: `Defender ${key}`, country: 'CO', riskStatus: 'on_trial', visibility: spec.visibility, namedMemberIds: spec.namedMemberIds ?? [],
    });
    const day = new Date(h.clock.now().getTime() + spec.days * 86_400_000).toISOString().slice(0, 10);
    hearings[key] = await addHearing(h.deps, coordinatorId, cases[key].id, { hearingAt: `${day}T09:30`, court: `Court of ${key}`, title: 'Hearing' });
  }
  const res = await h.json('POST', `/api/cases/${cases.network.id}/action-requests`, {
    cookie: cookies.coordinator, body: { actionType: 'trial_observation', dueDate: '2026-11-28' },
  });
  expect(res.status).toBe(201);
});

describe('the calendar: next 8 weeks, as each member may see it', () => {
  it('an MP sees public and network hearings and the restricted one naming them; no requests', async () => {
    const { body } = await calendarOf(cookies.mp);
    expect(body.from).toBe('2026-11-23');
    expect(body.to).toBe('2027-01-17');
    expect(namesIn(body.entries, 'hearing')).toEqual(['Defender public', 'Defender network', 'Defender named']);
    expect(namesIn(body.entries, 'request')).toEqual([]);
  });

  it('a diplomat of the posting also sees the request due; another posting does not; coordinators see all', async () => {
    const co = (await calendarOf(cookies.diplomat)).body;
    expect(namesIn(co.entries, 'hearing')).toEqual(['Defender public', 'Defender network']);
    expect(co.entries.filter((e: { kind: string }) => e.kind === 'request')).toEqual([
      expect.objectContaining({ defenderName: 'Defender network', actionType: 'trial_observation', day: '2026-11-28', overdue: false }),
    ]);
    expect(namesIn((await calendarOf(cookies.keDiplomat)).body.entries, 'request')).toEqual([]);
    const all = (await calendarOf(cookies.coordinator)).body;
    expect(namesIn(all.entries, 'hearing')).toEqual(['Defender public', 'Defender network', 'Defender hidden', 'Defender named']);
  });

  it('is for members: 401 signed out; the page sends them to sign in', async () => {
    expect((await calendarOf(undefined)).status).toBe(401);
    const page = await h.app.request('/calendar');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/sign-in');
  });
});

describe('the observer roster', () => {
  it('a member signs up once (201, then 200), everyone who sees the case sees the roster, and can leave it', async () => {
    const path = `/api/cases/${cases.network.id}/hearings/${hearings.network.id}/observers/me`;
    expect((await h.json('PUT', path, { cookie: cookies.mp })).status).toBe(201);
    expect((await h.json('PUT', path, { cookie: cookies.mp })).status).toBe(200);
    const seen = (await calendarOf(cookies.diplomat)).body.entries.find((e: { eventId?: string }) => e.eventId === hearings.network.id);
    expect(seen.observers).toEqual([{ name: 'Maren Olsen MP', role: 'mp', you: false }]);
    expect((await h.json('DELETE', path, { cookie: cookies.mp })).status).toBe(204);
    const after = (await calendarOf(cookies.mp)).body.entries.find((e: { eventId?: string }) => e.eventId === hearings.network.id);
    expect(after.observers).toEqual([]);
  });

  it('a hearing of a case the member may not see answers 404; signed out 401; a hearing in the past 409', async () => {
    const hidden = `/api/cases/${cases.hidden.id}/hearings/${hearings.hidden.id}/observers/me`;
    expect((await h.json('PUT', hidden, { cookie: cookies.otherMp })).status).toBe(404);
    expect((await h.json('PUT', hidden)).status).toBe(401);
    const past = await addHearing(h.deps, coordinatorId, cases.public.id, { hearingAt: '2026-11-01T10:00', court: 'Old court', title: 'Past' });
    expect((await h.json('PUT', `/api/cases/${cases.public.id}/hearings/${past.id}/observers/me`, { cookie: cookies.mp })).status).toBe(409);
  });

  it('works from the calendar page with a form post', async () => {
    const form = new URLSearchParams({ caseId: cases.public.id, eventId: hearings.public.id });
    const res = await h.app.request('/calendar/observe', {
      method: 'POST', headers: { cookie: cookies.otherMp, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: form,
    });
    expect(res.status).toBe(303);
    const html = await (await h.app.request('/calendar', { headers: { cookie: cookies.mp } })).text();
    expect(html).toMatch(/Observers: mp [0-9a-f]{4} \(MP\)/);
    expect(html).toContain('Court of public');
    expect(html).not.toContain('Defender hidden');
  });
});

describe('the private iCalendar feed', () => {
  const newFeed = async (cookie: string) => {
    const res = await h.json('POST', '/api/calendar/feed', { cookie });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    return (await bodyOf(res)).url as string;
  };
  const fetchFeed = (url: string) => h.app.request(url.replace(APP_URL, ''));

  it('parses with ical.js and holds the member\'s visible hearings (named only when public), none of a restricted case they are not named on', async () => {
    const url = await newFeed(cookies.mp);
    expect(url).toMatch(/^http:\/\/localhost\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = (await res.text()).replace(/\r\n[ \t]/g, '');
    const events = parseFeed(text);
    const summaries = events.map((e) => e.summary);
    expect(summaries).toContain('Hearing: Defender public');
    const uids = events.map((e) => e.uid);
    expect(uids).toContain(`hearing-${hearings.network.id}@localhost`);
    expect(uids).toContain(`hearing-${hearings.named.id}@localhost`);
    expect(uids).not.toContain(`hearing-${hearings.hidden.id}@localhost`);
    expect(uids).not.toContain(`hearing-${hearings.later.id}@localhost`);
    const publicHearing = events.find((e) => e.uid === `hearing-${hearings.public.id}@localhost`)!;
    expect(publicHearing.summary).toBe('Hearing: Defender public');
    expect(publicHearing.location).toBe('Court of public, Colombia');
    // A case that is not public is not named on the calendar server: a neutral title, a link into Tandem.
    const network = events.find((e) => e.uid === `hearing-${hearings.network.id}@localhost`)!;
    expect(network.summary).toBe('Hearing (Tandem case)');
    expect(network.location).toBeNull();
    expect(network.description).toContain(`${APP_URL}/cases/${cases.network.id}`);
    expect(network.startDate.toJSDate().toISOString()).toBe(`${hearings.network.hearingAt}:00.000Z`);
    expect(text).not.toMatch(/Defender (network|named|hidden)|Court of (network|named|hidden)/);
  });

  it('a diplomat\'s feed carries the requests due for their posting as all-day events', async () => {
    const events = parseFeed(await (await fetchFeed(await newFeed(cookies.diplomat))).text());
    const due = events.find((e) => e.summary.startsWith('Due:'))!;
    // The request is on a network case: named in Tandem, neutral on the calendar server.
    expect(due.summary).toBe('Due: Trial observation (Tandem case)');
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2026-11-28');
  });

  it('follows visibility as it is now: a case that becomes restricted leaves the feed', async () => {
    const url = await newFeed(cookies.otherMp);
    expect(parseFeed(await (await fetchFeed(url)).text()).map((e) => e.summary)).toContain('Hearing: Defender public');
    const current = (await h.store.getCase(cases.public.id))!;
    await h.store.saveCase({
      case: { ...current, visibility: 'restricted', version: current.version + 1 }, expectedVersion: current.version,
      audit: { id: crypto.randomUUID(), at: h.clock.now().toISOString(), actorId: coordinatorId, action: 'case.visibility_changed', caseId: current.id },
    });
    try {
      expect(parseFeed(await (await fetchFeed(url)).text()).map((e) => e.summary)).not.toContain('Hearing: Defender public');
    } finally {
      const now = (await h.store.getCase(cases.public.id))!;
      await h.store.saveCase({
        case: { ...now, visibility: 'public', version: now.version + 1 }, expectedVersion: now.version,
        audit: { id: crypto.randomUUID(), at: h.clock.now().toISOString(), actorId: coordinatorId, action: 'case.visibility_changed', caseId: now.id },
      });
    }
  });

  it('a revoked feed URL answers 404; a new URL replaces the old one; unknown and malformed tokens 404', async () => {
    const first = await newFeed(cookies.mp);
    const second = await newFeed(cookies.mp);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(await bodyOf(await h.json('GET', '/api/calendar/feed', { cookie: cookies.mp }))).toMatchObject({ active: true });
    expect((await h.json('DELETE', '/api/calendar/feed', { cookie: cookies.mp })).status).toBe(204);
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await bodyOf(await h.json('GET', '/api/calendar/feed', { cookie: cookies.mp }))).toEqual({ active: false });
    expect((await h.app.request(`/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await h.app.request('/calendar/not-a-token.ics')).status).toBe(404);
    expect((await h.json('POST', '/api/calendar/feed')).status).toBe(401);
  });

  it('the token is never logged: the log has the route pattern only', async () => {
    const url = await newFeed(cookies.mp);
    const token = url.split('/').pop()!.replace('.ics', '');
    await fetchFeed(url);
    await fetchFeed(url.replace(token, `${token.slice(0, -1)}x`));
    const log = h.logs.join('\n');
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(0, -1));
    expect(h.logs.filter((l) => l.includes('"route":"/calendar/:file"')).length).toBeGreaterThanOrEqual(2);
  });

  it('the feed page makes the address, shows it once, and revokes it', async () => {
    const post = (path: string) => h.app.request(path, { method: 'POST', headers: { cookie: cookies.diplomat, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' } });
    const made = await post('/calendar/feed');
    const html = await made.text();
    const url = html.match(/value="(http:\/\/localhost\/calendar\/[A-Za-z0-9_-]{43}\.ics)"/)?.[1];
    expect(url).toBeDefined();
    expect(html).toContain('names neither the defender nor the court');
    expect((await fetchFeed(url!)).status).toBe(200);
    expect(await (await h.app.request('/calendar/feed', { headers: { cookie: cookies.diplomat } })).text()).not.toContain(url!);
    expect((await post('/calendar/feed/revoke')).status).toBe(200);
    expect((await fetchFeed(url!)).status).toBe(404);
  });
});
