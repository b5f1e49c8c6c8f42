/**
 * Times where people are, against DynamoDB Local: a hearing posted as its
 * court's local time and zone is stored as the right UTC instant; a local
 * time the clocks skip is refused beside its field, in the reader's
 * language, with nothing stored; pages show the court's time with the
 * reader's beside it; the iCal feed carries the zone; the calendar's pages
 * in the pseudo-locale show no English chrome.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '#shared/crypto/tokens.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: string;
let honduras: DefenderCase;
let france: DefenderCase;

/** The member saves a time zone: the session carries it, as saving preferences rewrites it. */
async function withTimeZone(cookie: string, timeZone: string): Promise<void> {
  const id = cookie.slice(cookie.indexOf('=') + 1);
  const session = await h.store.getSession(sha256(id));
  if (!session) throw new Error('no session');
  await h.store.putSession({ ...session, timeZone });
}

const postEvent = (caseId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  h.json('POST', `/api/cases/${caseId}/events`, { cookie: coordinator, body: { type: 'hearing', title: 'Trial hearing', court: 'Juzgado de Letras', ...body }, headers });

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator', { name: 'Cora Coordinator' }));
  honduras = await h.createCase(coordinator, { defenderName: 'Berta Quintanilla', country: 'HN', visibility: 'public' });
  france = await h.createCase(coordinator, { defenderName: 'Jeanne Morel', country: 'FR', visibility: 'network' });
});

describe('posting a hearing as the court\'s local time', () => {
  it('stores 14:00 in Tegucigalpa as 20:00 UTC with its zone', async () => {
    const res = await postEvent(honduras.id, { date: '2026-12-10', hearingLocal: '2026-12-10T14:00', timeZone: 'America/Tegucigalpa' });
    expect(res.status).toBe(201);
    expect((await bodyOf(res)).event).toMatchObject({ hearingAt: '2026-12-10T20:00', timeZone: 'America/Tegucigalpa' });
    const stored = (await h.store.calendarWindow('2026-12-10', '2026-12-10')).hearings.filter((e) => e.caseId === honduras.id);
    expect(stored).toEqual([expect.objectContaining({ hearingAt: '2026-12-10T20:00', timeZone: 'America/Tegucigalpa' })]);
    expect(stored[0]).not.toHaveProperty('hearingLocal');
  });

  it('takes the case country\'s main zone when none is given, and still accepts the old UTC hearingAt', async () => {
    const local = await postEvent(france.id, { date: '2026-12-02', hearingLocal: '2026-12-02T09:30' });
    expect((await bodyOf(local)).event).toMatchObject({ hearingAt: '2026-12-02T08:30', timeZone: 'Europe/Paris' });
    const legacy = await postEvent(france.id, { date: '2026-12-03', hearingAt: '2026-12-03T08:30' });
    expect(legacy.status).toBe(201);
    expect((await bodyOf(legacy)).event).toMatchObject({ hearingAt: '2026-12-03T08:30', timeZone: 'Europe/Paris' });
  });

  it('refuses a local time the clocks skip (Paris, 28 March 2027, 02:30), in the caller\'s language, storing nothing', async () => {
    const before = await h.count();
    const chosen = await postEvent(france.id, { date: '2027-03-28', hearingLocal: '2027-03-28T02:30', timeZone: 'Europe/Paris' }, { 'accept-language': 'fr' });
    expect(chosen.status).toBe(400);
    expect(chosen.headers.get('content-type')).toContain('application/problem+json');
    const problem = await bodyOf(chosen);
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'hearingLocal' })]);
    expect(problem.errors[0].message).toBe('Cette heure n’existe pas dans le fuseau horaire choisi\u00a0: les horloges avancent à ce moment-là. Vérifiez l’heure auprès du tribunal.');
    // The country's default zone is checked the same way.
    const byDefault = await postEvent(france.id, { date: '2027-03-28', hearingLocal: '2027-03-28T02:30' });
    expect(byDefault.status).toBe(400);
    expect((await bodyOf(byDefault)).errors).toEqual([expect.objectContaining({ path: 'hearingLocal', message: expect.stringContaining('does not exist') })]);
    expect(await h.count()).toBe(before);
  });

  it('refuses an unknown zone, both kinds of time at once, and hearing times on other events', async () => {
    const unknown = await postEvent(honduras.id, { date: '2026-12-10', hearingLocal: '2026-12-10T14:00', timeZone: 'Mars/Olympus_Mons' }, { 'accept-language': 'es' });
    expect((await bodyOf(unknown)).errors).toEqual([expect.objectContaining({ path: 'timeZone', message: 'Elija de la lista la zona horaria del tribunal.' })]);
    const both = await postEvent(honduras.id, { date: '2026-12-10', hearingLocal: '2026-12-10T14:00', hearingAt: '2026-12-10T20:00' });
    expect((await bodyOf(both)).errors.map((e: { path: string }) => e.path)).toEqual(['hearingAt']);
    const update = await h.json('POST', `/api/cases/${honduras.id}/events`, {
      cookie: coordinator, body: { type: 'update', date: '2026-12-10', title: 'News', timeZone: 'America/Tegucigalpa' },
    });
    expect((await bodyOf(update)).errors.map((e: { path: string }) => e.path)).toEqual(['timeZone']);
  });

  it('the case page\'s form refuses the skipped time beside its field, keeping what was typed', async () => {
    const current = (await h.store.getCase(france.id))!;
    const before = await h.count();
    const res = await h.app.request(`/cases/${france.id}/events`, {
      method: 'POST',
      headers: { cookie: coordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fr' },
      body: new URLSearchParams({
        version: String(current.version), type: 'hearing', date: '2027-03-28', title: 'Audience d’appel', court: 'Cour d’appel de Paris',
        hearingLocal: '2027-03-28T02:30', timeZone: 'Europe/Paris', newRiskStatus: '',
      }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<p id="event-hearingLocal-error" class="error">Cette heure n’existe pas/);
    expect(html).toMatch(/id="event-hearingLocal"[^>]*aria-invalid="true"/);
    expect(html).toContain('value="2027-03-28T02:30"');
    expect(html).toMatch(/<option value="Europe\/Paris" selected="">Europe\/Paris<\/option>/);
    expect(html).toContain('value="Audience d’appel"');
    expect(await h.count()).toBe(before);
  });

  it('the form presets the zone to the case country\'s and posts other events without one', async () => {
    const html = await (await h.app.request(`/cases/${honduras.id}`, { headers: { cookie: coordinator } })).text();
    expect(html).toMatch(/<option value="America\/Tegucigalpa" selected="">/);
    const current = (await h.store.getCase(honduras.id))!;
    const res = await h.app.request(`/cases/${honduras.id}/events`, {
      method: 'POST',
      headers: { cookie: coordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ version: String(current.version), type: 'update', date: '2026-11-20', title: 'Lawyer visit', timeZone: 'America/Tegucigalpa' }),
    });
    expect(res.status).toBe(303);
  });
});

describe('hearing times on pages', () => {
  it('the calendar page in French shows the court\'s time and the reader\'s own', async () => {
    const mp = await h.signIn(await h.addMember('mp', { name: 'Maren Olsen' }));
    await withTimeZone(mp, 'Europe/Paris');
    const html = await (await h.app.request('/calendar?lang=fr', { headers: { cookie: mp } })).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<time datetime="2026-12-10T20:00:00Z">10 déc. 2026, 14:00 à Tegucigalpa (UTC−6) · 21:00 chez vous</time>');
    expect(html).toContain('Audience de <a href="/cases/');
    expect(html).toContain('Calendrier des audiences');
  });

  it('a reader who saved no zone sees the court\'s time and UTC, named as such; so does the case timeline', async () => {
    const html = await (await h.app.request('/calendar', { headers: { cookie: coordinator } })).text();
    expect(html).toContain('Dec 10, 2026, 2:00 PM in Tegucigalpa (CST) · 8:00 PM UTC');
    const timeline = await (await h.app.request(`/cases/${honduras.id}?lang=es`, { headers: { cookie: coordinator } })).text();
    expect(timeline).toContain('Audiencia en Juzgado de Letras, <time datetime="2026-12-10T20:00:00Z">10 dic 2026, 14:00 en Tegucigalpa (GMT-6) · 20:00 UTC</time>');
  });
});

/** Words outside the pseudo-locale's ⟦brackets⟧ that are not data the test put there. */
function plainEnglish(html: string, data: string[]): string[] {
  const body = html.slice(html.indexOf('<body'));
  const attributes = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  const texts = [...body.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').matchAll(/>([^<]+)</g)].map((m) => m[1]!);
  let text = [...texts, ...attributes].join('\n').replace(/&#39;|&quot;|&amp;/g, ' ');
  for (const known of data) text = text.replaceAll(known, ' ');
  // Brackets may span elements (a link inside a message): drop everything from ⟦ to its ⟧.
  text = text.replace(/⟦[^⟧]*⟧/gs, ' ');
  return text.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('the pseudo-locale', () => {
  const data = ['Berta Quintanilla', 'Jeanne Morel', 'Juzgado de Letras', 'Trial hearing', 'Cora Coordinator', 'Tandem', 'English', 'Français', 'Español', 'Русский'];

  it('the calendar page and the feed page have no plain English chrome', async () => {
    for (const path of ['/calendar?lang=en-XA', '/calendar/feed?lang=en-XA']) {
      const res = await h.app.request(path, { headers: { cookie: coordinator } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="en-XA">');
      expect(plainEnglish(html, data), path).toEqual([]);
      // The check can fail: the same page in English is full of plain words.
      const english = await (await h.app.request(path.replace('en-XA', 'en'), { headers: { cookie: coordinator } })).text();
      expect(plainEnglish(english, data).length).toBeGreaterThan(20);
    }
    const made = await h.app.request('/calendar/feed?lang=en-XA', { method: 'POST', headers: { cookie: coordinator, origin: APP_URL } });
    expect(plainEnglish((await made.text()).replace(/value="http[^"]+"/, ''), data)).toEqual([]);
  });
});

describe('the iCal feed across the March change', () => {
  it('carries each hearing\'s zone: ical.js reads back the stored instants, in Paris on both sides of the change and in Tegucigalpa', async () => {
    h.clock.advance(Date.parse('2027-03-01T09:00:00Z') - h.clock.now().getTime());
    const cookie = await h.signIn(await h.addMember('coordinator'));
    const paris = await h.createCase(cookie, { defenderName: 'Louise Martin', country: 'FR', visibility: 'public' });
    const posted: Array<{ hearingAt: string; id: string }> = [];
    for (const [caseId, hearingLocal] of [[paris.id, '2027-03-27T10:00'], [paris.id, '2027-03-28T10:00'], [honduras.id, '2027-03-10T14:00']] as const) {
      const res = await h.json('POST', `/api/cases/${caseId}/events`, { cookie, body: { type: 'hearing', date: hearingLocal.slice(0, 10), title: 'Hearing', court: 'Court', hearingLocal } });
      expect(res.status).toBe(201);
      posted.push((await bodyOf(res)).event);
    }
    expect(posted.map((e) => e.hearingAt)).toEqual(['2027-03-27T09:00', '2027-03-28T08:00', '2027-03-10T20:00']);

    const made = await h.json('POST', '/api/calendar/feed', { cookie, headers: { 'accept-language': 'fr' } });
    const feed = await h.app.request(((await bodyOf(made)).url as string).replace(APP_URL, ''));
    expect(feed.headers.get('content-language')).toBe('fr');
    const text = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270327T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270328T100000');
    expect(text).toContain('DTSTART;TZID=America/Tegucigalpa:20270310T140000');
    const root = new ICAL.Component(ICAL.parse(text));
    expect(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual(['America/Tegucigalpa', 'Europe/Paris']);
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    for (const hearing of posted) {
      const event = events.find((e) => e.uid.startsWith(`hearing-${hearing.id}@`))!;
      expect(event.startDate.toJSDate().toISOString()).toBe(`${hearing.hearingAt}:00.000Z`);
    }
    expect(events.find((e) => e.uid.startsWith(`hearing-${posted[2]!.id}@`))!.summary).toBe('Audience\u00a0: Berta Quintanilla');
  });
});
