/**
 * Digests over HTTP: members' preferences (API and settings page), the
 * unsubscribe link (confirm page, RFC 8058 one-click POST without a session
 * or Origin), and the coordinators' preview, test send, "send now" and run
 * history.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import type { Member } from '#shared/domain/member.ts';
import type { DigestRunRequest } from '#shared/digests/run.ts';
import { unsubscribeToken } from '#shared/digests/unsubscribe-token.ts';
import { runDigest } from '#shared/digests/run-digest.ts';
import { DEFAULT_NOTIFICATION_SETTINGS } from '#shared/notifications/index.ts';
import { createApp } from '#web/app.tsx';
import { localDigestTrigger } from '#functions/adapters/digest-trigger/local-trigger.ts';
import type { AppEnv } from '#web/env.ts';
import { APP_URL, bodyOf, makeHarness, sameOriginByDefault, type Harness } from '../support/harness.ts';
import { FAST, WEEK, digestsByRecipient, duringReportedWeek, runWeek, setPreferences } from '../support/digest.ts';

let h: Harness;
let coordinator: Member;
let mp: Member;
let asCoordinator: string;
let asMp: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  mp = await h.addMember('mp');
  asCoordinator = await h.signIn(coordinator);
  asMp = await h.signIn(mp);
});

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return body;
};

describe('preferences', () => {
  it('default to digest on, no interests, English, with the member version as ETag', async () => {
    const res = await h.json('GET', '/api/me/preferences', { cookie: asMp });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(await bodyOf(res)).toEqual({ weeklyDigest: true, countries: [], themes: [], language: 'en', timeZone: 'UTC', notifications: DEFAULT_NOTIFICATION_SETTINGS });
  });

  it('are replaced with If-Match: 428 without, 412 when stale, 200 with the new ETag', async () => {
    const body = { weeklyDigest: true, countries: ['CO', 'KE'], themes: ['journalism'], language: 'fr' };
    expect((await h.json('PUT', '/api/me/preferences', { cookie: asMp, body })).status).toBe(428);
    const saved = await h.json('PUT', '/api/me/preferences', { cookie: asMp, body, headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect((await h.json('PUT', '/api/me/preferences', { cookie: asMp, body, headers: { 'if-match': '"1"' } })).status).toBe(412);
    // Pages follow the digest's language until the member chooses theirs; no country, so UTC.
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).toEqual({ ...body, uiLanguage: 'fr', timeZone: 'UTC', notifications: DEFAULT_NOTIFICATION_SETTINGS });
  });

  it('refuse unknown fields, bad countries and languages, and anonymous callers', async () => {
    const bad = await h.json('PUT', '/api/me/preferences', {
      cookie: asMp, headers: { 'if-match': '"1"' }, body: { weeklyDigest: true, countries: ['XX'], themes: [], language: 'de', extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors.map((e: { path: string }) => e.path).sort()).toEqual(['countries.0', 'extra', 'language']);
    expect((await h.json('GET', '/api/me/preferences')).status).toBe(401);
  });

  it('are saved from the settings page', async () => {
    const page = await h.app.request('/settings', { headers: { cookie: asMp } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Countries I follow');
    const res = await h.app.request('/settings', {
      method: 'POST', headers: { cookie: asMp, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ version: '1', countries: ['CO', 'GT'], themes: ['labour'], language: 'es' }),
    });
    expect(res.status).toBe(303);
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).toEqual({ weeklyDigest: false, countries: ['CO', 'GT'], themes: ['labour'], language: 'es', uiLanguage: 'es', timeZone: 'UTC', notifications: DEFAULT_NOTIFICATION_SETTINGS });
  });
});

describe('unsubscribe link', () => {
  const oneClick = (token: string, headers: Record<string, string> = {}) =>
    h.app.request(`/unsubscribe/${token}`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: 'List-Unsubscribe=One-Click',
    });

  it('shows a confirm button, without signing in', async () => {
    const res = await h.app.request(`/unsubscribe/${unsubscribeToken(h.deps.secret, mp.id)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<button type="submit">Unsubscribe<\/button>/);
  });

  it('RFC 8058 one-click POST with no session and no Origin turns the digest off', async () => {
    const res = await oneClick(unsubscribeToken(h.deps.secret, mp.id));

    expect(res.status).toBe(200);
    expect((await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).weeklyDigest).toBe(false);
  });

  it('works from a cross-site webmail too, and keeps the other preferences', async () => {
    await setPreferences(h, mp, { countries: ['CO'], language: 'fr' });
    const res = await oneClick(unsubscribeToken(h.deps.secret, mp.id), { origin: 'https://mail.example.net', 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(200);
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).toEqual({ weeklyDigest: false, countries: ['CO'], themes: [], language: 'fr', uiLanguage: 'fr', timeZone: 'UTC', notifications: DEFAULT_NOTIFICATION_SETTINGS });
  });

  it('answers 404 to a forged, altered or foreign token, and changes nothing', async () => {
    const good = unsubscribeToken(h.deps.secret, mp.id);
    for (const token of [`${good.slice(0, -2)}xx`, unsubscribeToken('another-key', mp.id), 'nonsense', unsubscribeToken(h.deps.secret, '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f')]) {
      expect((await oneClick(token)).status, token).toBe(404);
      expect((await h.app.request(`/unsubscribe/${token}`)).status).toBe(token.startsWith('6f1c0a3e') ? 200 : 404);
    }
    expect((await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).weeklyDigest).toBe(true);
  });

  it('the CSRF exemption is that route only: other cross-site form posts are still refused', async () => {
    const res = await h.app.request('/settings', {
      method: 'POST', headers: { cookie: asMp, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: form({ version: '1', language: 'en' }),
    });
    expect(res.status).toBe(403);
  });

  it('the next run sends nothing to an unsubscribed member', async () => {
    await setPreferences(h, mp, { countries: ['CO'] });
    await duringReportedWeek(h, () => h.createCase(asCoordinator, { country: 'CO' }));
    await oneClick(unsubscribeToken(h.deps.secret, mp.id));
    await setPreferences(h, coordinator, { weeklyDigest: false });

    const run = await runWeek(h);

    expect(run.totals).toMatchObject({ sent: 0, optedOut: 2 });
    expect(await digestsByRecipient(h)).toEqual(new Map());
  });
});

describe('preview, test send, send now, history (coordinators)', () => {
  beforeEach(async () => {
    await setPreferences(h, mp, { countries: ['CO'], language: 'fr' });
    await duringReportedWeek(h, () => h.createCase(asCoordinator, { country: 'CO', defenderName: 'Rosa Preview' }));
  });

  it("previews any member's digest for a week, in their language, with a member picker", async () => {
    const page = await h.app.request(`/digests/${WEEK}?member=${mp.id}`, { headers: { cookie: asCoordinator } });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('Tandem\u00a0: synthèse hebdomadaire · 2026-W48');
    expect(html).toContain('Rosa Preview');
    expect(html).toContain(`<option value="${mp.id}" selected="">`);
    expect(html).toContain('sandbox=""');

    const api = await bodyOf(await h.json('GET', `/api/digests/${WEEK}/preview?member=${mp.id}`, { cookie: asCoordinator }));
    expect(api).toMatchObject({ memberId: mp.id, language: 'fr', empty: false });
    expect(api.html).toContain('Rosa Preview');
  });

  it('shows hostile case text escaped, in the page and inside the framed email', async () => {
    const payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    await duringReportedWeek(h, () => h.createCase(asCoordinator, { country: 'CO', defenderName: payload }));
    const html = await (await h.app.request(`/digests/${WEEK}?member=${mp.id}`, { headers: { cookie: asCoordinator } })).text();
    expect(html).toContain('Rosa Preview');
    expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<script|<img src=x/);
    // The framed email comes from its own URL.
    const email = await (await h.app.request(`/digests/${WEEK}/email.html?member=${mp.id}`, { headers: { cookie: asCoordinator } })).text();
    expect(email).toContain('Rosa Preview');
    expect(email).not.toContain(payload);
    expect(email).not.toMatch(/<script|<img src=x/);
  });

  it('is for coordinators only; a bad week is a 400', async () => {
    expect((await h.app.request(`/digests/${WEEK}?member=${mp.id}`, { headers: { cookie: asMp } })).status).toBe(403);
    expect((await h.json('GET', `/api/digests/${WEEK}/preview?member=${mp.id}`, { cookie: asMp })).status).toBe(403);
    expect((await h.json('GET', `/api/digests/2021-W53/preview?member=${mp.id}`, { cookie: asCoordinator })).status).toBe(400);
  });

  it('sends a test to the coordinator only, subject [Test] in the member\'s language, with their own unsubscribe link, and no send record', async () => {
    const res = await h.json('POST', `/api/digests/${WEEK}/test`, { cookie: asCoordinator, body: { member: mp.id } });
    expect(res.status).toBe(202);
    // The member reads French: the marker is "[Essai]".
    const [test] = (await h.outbox.list()).filter((m) => m.subject.startsWith('[Essai]'));
    expect(test?.to).toBe(coordinator.email);
    expect(test?.headers['list-unsubscribe']).toBe(`<${APP_URL}/unsubscribe/${unsubscribeToken(h.deps.secret, coordinator.id)}>`);

    await setPreferences(h, coordinator, { weeklyDigest: false });
    const run = await runWeek(h);
    expect(run.totals.sent).toBe(1);
    expect((await digestsByRecipient(h)).get(mp.email)).toBe(1);
  });

  it('"send now" starts a run in the background and answers at once; history lists runs', async () => {
    const started: DigestRunRequest[] = [];
    const app: Hono<AppEnv> = sameOriginByDefault(createApp({ ...h.deps, digestTrigger: { start: async (r) => void started.push(r) } }));

    const res = await app.request(`/api/digests/${WEEK}/runs`, { method: 'POST', headers: { cookie: asCoordinator } });
    expect(res.status).toBe(202);
    expect(started).toEqual([{ week: WEEK, trigger: 'coordinator', requestedBy: coordinator.id }]);
    expect((await app.request(`/api/digests/${WEEK}/runs`, { method: 'POST', headers: { cookie: asMp } })).status).toBe(403);
    expect((await app.request('/api/digests/2027-W10/runs', { method: 'POST', headers: { cookie: asCoordinator } })).status).toBe(400);

    await runWeek(h);
    const runs = await bodyOf(await h.json('GET', '/api/digest-runs', { cookie: asCoordinator }));
    expect(runs.items).toHaveLength(1);
    expect(runs.items[0]).toMatchObject({ week: WEEK, status: 'finished', totals: { sent: 2 } });
    const page = await h.app.request('/digest-runs', { headers: { cookie: asCoordinator } });
    expect(await page.text()).toContain('<td>Finished</td>');
    expect((await h.json('GET', '/api/digest-runs', { cookie: asMp })).status).toBe(403);
  });

  it('locally, "send now" runs the job in the server process: the request returns, then the digests land in the outbox', async () => {
    const trigger = localDigestTrigger((request) => runDigest(h.deps, request, FAST), h.deps.log);
    const app: Hono<AppEnv> = sameOriginByDefault(createApp({ ...h.deps, digestTrigger: trigger }));

    const res = await app.request(`/api/digests/${WEEK}/runs`, { method: 'POST', headers: { cookie: asCoordinator } });
    expect(res.status).toBe(202);
    await Promise.all([...trigger.running]);

    expect((await digestsByRecipient(h)).get(mp.email)).toBe(1);
    const runs = await bodyOf(await h.json('GET', '/api/digest-runs', { cookie: asCoordinator }));
    expect(runs.items[0]).toMatchObject({ trigger: 'coordinator', requestedBy: coordinator.id, status: 'finished' });
  });

  it('the "send now" form, confirming the number its page stated, redirects to the history', async () => {
    const app: Hono<AppEnv> = sameOriginByDefault(createApp({ ...h.deps, digestTrigger: { start: async () => undefined } }));
    const step = await (await app.request(`/digests/${WEEK}/send`, { headers: { cookie: asCoordinator } })).text();
    const stated = step.match(/(\d+) members? will receive it/)![1]!;
    const res = await app.request(`/digests/${WEEK}/send`, { method: 'POST', headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: `recipients=${stated}` });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/digest-runs?started=${WEEK}`);
  });
});
