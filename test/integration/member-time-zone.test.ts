/**
 * A member's time zone (issue 17): their country's main zone until they
 * choose, the browser's proposed at sign-in (the link page's script fills a
 * hidden field) and saved only if they have none, editable in the settings,
 * checked against the runtime's list of IANA zones. The session carries it,
 * so pages show times in it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

const usedLinks = new Set<string>();
const linkIn = (text: string) => text.match(/https?:\/\/\S+\/auth\/verify\?token=\S+/)?.[0] ?? '';

/** Signs in as a person does, the page's script having filled `timeZone` with the browser's zone. */
async function signInFrom(member: Member, timeZone: string): Promise<string> {
  await h.json('POST', '/api/auth/sign-in', { body: { email: member.email }, from: h.nextAddress() });
  const link = (await h.outbox.list()).filter((m) => m.to === member.email).map((m) => linkIn(m.text)).find((l) => !usedLinks.has(l)) ?? '';
  usedLinks.add(link);
  const linkPage = await (await h.app.request(link.replace(APP_URL, ''))).text();
  expect(linkPage).toContain('<input type="hidden" name="timeZone" value="" data-browser-time-zone="true"/>');
  expect(linkPage).toContain('<script src="/assets/time-zone.js" defer=""></script>');
  const token = linkPage.match(/name="token" value="([^"]+)"/)?.[1] ?? '';
  const res = await h.app.request('/auth/verify', {
    method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token, timeZone }),
  });
  expect(res.status).toBe(303);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

const zoneOf = async (cookie: string) => (await bodyOf(await h.json('GET', '/api/me/preferences', { cookie }))).timeZone as string;

describe('time zone', () => {
  it("defaults to the member's country's main zone, else UTC", async () => {
    expect(await zoneOf(await h.signIn(await h.addMember('diplomat', { country: 'HN' })))).toBe('America/Tegucigalpa');
    expect(await zoneOf(await h.signIn(await h.addMember('mp')))).toBe('UTC');
  });

  it("saves the browser's zone at sign-in for a member with none, and never overrides a saved one", async () => {
    const mp = await h.addMember('mp', { country: 'FR' });
    const first = await signInFrom(mp, 'America/Bogota');
    expect(await zoneOf(first)).toBe('America/Bogota');
    const later = await signInFrom(mp, 'Asia/Tokyo');
    expect(await zoneOf(later)).toBe('America/Bogota');
  });

  it('ignores a zone the runtime does not know, and accepts a current alias in the runtime\'s spelling', async () => {
    const odd = await h.addMember('mp', { country: 'UA' });
    expect(await zoneOf(await signInFrom(odd, 'Mars/Olympus'))).toBe(await zoneOf(await h.signIn(odd)));
    const kyiv = await h.addMember('mp');
    const saved = await zoneOf(await signInFrom(kyiv, 'Europe/Kyiv'));
    expect(['Europe/Kyiv', 'Europe/Kiev']).toContain(saved);
  });

  it('is shown in the session: pages give times in it', async () => {
    const coordinator = await h.addMember('coordinator');
    const cookie = await signInFrom(coordinator, 'Asia/Tokyo');
    await h.json('POST', '/api/join-requests', { body: { name: 'Ana', email: 'ana@example.org', role: 'mp', institution: 'Congreso', country: 'HN' }, from: h.nextAddress() });
    // The harness clock says 09:00 UTC: 18:00 in Tokyo.
    const html = await (await h.app.request('/join-requests', { headers: { cookie, 'accept-language': 'en' } })).text();
    expect(html).toMatch(/Received [^<]*6:00\s?PM \(GMT\+9\)/);
  });

  it('is changed in the settings (a select grouped by region); a zone that is none is refused beside its field', async () => {
    const mp = await h.addMember('mp', { country: 'HN' });
    const cookie = await h.signIn(mp);
    const settings = await (await h.app.request('/settings', { headers: { cookie } })).text();
    expect(settings).toMatch(/<select id="timeZone" name="timeZone"[^>]*>/);
    expect(settings).toContain('<optgroup label="Americas">');
    expect(settings).toMatch(/<option value="America\/Tegucigalpa" selected="">Tegucigalpa \(GMT-6\)<\/option>/);

    const put = (timeZone: string, etag: string) =>
      h.json('PUT', '/api/me/preferences', { cookie, headers: { 'if-match': etag }, body: { weeklyDigest: true, countries: [], themes: [], language: 'en', timeZone } });
    const bad = await put('Europe/Atlantis', '"1"');
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors).toEqual([{ path: 'timeZone', message: 'Choose a time zone from the list.', code: 'custom' }]);
    expect((await put('Europe/Madrid', '"1"')).status).toBe(200);
    expect(await zoneOf(cookie)).toBe('Europe/Madrid');
  });
});
