/**
 * The draft communication to the UN Special Rapporteur on human rights defenders (issue 15, part 3),
 * against DynamoDB Local. LibreOffice is not on the test machines, so the DOCX is checked as a
 * well-formed package: unzipped, its `[Content_Types].xml` and `word/document.xml` parsed as XML, and
 * the document's text read for the case's facts, a proceeding's reference, its timeline and the chosen
 * language's headings; a sensitive field and the risk analysis never in it. Coordinators only, only
 * where the consent recorded allows it (409 with the reason in the caller's language), each download
 * audited.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SENSITIVE = {
  contactDetails: 'planted-contact +57 300 555 0142',
  exactLocation: 'planted-location Finca 7, vereda 3',
  legalNotes: 'planted-legal habeas 2026-77',
  riskAccount: 'planted-account they watch my house',
};
const RISK_SUMMARY = 'planted-risk relocation advised';
/** Each language's first and fourth headings, as the catalogs word them. */
const HEADINGS = {
  en: ['1. Alleged victim', '4. Steps taken at national level and with other mechanisms'],
  fr: ['1. Victime présumée', '4. Démarches entreprises au niveau national et auprès d’autres mécanismes'],
  es: ['1. Presunta víctima', '4. Medidas adoptadas en el ámbito nacional y ante otros mecanismos'],
  ru: ['1. Предполагаемая жертва', '4. Меры, принятые внутри страны и в других механизмах'],
} as const;

let h: Harness;
let coordinator: Member;
const cookies = {} as Record<'coordinator' | 'mp', string>;

const docxPath = (caseId: string, language?: string) => `/api/cases/${caseId}/communications/un-sr.docx${language ? `?language=${language}` : ''}`;
const auditLines = async (caseId: string): Promise<number> =>
  ((await bodyOf(await h.json('GET', `/api/cases/${caseId}/audit`, { cookie: cookies.coordinator }))).items as Array<{ action: string }>)
    .filter((e) => e.action === 'communication.un_sr_exported').length;

/** Parses XML strictly (saxes throws on any well-formedness error) and returns its text nodes joined. */
function xmlText(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const parts: string[] = [];
  parser.on('text', (text) => parts.push(text));
  parser.on('closetag', (tag) => { if (tag.name === 'w:p') parts.push('\n'); });
  parser.write(xml).close();
  return parts.join('');
}

/** The DOCX unzipped: its content types (parsed) and its body's text. */
function readDocx(bytes: Uint8Array): { contentTypes: string; text: string; files: string[] } {
  const files = unzipSync(bytes);
  const contentTypes = strFromU8(files['[Content_Types].xml']!);
  xmlText(contentTypes); // well-formed, or this throws
  return { files: Object.keys(files), contentTypes, text: xmlText(strFromU8(files['word/document.xml']!)) };
}

/** A public case on the defender's explicit consent, with a timeline, an ECtHR application, sensitive fields and a risk analysis. */
async function caseReadyForTheUn(overrides: Partial<DefenderCase> = {}): Promise<DefenderCase> {
  const c = await h.createCase(cookies.coordinator, {
    defenderName: 'Ana Quispe', visibility: 'public', consentBasis: 'explicit_consent', organisation: 'Colectivo Tierra Viva',
    summary: 'Defends the Wayuu community’s water rights against an open-pit mine; charged with rebellion after a peaceful protest.', ...overrides,
  });
  const ok = async (res: Response) => expect(res.status, await res.clone().text()).toBeLessThan(300);
  await ok(await h.json('POST', `/api/cases/${c.id}/events`, { cookie: cookies.coordinator, body: { type: 'charge', date: '2026-05-12', title: 'Charged with rebellion', description: 'The prosecutor cited her speech at the protest.' } }));
  await ok(await h.json('POST', `/api/cases/${c.id}/proceedings`, { cookie: cookies.coordinator, body: { internationalBody: 'iachr', reference: 'P-1234-26', lodgedDate: '2026-07-01' } }));
  await ok(await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: cookies.coordinator, body: SENSITIVE, headers: { 'if-match': '"0"' } }));
  await ok(await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: cookies.coordinator, body: { level: 'critical', summary: RISK_SUMMARY }, headers: { 'if-match': '"0"' } }));
  return c;
}

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  cookies.coordinator = await h.signIn(coordinator);
  cookies.mp = await h.signIn(await h.addMember('mp'));
});

describe('the draft communication', () => {
  it('is a well-formed DOCX with the case\'s facts, timeline and proceeding, in French when French is chosen, and audited', async () => {
    const c = await caseReadyForTheUn();
    const res = await h.json('GET', docxPath(c.id, 'fr'), { cookie: cookies.coordinator });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toContain('un-sr-communication-fr.docx');
    expect(res.headers.get('cache-control')).toBe('private, no-store');

    const docx = readDocx(new Uint8Array(await res.arrayBuffer()));
    expect(docx.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', '_rels/.rels']));
    expect(docx.contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');

    const text = docx.text;
    for (const heading of HEADINGS.fr) expect(text).toContain(heading);
    expect(text).toContain('Nom\u00a0: Ana Quispe');
    expect(text).toContain('Defends the Wayuu community’s water rights');
    expect(text).toContain('Charged with rebellion');
    expect(text).toContain('The prosecutor cited her speech at the protest.');
    expect(text).toContain('Commission interaméricaine des droits de l’homme');
    expect(text).toContain('Référence\u00a0: P-1234-26');
    expect(text).toContain('Consentement enregistré le');
    for (const value of [...Object.values(SENSITIVE), RISK_SUMMARY]) expect(text).not.toContain(value);
    expect(await auditLines(c.id)).toBe(1);
  });

  it('is written in each of the four languages, by ?language= (the page language when left out)', async () => {
    const c = await caseReadyForTheUn();
    for (const language of ['en', 'es', 'ru'] as const) {
      const res = await h.json('GET', docxPath(c.id, language), { cookie: cookies.coordinator });
      const { text } = readDocx(new Uint8Array(await res.arrayBuffer()));
      for (const heading of HEADINGS[language]) expect(text, language).toContain(heading);
    }
    const byPage = await h.json('GET', docxPath(c.id), { cookie: cookies.coordinator, headers: { 'accept-language': 'es' } });
    expect(readDocx(new Uint8Array(await byPage.arrayBuffer())).text).toContain(HEADINGS.es[0]);

    const bad = await h.json('GET', docxPath(c.id, 'de'), { cookie: cookies.coordinator });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors.map((e: { path: string }) => e.path)).toEqual(['language']);
  });
});

describe('who may draft it, and when', () => {
  it('is refused with 409 where the consent recorded does not allow it, the reason in the caller\'s language, nothing audited', async () => {
    const network = await h.createCase(cookies.coordinator, { visibility: 'network' });
    const partner = await h.createCase(cookies.coordinator, { visibility: 'public', consentBasis: 'partner_request' });
    const paused = await h.createCase(cookies.coordinator, { visibility: 'public' });
    expect((await h.json('POST', `/api/cases/${paused.id}/pause`, { cookie: cookies.coordinator, body: { reason: 'Reprisal after the hearing', basis: 'reprisal' } })).status).toBe(200);

    const cases: Array<[DefenderCase, string]> = [
      [network, 'La personne défenseure n’a pas consenti à ce que ce dossier soit partagé au-delà du réseau.'],
      [partner, 'La visibilité du dossier n’a pas été fixée sur le consentement de la personne défenseure elle-même.'],
      [paused, 'La publicité de ce dossier est suspendue\u00a0:'],
    ];
    for (const [c, wording] of cases) {
      const res = await h.json('GET', docxPath(c.id, 'en'), { cookie: cookies.coordinator, headers: { 'accept-language': 'fr' } });
      expect(res.status).toBe(409);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await bodyOf(res)).detail).toContain(wording);
      expect(await auditLines(c.id)).toBe(0);
      // The page says why instead of offering the download.
      const page = await (await h.json('GET', `/cases/${c.id}/communications/un-sr?lang=fr`, { cookie: cookies.coordinator })).text();
      expect(page).toContain(wording);
      expect(page).not.toContain('/communications/un-sr.docx');
    }
  });

  it('is for coordinators: 403 for an MP who may see the case, 404 for one who may not', async () => {
    const open = await caseReadyForTheUn();
    const hidden = await h.createCase(cookies.coordinator, { visibility: 'restricted', namedMemberIds: [] });
    expect((await h.json('GET', docxPath(open.id, 'en'), { cookie: cookies.mp })).status).toBe(403);
    expect((await h.json('GET', docxPath(hidden.id, 'en'), { cookie: cookies.mp })).status).toBe(404);
    expect((await h.json('GET', `/cases/${open.id}/communications/un-sr`, { cookie: cookies.mp })).status).toBe(403);
    expect(await auditLines(open.id)).toBe(0);
  });

  it('offers the language chooser and the download on the coordinator\'s page, linked from the case page', async () => {
    const c = await caseReadyForTheUn();
    const casePage = await (await h.json('GET', `/cases/${c.id}`, { cookie: cookies.coordinator })).text();
    expect(casePage).toContain(`href="/cases/${c.id}/communications/un-sr"`);
    const page = await (await h.json('GET', `/cases/${c.id}/communications/un-sr?lang=ru`, { cookie: cookies.coordinator })).text();
    expect(page).toContain(`action="/api/cases/${c.id}/communications/un-sr.docx"`);
    expect(page).toContain('<select id="unsr-language" name="language">');
    expect(page).toContain('<option value="ru" lang="ru" selected="">Русский</option>');
    expect(page).toContain('Скачать проект');
  });
});
