/**
 * The cases and case-safety pages in every language (issue 17): each page in
 * fr, es and ru says `lang` and shows none of the English catalog words; in
 * the pseudo-locale every word a person reads is inside ⟦…⟧ but the data the
 * test seeded. Forms that fail keep the heading and every value entered, with
 * the message beside the field and the focus on the first error; the audit
 * pages read as sentences with names; problem+json speaks the caller's language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import { CATALOGS } from '#shared/i18n/all-catalogs.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { plainEnglish, readableTexts } from '../support/page-text.ts';
import { timeZones } from '#shared/domain/zoned-time.ts';

const SUMMARY = 'Xiomara leads a land-defence collective in the north.';
const ACTION = 'Write to the prosecutor';
const EVENT = 'Threats by phone';
const NOTE = 'The family agreed by phone';
/** Everything the test seeds that a page shows as it is, and the country's name (Intl's, English in en-XA). */
/** IANA zone names (the hearing form's zone list): Intl has no translation for them. */
const ZONES = timeZones().flatMap((zone) => [zone, ...zone.split('/').slice(1).map((city) => city.replace(/_/g, ' '))]);
const DATA = ['Xiomara Ruiz', 'Yuri Pak', 'Ana Ortiz', 'Bo Lind', 'Cy Park', 'Colectivo Norte', SUMMARY, ACTION, EVENT, NOTE, 'Colombia', ...ZONES];

/** The adoption and missions sections belong to the pledges and missions slices, which check their own words. */
const withoutOtherSlices = (html: string) =>
  html.replace(/<section id="adoption"[\s\S]*?<\/section>/, '').replace(/<section aria-labelledby="missions"[\s\S]*?<\/section>/, '');

let h: Harness;
let coordinator: Member;
let mp: Member;
let cookie: string;
let named: DefenderCase;
let paused: DefenderCase;

const form = (path: string, fields: [string, string][], language = 'en') =>
  h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie, 'accept-language': language },
    body: new URLSearchParams(fields),
  });

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator', { name: 'Ana Ortiz' });
  mp = await h.addMember('mp', { name: 'Bo Lind' });
  await h.addMember('mp', { name: 'Cy Park' });
  cookie = await h.signIn(coordinator);
  named = await h.createCase(cookie, {
    defenderName: 'Xiomara Ruiz', visibility: 'restricted', namedMemberIds: [mp.id], themes: ['land_environment', 'women_hrds'],
    summary: SUMMARY, recommendedActions: [ACTION], organisation: 'Colectivo Norte',
  });
  const event = await h.json('POST', `/api/cases/${named.id}/events`, {
    cookie, headers: { 'if-match': `"${named.version}"` }, body: { type: 'threat', date: '2026-11-02', title: EVENT, newRiskStatus: 'threatened' },
  });
  expect(event.status).toBe(201);
  await h.app.request(`/cases/${named.id}/sensitive`, { headers: { cookie } });
  paused = await h.createCase(cookie, { defenderName: 'Yuri Pak', visibility: 'public', summary: SUMMARY, recommendedActions: [ACTION] });
  expect((await h.json('POST', `/api/cases/${paused.id}/pause`, { cookie, body: { reason: NOTE, basis: 'partner_request' } })).status).toBe(200);
  await h.createCase(cookie, { defenderName: 'Xiomara Ruiz', visibility: 'public', summary: SUMMARY });
}, 120_000);

/** Each page of the two slices, as the coordinator sees it (anonymous for the start page). */
const pages = (): Array<{ path: string; anonymous?: boolean }> => [
  { path: '/', anonymous: true },
  { path: '/cases', anonymous: true },
  { path: '/cases' },
  { path: '/cases/new' },
  { path: `/cases/${named.id}` },
  { path: `/cases/${paused.id}` },
  { path: `/cases/${named.id}/edit` },
  { path: `/cases/${named.id}/sensitive` },
  { path: `/cases/${named.id}/audit` },
  { path: `/members/${coordinator.id}/audit` },
];

async function render(path: string, locale: string, anonymous = false) {
  const res = await h.app.request(`${path}?lang=${locale}`, { headers: anonymous ? {} : { cookie } });
  expect(res.status, path).toBe(200);
  return { html: await res.text(), contentLanguage: res.headers.get('content-language') };
}

describe('the cases and case-safety pages in the pseudo-locale', () => {
  it('every word a person reads is from the catalogs: nothing but seeded data outside ⟦…⟧', async () => {
    const leftovers: Record<string, string[]> = {};
    for (const { path, anonymous } of pages()) {
      const { html } = await render(path, 'en-XA', anonymous);
      const plain = plainEnglish(withoutOtherSlices(html), DATA);
      if (plain.length > 0) leftovers[`${anonymous ? 'anonymous' : 'coordinator'} ${path}`] = plain;
    }
    expect(leftovers).toEqual({});
  });

  it('the check sees a string that bypasses the catalogs', () => {
    expect(plainEnglish('<main><h1>⟦Ƈàšéš⟧</h1><p>Coordinator tools</p></main>')).toEqual(['Coordinator tools']);
  });
});

describe.each(['fr', 'es', 'ru'] as const)('the cases and case-safety pages in %s', (language) => {
  // The English words of these slices, the vocabularies and the shell, but those the language
  // writes the same way somewhere in its own catalogs ("Date" is French too).
  const namespaces = ['cases', 'caseSafety', 'vocabulary', 'common'] as const;
  const own = new Set(namespaces.flatMap((ns) => Object.values(CATALOGS[language][ns]) as string[]));
  const english = new Set(
    namespaces.flatMap((ns) => (Object.values(CATALOGS.en[ns]) as string[]).filter((en) => !en.includes('{') && en.length > 3 && !own.has(en))),
  );

  it('each page says its language and shows no English catalog word', async () => {
    const found: Record<string, string[]> = {};
    for (const { path, anonymous } of pages()) {
      const { html, contentLanguage } = await render(path, language, anonymous);
      expect(html, path).toContain(`<html lang="${language}">`);
      expect(contentLanguage, path).toBe(language);
      const untranslated = readableTexts(withoutOtherSlices(html)).filter((text) => english.has(text));
      if (untranslated.length > 0) found[path] = untranslated;
    }
    expect(found).toEqual({});
  });
});

describe('the visibility form after an error', () => {
  it('keeps the heading, the level, every ticked member, the basis and the note; the message is beside the field, the focus on it', async () => {
    const h1 = (html: string) => html.match(/<h1>([^<]*)<\/h1>/)?.[1];
    const other = (await h.store.listMembers(100)).items.find((m) => m.name === 'Cy Park')!;
    const before = await h.store.getCase(named.id);
    // Network names no one: the schema refuses the ticked members.
    const res = await form(`/cases/${named.id}/visibility`, [
      ['version', String(before!.version)], ['visibility', 'network'], ['namedMemberIds', mp.id], ['namedMemberIds', other.id],
      ['basis', 'partner_request'], ['note', NOTE],
    ], 'fr');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(h1(html)).toBe('Xiomara Ruiz');
    expect(html).toMatch(/<input type="radio" name="visibility" value="network" checked=""/);
    expect(html).not.toMatch(/value="restricted" checked=""/);
    for (const id of [mp.id, other.id]) expect(html).toMatch(new RegExp(`name="namedMemberIds" value="${id}" checked=""`));
    expect(html).toMatch(/<select id="vis-basis"[^>]*>[\s\S]*?<option value="partner_request" selected=""/);
    expect(html).toContain(`id="vis-note" name="note" maxlength="1000" value="${NOTE}"`);
    expect(html).toContain('<p id="vis-namedMemberIds-error" class="error">Seul un dossier restreint nomme des membres\u00a0: choisissez «\u00a0Restreint\u00a0» ou décochez les membres.</p>');
    // The focus lands on the first box of the group with the error.
    expect(html.match(/<input [^>]*autofocus=""[^>]*>/g)).toEqual([expect.stringContaining('name="namedMemberIds"')]);
    expect(await h.store.getCase(named.id)).toEqual(before);
  });

  it('the case editor keeps its heading when the name is retyped, says the problem beside its field in French, focuses it', async () => {
    const res = await form(`/cases/${named.id}/edit`, [
      ['version', String((await h.store.getCase(named.id))!.version)], ['defenderName', 'Xiomara R.'], ['country', 'CO'], ['themes', 'journalism'],
      ['riskStatus', 'detained'], ['state', 'closed'], ['closedReason', ''], ['summary', 'Un résumé retapé'],
    ], 'fr');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Modifier le dossier de Xiomara Ruiz</h1>');
    expect(html).toContain('<p id="closedReason-error" class="error">Indiquez pourquoi le dossier est clos.</p>');
    expect(html).toMatch(/<input id="closedReason" [^>]*autofocus=""/);
    expect(html).toContain('<input id="defenderName" name="defenderName" required="" maxlength="120" value="Xiomara R."/>');
    expect(html.match(/autofocus=""/g)).toHaveLength(1);
    expect(html).toContain('Un résumé retapé</textarea>');
    expect(html).toMatch(/value="journalism" checked=""/);
    expect(html).toMatch(/name="riskStatuses" value="detained" checked=""/);
  });
});

describe('the audit pages', () => {
  it('word each action as a sentence and name the actor, never a code or "member"', async () => {
    const html = await (await h.app.request(`/cases/${named.id}/audit`, { headers: { cookie } })).text();
    for (const sentence of ['Created the case', 'Posted a timeline event', 'Opened the sensitive fields']) expect(html).toContain(`<td data-label="What was done">${sentence}</td>`);
    expect(html).toContain('<h1>Audit log of the case of Xiomara Ruiz</h1>');
    expect(html).toContain(`<a href="/members/${coordinator.id}/audit" aria-label="Everything Ana Ortiz did">Ana Ortiz</a>`);
    expect(html).toContain('<td data-label="Fields">Timeline</td>');
    expect(html).not.toMatch(/case\.(created|event_added|sensitive_read)|>member</);
  });

  it('read in French, and answer the language switcher\'s ?lang= on both pages', async () => {
    const caseLog = await h.app.request(`/cases/${named.id}/audit?lang=fr`, { headers: { cookie } });
    expect(caseLog.status).toBe(200);
    expect(await caseLog.text()).toContain('A consulté les champs sensibles');
    const memberLog = await h.app.request(`/members/${coordinator.id}/audit?lang=fr`, { headers: { cookie } });
    expect(memberLog.status).toBe(200);
    const html = await memberLog.text();
    expect(html).toContain('<h1>Journal d’audit de Ana Ortiz</h1>');
    expect(html).toContain('A créé le dossier');
    expect(html).toContain('Ouvrir le dossier');
  });
});

describe('problem+json of a case in the caller\'s language', () => {
  it('names each field with French wording', async () => {
    const { consentBasis: _basis, ...withoutBasis } = validCase();
    const res = await h.json('POST', '/api/cases', { cookie, body: withoutBasis, headers: { 'accept-language': 'fr' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await bodyOf(res);
    expect(problem.title).toBe(CATALOGS.fr.common['problem.validation.title']);
    expect(problem.errors).toEqual([{ path: 'consentBasis', message: 'Choisissez le fondement du consentement.', code: 'invalid_value' }]);
    const closed = await h.json('POST', '/api/cases', { cookie, body: { ...validCase(), state: 'closed' }, headers: { 'accept-language': 'fr' } });
    expect((await bodyOf(closed)).errors).toEqual([{ path: 'closedReason', message: 'Indiquez pourquoi le dossier est clos.', code: 'custom' }]);
    const unnamed = await h.json('POST', '/api/cases', { cookie, body: { ...validCase(), defenderName: ' ' }, headers: { 'accept-language': 'fr' } });
    expect((await bodyOf(unnamed)).errors).toEqual([
      { path: 'defenderName', message: 'Saisissez le nom de la personne défenseure ou un pseudonyme.', code: 'required' },
    ]);
  });

  it('words a refused clearance in Spanish', async () => {
    const current = (await h.store.getCase(paused.id))!;
    const res = await h.json('PUT', `/api/cases/${paused.id}/public-action-clearance`, {
      cookie, headers: { 'accept-language': 'es', 'if-match': `"${current.version}"` }, body: { cleared: true, basis: 'explicit_consent' },
    });
    expect(res.status).toBe(409);
    expect((await bodyOf(res)).detail).toBe('La publicidad está suspendida en este caso: reanúdela antes de autorizar la acción pública.');
  });
});

function validCase() {
  return {
    defenderName: 'Zoe Tam', country: 'CO', themes: ['journalism'], riskStatus: 'threatened', visibility: 'network',
    consentBasis: 'explicit_consent', summary: 'A fictional defender.',
  };
}
