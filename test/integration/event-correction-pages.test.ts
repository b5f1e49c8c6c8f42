/**
 * The coordinators' correction pages, as a browser posts them: the links
 * beside each event on the case page (coordinators only), the edit form
 * (errors beside their fields, everything typed kept, the heading unchanged,
 * a stale version answered with the saved event), and the deletion that asks
 * first on a page of its own, without script. Every string from the catalogs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { plainEnglish } from '../support/page-text.ts';

let h: Harness;
let coordinator: string;
let asMp: string;
let c: DefenderCase;

const page = (path: string, cookie = coordinator) => h.app.request(path, { headers: { cookie } });
const form = (path: string, fields: Record<string, string>, cookie = coordinator) =>
  h.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie }, body: new URLSearchParams(fields) });
const post = async (body: Record<string, unknown>): Promise<TimelineEvent> =>
  (await bodyOf(await h.json('POST', `/api/cases/${c.id}/events`, { cookie: coordinator, body }))).event;
const stored = async (id: string) => (await h.store.getCaseBundle(c.id))!.events.find((e) => e.id === id);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  asMp = await h.signIn(await h.addMember('mp'));
  c = await h.createCase(coordinator, { defenderName: 'Ana Defensora', visibility: 'network' });
});

describe('the case page', () => {
  it('links each event to its edit and delete pages for coordinators, never for members', async () => {
    const e = await post({ type: 'threat', date: '2026-11-20', title: 'Threat by phone' });
    const html = await (await page(`/cases/${c.id}`)).text();
    expect(html).toContain(`href="/cases/${c.id}/events/${e.id}/edit"`);
    expect(html).toContain(`href="/cases/${c.id}/events/${e.id}/delete"`);
    expect(html).toContain('aria-label="Edit the event “Threat by phone”"');
    const mpHtml = await (await page(`/cases/${c.id}`, asMp)).text();
    expect(mpHtml).toContain('Threat by phone');
    expect(mpHtml).not.toContain(`/events/${e.id}/edit`);
    expect((await page(`/cases/${c.id}/events/${e.id}/edit`, asMp)).status).toBe(403);
  });
});

describe('the edit form', () => {
  it('opens with the event as stored (a hearing at its court\'s local time) and saves a correction', async () => {
    const e = await post({ type: 'hearing', date: '2026-11-20', title: 'Trial', court: 'Juzgado 4', hearingLocal: '2026-12-01T10:00', timeZone: 'America/Bogota' });
    const html = await (await page(`/cases/${c.id}/events/${e.id}/edit`)).text();
    expect(html).toContain('<h1>Correct a timeline event of Ana Defensora</h1>');
    expect(html).toContain('value="2026-12-01T10:00"');
    expect(html).toContain('value="Juzgado 4"');
    const res = await form(`/cases/${c.id}/events/${e.id}/edit`, {
      version: '1', type: 'hearing', date: '2026-11-20', title: 'Trial', description: '', court: 'Juzgado 5', hearingLocal: '2026-12-01T11:00', timeZone: 'America/Bogota',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/cases/${c.id}`);
    expect(await stored(e.id)).toMatchObject({ court: 'Juzgado 5', hearingAt: '2026-12-01T16:00', version: 2 });
  });

  it('comes back with the errors beside their fields, the values typed and the heading unchanged; nothing stored', async () => {
    const e = await post({ type: 'update', date: '2026-11-20', title: 'Visit' });
    const res = await form(`/cases/${c.id}/events/${e.id}/edit`, { version: '1', type: 'update', date: '2026-11-31', title: '', description: 'Typed details', court: 'Juzgado 9' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Correct a timeline event of Ana Defensora</h1>');
    for (const field of ['date', 'title']) expect(html).toContain(`id="event-${field}-error"`);
    expect(html).toMatch(/id="event-date"[^>]*autofocus/);
    expect(html).toContain('Typed details');
    expect(html).toContain('value="Juzgado 9"');
    expect(html).toContain('name="version" value="1"');
    // Once the fields are valid, the rules of the corrected event: an update has no court.
    const court = await (await form(`/cases/${c.id}/events/${e.id}/edit`, { version: '1', type: 'update', date: '2026-11-20', title: 'Visit', court: 'Juzgado 9' })).text();
    expect(court).toMatch(/id="event-court"[^>]*autofocus/);
    expect(court).toContain('Only hearings have a court');
    expect(await stored(e.id)).toMatchObject({ title: 'Visit', date: '2026-11-20', version: 1 });
  });

  it('a stale version shows the saved event with a notice (412)', async () => {
    const e = await post({ type: 'update', date: '2026-11-20', title: 'First' });
    expect((await h.json('PATCH', `/api/cases/${c.id}/events/${e.id}`, { cookie: coordinator, headers: { 'if-match': '"1"' }, body: { title: 'Second' } })).status).toBe(200);
    const res = await form(`/cases/${c.id}/events/${e.id}/edit`, { version: '1', type: 'update', date: '2026-11-20', title: 'Third' });
    expect(res.status).toBe(412);
    const html = await res.text();
    expect(html).toContain('Someone else changed this event meanwhile');
    expect(html).toContain('value="Second"');
    expect(html).toContain('name="version" value="2"');
  });
});

describe('deleting', () => {
  it('asks first, on a page with one form button and a way back; the post deletes and returns to the case', async () => {
    const e = await post({ type: 'hearing', date: '2026-11-20', title: 'Hearing to drop', court: 'Juzgado 4', hearingAt: '2026-12-04T14:00' });
    expect((await h.json('PUT', `/api/cases/${c.id}/hearings/${e.id}/observers/me`, { cookie: asMp })).status).toBeLessThan(300);
    const html = await (await page(`/cases/${c.id}/events/${e.id}/delete`)).text();
    expect(html).toContain('<h1>Delete a timeline event of Ana Defensora</h1>');
    expect(html).toContain('Hearing to drop');
    expect(html).toContain('and 1 observer is taken off its roster');
    expect(html).toContain(`<form method="post" action="/cases/${c.id}/events/${e.id}/delete"`);
    expect(html).not.toContain('<script');
    expect(await stored(e.id)).toBeDefined();

    const res = await form(`/cases/${c.id}/events/${e.id}/delete`, { version: '1' });
    expect(res.status).toBe(303);
    expect(await stored(e.id)).toBeUndefined();
  });
});

describe('in the pseudo-locale', () => {
  it('the edit and delete pages have no plain English left', async () => {
    const e = await post({ type: 'hearing', date: '2026-11-20', title: 'Pseudo hearing', court: 'Juzgado 4', hearingAt: '2026-12-04T14:00' });
    const data = ['Ana Defensora', 'Pseudo hearing', 'Juzgado 4'];
    // The zone picker's options are IANA names, codes and not words.
    const words = (html: string) => plainEnglish(html, data).filter((text) => !/^(?:[A-Za-z_-]+\/)*[A-Za-z_-]+(?:[+-]\d+)?$/.test(text));
    for (const path of [`/cases/${c.id}/events/${e.id}/edit?lang=en-XA`, `/cases/${c.id}/events/${e.id}/delete?lang=en-XA`]) {
      const html = await (await page(path)).text();
      expect(words(html), path).toEqual([]);
    }
    const failed = await (await form(`/cases/${c.id}/events/${e.id}/edit?lang=en-XA`, { version: '1', type: 'hearing', date: '', title: 'Pseudo hearing', court: '' })).text();
    expect(words(failed)).toEqual([]);
  });
});
