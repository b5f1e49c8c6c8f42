/**
 * The sign-in, network and settings pages in each language (issue 17): in
 * the pseudo-locale every word on them comes from a catalog (what is left
 * outside the ⟦…⟧ brackets is data: names, addresses, countries, language
 * names); errors are worded beside their field in the reader's language,
 * the form keeps what was entered and the first field at fault has the focus.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { LANGUAGE_NAMES } from '#shared/i18n/languages.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '#shared/i18n/pseudo.ts';
import { APP_URL, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;
let asMp: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator', { name: 'Coordinator Claire' });
  asCoordinator = await h.signIn(coordinator);
  asMp = await h.signIn(await h.addMember('mp', { name: 'Ana Torres', country: 'CO' }));
  await h.json('POST', '/api/join-requests', { body: { name: 'Ana Ruiz', email: 'ana.ruiz@example.org', role: 'mp', institution: 'Congreso', country: 'HN' }, from: h.nextAddress() });
});

const get = async (path: string, cookie?: string) => (await h.app.request(path, { headers: cookie ? { cookie } : {} })).text();
const form = (path: string, fields: Record<string, string | string[]>, cookie?: string) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return h.app.request(path, { method: 'POST', headers: { ...(cookie ? { cookie } : {}), origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body });
};

/** The page's visible text and accessible names, piece by piece (scripts and styles left out). */
function wordsOf(html: string): string[] {
  const body = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  const attributes = [...body.matchAll(/\s(?:aria-label|title|placeholder|alt|label|data-none)="([^"]*)"/g)].map((m) => m[1] ?? '');
  const texts = body.replace(/<[^>]+>/g, '\n').split('\n');
  return [...attributes, ...texts].map((s) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim()).filter((s) => /\p{L}/u.test(s));
}

/** The piece without its catalog strings (innermost first: a page title nests the page's own). */
function unbracketed(piece: string): string {
  const innermost = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');
  let rest = piece;
  while (innermost.test(rest)) rest = rest.replace(innermost, ' ');
  return rest;
}

/** What a page may show unbracketed in the pseudo-locale: data, not words of ours. */
function isData(piece: string, data: string[]): boolean {
  let rest = piece;
  for (const value of data) rest = rest.split(value).join(' ');
  return !/\p{L}/u.test(rest.replace(/\((GMT|UTC)[+−-]?[\d:]*\)/g, ''));
}

describe('in the pseudo-locale, every word on these pages comes from a catalog', () => {
  const countries = new Intl.DisplayNames(['en'], { type: 'region' });
  const countryNames = 'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
    .split(' ').map((c) => countries.of(c) ?? c).sort((a, b) => b.length - a.length);
  const zoneCities = Intl.supportedValuesOf('timeZone').map((z) => z.split('/').slice(1).join(' / ').replace(/_/g, ' ')).filter(Boolean).sort((a, b) => b.length - a.length);
  const data = [
    'Tandem', ...Object.values(LANGUAGE_NAMES), 'Coordinator Claire', 'Ana Torres', 'Ana Ruiz', 'ana.ruiz@example.org', 'Congreso',
    ...zoneCities, ...countryNames,
  ].sort((a, b) => b.length - a.length);
  const bracketed = (piece: string) => piece.split(PSEUDO_OPEN).slice(1).length > 0;
  const stray = (html: string) =>
    wordsOf(html).map(unbracketed).filter((piece) => !isData(piece, data));

  for (const [path, who] of [
    ['/sign-in', 'anonymous'], ['/join', 'anonymous'], ['/auth/verify?token=abc', 'anonymous'],
    ['/settings', 'mp'], ['/members', 'coordinator'], ['/join-requests', 'coordinator'], ['/join-requests?status=approved', 'coordinator'],
  ] as const) {
    it(`${path} as ${who}`, async () => {
      const cookie = who === 'mp' ? asMp : who === 'coordinator' ? asCoordinator : undefined;
      const html = await get(`${path}${path.includes('?') ? '&' : '?'}lang=en-XA`.replace('?lang=en-XA', '?lang=en-XA'), cookie);
      expect(html).toContain('<html lang="en-XA">');
      expect(wordsOf(html).some(bracketed)).toBe(true);
      expect(stray(html)).toEqual([]);
    });
  }

  it('the sign-in and join forms after an error, and the page after a request', async () => {
    expect(stray(await (await form('/sign-in?lang=en-XA', { email: 'nope' })).text())).toEqual([]);
    expect(stray(await (await form('/join?lang=en-XA', { name: '', email: 'x', role: 'king', institution: '', country: 'XX' })).text())).toEqual([]);
    expect(stray(await (await form('/sign-in?lang=en-XA', { email: 'someone@example.org' })).text())).toEqual([]);
  });
});

describe('errors beside their field, in the reader\'s language, with the form kept', () => {
  it('the join form in French: each field worded, every value kept, the first field at fault focused', async () => {
    const res = await form('/join?lang=fr', { name: 'Ana', email: 'pas-une-adresse', role: 'diplomat', institution: '', country: 'HN', message: 'Bonjour' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Rejoindre le réseau</h1>');
    expect(html).toContain('<p id="email-error" class="error">Saisissez une adresse électronique, comme nom@exemple.org.</p>');
    expect(html).toContain('<p id="institution-error" class="error">Saisissez votre parlement ou votre mission.</p>');
    expect(html).toMatch(/<input id="email" name="email" type="email" autocomplete="email" value="pas-une-adresse" aria-invalid="true" aria-describedby="email-error" autofocus=""/);
    expect(html).toMatch(/value="diplomat" checked=""/);
    expect(html).toMatch(/<option value="HN" selected="">Honduras<\/option>/);
    expect(html).toContain('>Bonjour</textarea>');
    expect(html.match(/autofocus/g)).toHaveLength(1);
  });

  it('the sign-in form in Russian', async () => {
    const html = await (await form('/sign-in?lang=ru', { email: 'nope' })).text();
    expect(html).toContain('<p id="email-error" class="error">Введите адрес электронной почты, например name@example.org.</p>');
    expect(html).toContain('value="nope"');
  });

  it('an invalid sign-in link in Spanish', async () => {
    const html = await (await form('/auth/verify?lang=es', { token: 'used-or-forged' })).text();
    expect(html).toContain('Este enlace de acceso no es válido, ya se usó o ha caducado. Solicite uno nuevo.');
  });

  it('a join request decided twice, in Russian (problem+json detail)', async () => {
    const id = ((await (await h.json('GET', '/api/join-requests', { cookie: asCoordinator })).json()) as { items: { id: string }[] }).items[0]?.id;
    await h.json('POST', `/api/join-requests/${id}/reject`, { cookie: asCoordinator, body: { reason: 'Not a member of parliament.' } });
    const again = await h.json('POST', `/api/join-requests/${id}/approve`, { cookie: asCoordinator, headers: { 'accept-language': 'ru' } });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ detail: 'Эта заявка уже отклонена.' });
  });
});

describe('the settings page', () => {
  it('lists countries as a checklist in the reader\'s language and order, says what is chosen, and offers a filter for scripts', async () => {
    const cookie = asMp;
    await form('/settings', { version: '1', countries: ['DE', 'CO'], language: 'es', uiLanguage: 'es', timeZone: 'America/Bogota' }, cookie);
    const html = await get('/settings', cookie);
    expect(html).toContain('<html lang="es">');
    const names = [...html.matchAll(/name="countries" value="([A-Z]{2})"[^>]*\/> ([^<]+)<\/label>/g)].map((m) => m[2] ?? '');
    expect(names).toHaveLength(249);
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
    expect(names).toContain('Alemania');
    expect(html).toMatch(/<span data-checklist-chosen="true" data-none="ninguno por ahora">Alemania y Colombia<\/span>/);
    expect(html).toMatch(/<div class="field" data-checklist-filter="true" hidden="">/);
    expect(html).toContain('<script src="/assets/checklist-filter.js" defer=""></script>');
    expect(html).not.toContain('<select id="countries"');
  });

  it('after an error keeps every value entered and focuses the first field at fault', async () => {
    const res = await form('/settings', { version: '1', weeklyDigest: 'on', countries: ['CO', 'KE'], themes: ['labour'], language: 'fr', uiLanguage: 'xx', timeZone: 'Nowhere/Land' }, asMp);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Your settings</h1>');
    for (const code of ['CO', 'KE']) expect(html).toMatch(new RegExp(`name="countries" value="${code}" checked=""`));
    expect(html).toMatch(/name="themes" value="labour" checked=""/);
    expect(html).toMatch(/name="language" value="fr" checked=""/);
    // The language entered was none of the four: no radio is ticked, the first takes the focus.
    expect(html).toMatch(/<input type="radio" name="uiLanguage" value="en" autofocus=""\/>/);
    expect(html).toContain('<p id="uiLanguage-error" class="error">Choose one of the languages offered.</p>');
    expect(html).toContain('<p id="timeZone-error" class="error">Choose a time zone from the list.</p>');
    expect(html.match(/autofocus/g)).toHaveLength(1);
  });

  it('serves its scripts from /assets as JavaScript (CSP script-src self), and nothing else there', async () => {
    for (const name of ['time-zone.js', 'checklist-filter.js']) {
      const res = await h.app.request(`/assets/${name}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await res.text()).toContain('"use strict"');
    }
    expect((await h.app.request('/assets/nothing.js')).status).toBe(404);
  });
});
