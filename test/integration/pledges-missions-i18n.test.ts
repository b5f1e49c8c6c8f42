/**
 * The pledges and missions pages in French, Spanish, Russian and the en-XA
 * pseudo-locale (DynamoDB Local): every page, its error renders and the case
 * page's adoption and missions sections speak the reader's language, with no
 * English left beyond the data seeded; in en-XA every word outside that data
 * sits inside ⟦…⟧. The API words mission errors in Spanish, naming the field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { CATALOGS } from '#shared/i18n/all-catalogs.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { pledgesMissionsWorld, type PledgesMissionsWorld } from './pledges-missions-world.ts';

let h: Harness;
let w: PledgesMissionsWorld;

beforeAll(async () => {
  h = await makeHarness();
  w = await pledgesMissionsWorld(h);
}, 60_000);

type Who = keyof PledgesMissionsWorld['cookies'];
const withLanguage = (who: Who, lang: string) => `${w.cookies[who]}; tandem_lang=${lang}`;
const get = (path: string, who: Who, lang: string) => h.app.request(path, { headers: { cookie: withLanguage(who, lang) } });
const post = (path: string, who: Who, lang: string, fields: Record<string, string>) =>
  h.app.request(path, {
    method: 'POST',
    headers: { cookie: withLanguage(who, lang), origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });

/** What a page shows, by role: whole pages (their <main> and <title>), or only our sections of the case page. */
const PAGES: { name: string; who: Who; load: (lang: string) => Response | Promise<Response>; status: number; part: 'main' | 'sections' }[] = [
  { name: 'my cases', who: 'mp', load: (l) => get('/my-cases', 'mp', l), status: 200, part: 'main' },
  { name: 'pledge edit form', who: 'mp', load: (l) => get(`/cases/${w.caseId}/pledge`, 'mp', l), status: 200, part: 'main' },
  { name: 'new pledge form', who: 'otherMp', load: (l) => get(`/cases/${w.caseId}/pledge`, 'otherMp', l), status: 200, part: 'main' },
  { name: 'pledge form after an error', who: 'otherMp', load: (l) => post(`/cases/${w.caseId}/pledge`, 'otherMp', l, { note: 'Nota 4471' }), status: 400, part: 'main' },
  { name: 'action form', who: 'mp', load: (l) => get(`/cases/${w.caseId}/actions/new`, 'mp', l), status: 200, part: 'main' },
  { name: 'action form after an error', who: 'mp', load: (l) => post(`/cases/${w.caseId}/actions/new`, 'mp', l, { type: 'prison_visit', date: '2026-11-30' }), status: 400, part: 'main' },
  { name: 'action correction form', who: 'mp', load: (l) => get(`/cases/${w.caseId}/actions/${w.sentBackActionId}/edit`, 'mp', l), status: 200, part: 'main' },
  { name: 'verification after an error', who: 'coordinator', load: (l) => post(`/cases/${w.caseId}/actions/${w.sentBackActionId}/verify`, 'coordinator', l, { version: '2', state: 'needs_more_info' }), status: 400, part: 'main' },
  { name: 'case page (MP)', who: 'mp', load: (l) => get(`/cases/${w.caseId}`, 'mp', l), status: 200, part: 'sections' },
  { name: 'case page (other MP)', who: 'otherMp', load: (l) => get(`/cases/${w.caseId}`, 'otherMp', l), status: 200, part: 'sections' },
  { name: 'case page (coordinator)', who: 'coordinator', load: (l) => get(`/cases/${w.caseId}`, 'coordinator', l), status: 200, part: 'sections' },
  { name: 'case page (diplomat)', who: 'diplomat', load: (l) => get(`/cases/${w.caseId}`, 'diplomat', l), status: 200, part: 'sections' },
  { name: 'request form', who: 'coordinator', load: (l) => get(`/cases/${w.caseId}/action-requests/new`, 'coordinator', l), status: 200, part: 'main' },
  { name: 'request form after an error', who: 'coordinator', load: (l) => post(`/cases/${w.caseId}/action-requests/new`, 'coordinator', l, { actionType: 'public_statement', country: 'CO', dueDate: '2026-11-01' }), status: 400, part: 'main' },
  { name: 'requests (coordinator)', who: 'coordinator', load: (l) => get('/requests?country=CO', 'coordinator', l), status: 200, part: 'main' },
  { name: 'answered requests', who: 'coordinator', load: (l) => get('/requests?country=CO&status=closed', 'coordinator', l), status: 200, part: 'main' },
  { name: 'requests (diplomat)', who: 'diplomat', load: (l) => get('/requests?notice=changed', 'diplomat', l), status: 200, part: 'main' },
  { name: 'decline without a reason', who: 'diplomat', load: (l) => post(`/cases/${w.caseId}/action-requests/${w.requestId}/respond`, 'diplomat', l, { status: 'declined', version: '1' }), status: 400, part: 'main' },
  { name: 'mission action form', who: 'diplomat', load: (l) => get(`/cases/${w.caseId}/mission-actions/new?request=${w.requestId}`, 'diplomat', l), status: 200, part: 'main' },
  { name: 'mission action form after an error', who: 'diplomat', load: (l) => post(`/cases/${w.caseId}/mission-actions/new`, 'diplomat', l, { mission: '', date: '2026-11-30' }), status: 400, part: 'main' },
  { name: 'gaps', who: 'coordinator', load: (l) => get('/gaps', 'coordinator', l), status: 200, part: 'main' },
];

const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The HTML this slice renders: the page's <title> and <main>, or only our sections of the case page. */
function ourHtml(html: string, part: 'main' | 'sections'): string {
  const title = html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
  const parts = part === 'main'
    ? [title, html.match(/<main id="main">([\s\S]*)<\/main>/)?.[1] ?? '']
    : [html.match(/<section id="adoption"[\s\S]*?<\/section>/)?.[0] ?? '', html.match(/<section aria-labelledby="missions">[\s\S]*?<\/section>/)?.[0] ?? ''];
  expect(parts.every((p) => p.length > 0)).toBe(true);
  return parts.join(' ');
}

/** Visible text: tags gone, entities decoded. */
const textOf = (html: string) => decode(html.replace(/<[^>]+>/g, ' '));

/** The text without the seeded data, the countries' names (Intl's, in `language`) and English dates (en-XA formats as English). */
function withoutData(text: string, language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'region' });
  const countries = [...COUNTRY_CODES].map((code) => names.of(code) ?? code).sort((a, b) => b.length - a.length);
  let left = text;
  for (const value of [...w.data, ...countries]) left = left.split(value).join(' ');
  return left.replace(/\b[A-Z][a-z]{2} \d{1,2}, \d{4}\b/g, ' ');
}

/** English words that French, Spanish and Russian sentences never hold. */
const ENGLISH = /(?<!\p{L})(the|your|with|this|and|of|to|for|has|have|been|yet|by|is|are|nobody|request|requests|pledge|adopt|log|logged|due|missing|overdue|confidential|verified)(?!\p{L})/iu;

/** English sentences of our catalogs, long enough to be telling, that the language words differently. */
function englishSentences(language: 'fr' | 'es' | 'ru'): string[] {
  return (['ui', 'pledges', 'missions'] as const).flatMap((ns) =>
    Object.entries(CATALOGS.en[ns]).filter(([key, en]) => (CATALOGS[language][ns] as Record<string, string>)[key] !== en)
      .flatMap(([, en]) => en.split(/\{[^{}]*\}|<\/?\w+>|[{}]/).map((s) => s.trim()).filter((s) => s.length >= 16)));
}

/** Every English message without arguments (a button's or a column's word) that the language words differently. */
function englishLabels(language: 'fr' | 'es' | 'ru'): Set<string> {
  return new Set(Object.entries(CATALOGS.en).flatMap(([ns, messages]) =>
    Object.entries(messages as Record<string, string>)
      .filter(([key, en]) => !/[{<]/.test(en) && (CATALOGS[language] as Record<string, Record<string, string>>)[ns]![key] !== en)
      .map(([, en]) => en)));
}

describe.each(['fr', 'es', 'ru'] as const)('in %s', (language) => {
  const sentences = englishSentences(language);
  const labels = englishLabels(language);
  it.each(PAGES.map((p) => [p.name, p] as const))('%s: the language declared and no English left', async (_name, page) => {
    const res = await page.load(language);
    expect(res.status).toBe(page.status);
    const html = await res.text();
    expect(html).toContain(`<html lang="${language}">`);
    const text = withoutData(textOf(ourHtml(html, page.part)), language);
    expect(text.match(ENGLISH)?.[0]).toBeUndefined();
    expect(sentences.filter((s) => text.includes(s))).toEqual([]);
    const nodes = ourHtml(html, page.part).split(/<[^>]+>/).map((node) => decode(node).trim());
    expect(nodes.filter((node) => labels.has(node))).toEqual([]);
  });
});

describe('in the pseudo-locale en-XA', () => {
  it.each(PAGES.map((p) => [p.name, p] as const))('%s: every word outside the data is inside ⟦…⟧', async (_name, page) => {
    const res = await page.load('en-XA');
    expect(res.status).toBe(page.status);
    const html = await res.text();
    expect(html).toContain('<html lang="en-XA">');
    const ours = ourHtml(html, page.part);
    let text = withoutData(textOf(ours), 'en');
    // Messages hold messages (a list of names, a label): remove the innermost brackets until none is left.
    for (let before = ''; before !== text;) [before, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, ' ')];
    expect(text).not.toMatch(/[⟦⟧]/);
    expect(text.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
    // Names read by screen readers only (aria-label) come from the catalogs too.
    const labels = [...ours.matchAll(/aria-label="([^"]*)"/g)].map((m) => decode(m[1]!));
    expect(labels.filter((l) => !l.startsWith('⟦'))).toEqual([]);
  });
});
