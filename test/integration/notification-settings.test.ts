/**
 * Per-member notification settings (issue 11, item 2): in
 * `/api/me/preferences` as a nested `notifications` object with defaults,
 * and on the settings page, translated, with a refused value shown beside
 * its field and the form kept.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_SETTINGS } from '#shared/notifications/index.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let asMp: string;
const digest = { weeklyDigest: true, countries: [], themes: [], language: 'en' };

beforeEach(async () => {
  h = await makeHarness();
  asMp = await h.signIn(await h.addMember('mp'));
});

const post = (fields: Array<[string, string]>) =>
  h.app.request('/settings', {
    method: 'POST', headers: { cookie: asMp, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });

describe('notification settings in /api/me/preferences', () => {
  it('default to every email at once', async () => {
    expect((await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).notifications).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
  });

  it('are saved with the other preferences; a kind left out gets its default', async () => {
    const res = await h.json('PUT', '/api/me/preferences', {
      cookie: asMp, headers: { 'if-match': '"1"' }, body: { ...digest, notifications: { newRequest: 'off', actionVerified: 'digest' } },
    });
    expect(res.status).toBe(200);
    const expected = { ...DEFAULT_NOTIFICATION_SETTINGS, newRequest: 'off', actionVerified: 'digest' };
    expect((await bodyOf(res)).notifications).toEqual(expected);
    expect((await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).notifications).toEqual(expected);
  });

  it('refuse an unknown choice or kind, naming the field, and store nothing', async () => {
    const before = await h.count();
    const res = await h.json('PUT', '/api/me/preferences', {
      cookie: asMp, headers: { 'if-match': '"1"' }, body: { ...digest, notifications: { newRequest: 'sometimes', urgentAlert: 'off' } },
    });
    expect(res.status).toBe(400);
    const paths = (await bodyOf(res)).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['notifications.newRequest', 'notifications.urgentAlert']);
    expect(await h.count()).toBe(before);
  });
});

describe('the settings page', () => {
  it('shows the four kinds with their three choices, and saves them', async () => {
    const html = await (await h.app.request('/settings', { headers: { cookie: asMp } })).text();
    expect(html).toContain('Emails about your work');
    expect(html.match(/type="radio" name="notifications\.[a-zA-Z]+"/g)).toHaveLength(12);
    expect(html).toMatch(/name="notifications\.hearingReminder" value="now" checked/);

    const res = await post([['version', '1'], ['weeklyDigest', 'on'], ['language', 'en'], ['notifications.newRequest', 'digest'], ['notifications.hearingReminder', 'off']]);
    expect(res.status).toBe(303);
    expect((await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).notifications)
      .toEqual({ ...DEFAULT_NOTIFICATION_SETTINGS, newRequest: 'digest', hearingReminder: 'off' });
  });

  it('a refused choice is shown beside its field, in the reader\'s language, with the form kept and nothing stored', async () => {
    const before = await h.count();
    const res = await post([['version', '1'], ['language', 'fr'], ['countries', 'CO'], ['notifications.newRequest', 'sometimes'], ['notifications.overdueRequest', 'off']]);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Your settings</h1>');
    expect(html).toMatch(/<p id="notifications\.newRequest-error" class="error">Choose one of the options\.<\/p>/);
    expect(html).toMatch(/name="notifications\.overdueRequest" value="off" checked/);
    expect(await h.count()).toBe(before);
  });

  it('in the pseudo-locale every word of the notification fields comes from the catalogs', async () => {
    const html = await (await h.app.request('/settings?lang=en-XA', { headers: { cookie: asMp } })).text();
    const from = html.indexOf('id="notification-settings"');
    expect(from).toBeGreaterThan(0);
    // The outer fieldset closes after the four inner ones.
    let to = from;
    for (let i = 0; i < 5; i++) to = html.indexOf('</fieldset>', to + 1);
    const fields = html.slice(html.indexOf('>', from) + 1, to);
    expect(fields).toContain('notifications.actionVerified');
    const words = fields.replace(/<[^>]+>/g, ' ').replace(/⟦[^⟧]*⟧/g, ' ').trim();
    expect(words).toBe('');
  });
});
