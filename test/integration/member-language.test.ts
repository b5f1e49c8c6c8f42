/**
 * Which language a page speaks (issue 17): a member's saved language wins
 * over the browser's and over `?lang=`; visitors get `?lang=` (then the
 * cookie it sets), then Accept-Language. Saving preferences rewrites the
 * session's snapshot, so the very next page follows; a new session copies
 * the member's choice. Members switch with a form (POST /me/language) that
 * saves their choice and comes back to a page of this site only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let mp: Member;
let asMp: string;

beforeEach(async () => {
  h = await makeHarness();
  mp = await h.addMember('mp', { country: 'HN' });
  asMp = await h.signIn(mp);
});

const page = (path: string, headers: Record<string, string> = {}) => h.app.request(path, { headers });
const langOf = async (res: Response) => ({ html: (await res.text()).match(/<html lang="([^"]+)"/)?.[1], header: res.headers.get('content-language') });
const choose = (cookie: string | undefined, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  h.app.request('/me/language', {
    method: 'POST',
    headers: { ...(cookie ? { cookie } : {}), origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  });
const savePreferences = async (cookie: string, body: Record<string, unknown>) => {
  const etag = (await h.json('GET', '/api/me/preferences', { cookie })).headers.get('etag') ?? '';
  return h.json('PUT', '/api/me/preferences', { cookie, body, headers: { 'if-match': etag } });
};
const digestPreferences = { weeklyDigest: true, countries: [], themes: [], language: 'en' };

describe('a visitor', () => {
  it('with a French browser gets French pages', async () => {
    expect(await langOf(await page('/sign-in', { 'accept-language': 'fr-FR,fr;q=0.9' }))).toEqual({ html: 'fr', header: 'fr' });
  });

  it('who follows ?lang=es gets Spanish, and keeps it through the cookie whatever the browser says', async () => {
    const first = await page('/join?lang=es', { 'accept-language': 'ru' });
    expect(await langOf(first)).toEqual({ html: 'es', header: 'es' });
    const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toBe('tandem_lang=es');
    const later = await page('/sign-in', { cookie, 'accept-language': 'ru' });
    expect(await langOf(later)).toEqual({ html: 'es', header: 'es' });
  });
});

describe('a member', () => {
  it('who saved Russian gets Russian pages whatever Accept-Language and ?lang= say, in this session and the next', async () => {
    expect((await savePreferences(asMp, { ...digestPreferences, uiLanguage: 'ru' })).status).toBe(200);
    for (const headers of [{ cookie: asMp, 'accept-language': 'fr-FR,fr;q=0.9' }, { cookie: `${asMp}; tandem_lang=es` }] as Record<string, string>[]) {
      expect(await langOf(await page('/settings', headers))).toEqual({ html: 'ru', header: 'ru' });
    }
    expect(await langOf(await page('/cases?lang=es', { cookie: asMp }))).toEqual({ html: 'ru', header: 'ru' });

    const nextSession = await h.signIn(mp);
    const res = await page('/settings', { cookie: nextSession, 'accept-language': 'es' });
    expect(await langOf(res)).toEqual({ html: 'ru', header: 'ru' });
  });

  it('who never chose gets the browser\'s language; once a digest language is saved, pages start in it', async () => {
    expect(await langOf(await page('/settings', { cookie: asMp, 'accept-language': 'es' }))).toEqual({ html: 'es', header: 'es' });
    await savePreferences(asMp, { ...digestPreferences, language: 'fr' });
    expect(await langOf(await page('/settings', { cookie: asMp, 'accept-language': 'es' }))).toEqual({ html: 'fr', header: 'fr' });
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).toMatchObject({ language: 'fr', uiLanguage: 'fr' });
  });

  it('sees the switcher as forms posting to /me/language, each coming back to this page', async () => {
    const html = await (await page('/cases?country=CO&lang=fr', { cookie: asMp, 'accept-language': 'en' })).text();
    const forms = [...html.matchAll(/<form method="post" action="\/me\/language">(.*?)<\/form>/g)].map((m) => m[1] ?? '');
    expect(forms).toHaveLength(3);
    for (const form of forms) expect(form).toContain('name="back" value="/cases?country=CO"');
    expect(html).not.toContain('hreflang=');
    // A visitor's switcher stays links.
    expect(await (await page('/cases')).text()).toContain('hreflang="fr"');
  });

  it('switching saves the language, rewrites the session and comes back to the page', async () => {
    const res = await choose(asMp, { language: 'es', back: '/cases?country=CO' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/cases?country=CO');
    expect(await langOf(await page('/cases', { cookie: asMp, 'accept-language': 'fr' }))).toEqual({ html: 'es', header: 'es' });
    const saved = await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }));
    expect(saved).toMatchObject({ uiLanguage: 'es', language: 'en', timeZone: 'America/Tegucigalpa' });
    const audit = await bodyOf(await h.json('GET', `/api/members/${mp.id}/audit`, { cookie: await h.signIn(await h.addMember('coordinator')) }));
    expect(audit.items.filter((e: { action: string; fields?: string[] }) => e.action === 'member.preferences_updated' && e.fields?.includes('uiLanguage'))).toHaveLength(1);
  });

  it('never sends the browser to another site, whatever `back` says', async () => {
    for (const back of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/.//evil.example', 'javascript:alert(1)', '']) {
      const res = await choose(asMp, { language: 'fr', back });
      expect(res.status, back).toBe(303);
      expect(res.headers.get('location'), back).toBe('/');
    }
  });

  it('refuses an unknown language (400, nothing saved), a visitor (401), a cross-site post (403); GET changes nothing', async () => {
    const before = await h.count();
    const bad = await choose(asMp, { language: 'de', back: '/cases' });
    expect(bad.status).toBe(400);
    expect((await choose(undefined, { language: 'fr' })).status).toBe(401);
    expect((await choose(asMp, { language: 'fr' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await choose(asMp, { language: 'fr' }, { origin: '', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await page('/me/language?language=fr', { cookie: asMp })).status).toBe(404);
    expect(await h.count()).toBe(before);
    expect(await bodyOf(await h.json('GET', '/api/me/preferences', { cookie: asMp }))).not.toHaveProperty('uiLanguage');
  });
});
