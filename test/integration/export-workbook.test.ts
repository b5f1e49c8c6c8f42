/**
 * Issue 18, part 5, against DynamoDB Local: the XLSX export opens as a
 * workbook of three sheets (cases, timeline, actions), read back here with
 * exceljs; labels in the requester's language beside the codes; no sensitive
 * field and no text of a confidential action anywhere in it; formulas stay
 * text; coordinators only, audited.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Member } from '#shared/domain/member.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;
let asMp: string;
let asDiplomat: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
  asMp = await h.signIn(await h.addMember('mp'));
  asDiplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
});

const PLANTED = ['planted-phone +57 300 555 0199', 'planted-location Calle 9', 'planted-confidential visit notes', 'planted-risk threat note'];

async function workbook(path: string, cookie = asCoordinator) {
  const res = await h.app.request(path, { headers: { cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers.get('content-disposition')).toContain('attachment');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
  return rows;
};

describe('the XLSX export of cases', () => {
  it('has a sheet of cases, one of their timelines and one of their actions, with labels in the requester’s language', async () => {
    const c = await h.createCase(asCoordinator, { visibility: 'public', country: 'CO', riskStatus: 'detained', defenderName: 'Ana =HYPERLINK("https://evil.example","x")' });
    await h.json('PUT', `/api/cases/${c.id}/sensitive`, { cookie: asCoordinator, body: { contactDetails: PLANTED[0], exactLocation: PLANTED[1] }, headers: { 'if-match': '"0"' } });
    await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator, body: { level: 'high', threats: [{ type: 'raid', source: 'police', date: '2026-11-01', credibility: 'likely', note: PLANTED[3] }] }, headers: { 'if-match': '"0"' } });
    expect((await h.json('POST', `/api/cases/${c.id}/events`, { cookie: asCoordinator, body: { type: 'charge', date: '2026-11-10', title: 'Charged with rebellion' } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit', 'letter_authorities'] } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'letter_authorities', date: '2026-11-12', description: 'Wrote to the prosecutor.', public: true } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: asMp, body: { type: 'prison_visit', date: '2026-11-14', description: PLANTED[2], public: false } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${c.id}/mission-actions`, { cookie: asDiplomat, body: { actionType: 'detention_visit', mission: 'EU Delegation to Colombia', date: '2026-11-15', outcome: 'Visited in prison.', confidential: false } })).status).toBe(201);
    await h.settled();

    const book = await workbook('/api/exports/cases.xlsx?lang=fr');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Cases', 'Timeline', 'Actions']);
    const [cases, timeline, actions] = book.worksheets.map(rowsOf);
    expect(cases![0]!.slice(0, 4)).toEqual(['id', 'defenderName', 'country', 'countryName']);
    expect(cases).toHaveLength(2);
    expect(cases![1]!.slice(0, 4)).toEqual([c.id, 'Ana =HYPERLINK("https://evil.example","x")', 'CO', 'Colombie']);
    // Written as text: no cell of the workbook is a formula.
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    expect(timeline!.slice(1).map((r) => r.slice(3, 6))).toContainEqual(['charge', 'Inculpation', 'Charged with rebellion']);
    const actionLines = actions!.slice(1).map((r) => [r[2], r[4], r[6], r[7]]);
    expect(actionLines).toEqual([
      ['2026-11-12', 'letter_authorities', 'yes', 'Wrote to the prosecutor.'],
      ['2026-11-14', 'prison_visit', 'no', ''],
      ['2026-11-15', 'detention_visit', 'yes', 'Visited in prison.'],
    ]);
    const everything = JSON.stringify(book.worksheets.map(rowsOf));
    for (const value of PLANTED) expect(everything).not.toContain(value);
  });

  it('follows the list’s filters and is audited', async () => {
    await h.createCase(asCoordinator, { country: 'KE' });
    await h.createCase(asCoordinator, { country: 'CO' });
    const book = await workbook('/api/exports/cases.xlsx?country=KE');
    expect(rowsOf(book.getWorksheet('Cases')!).slice(1).map((r) => r[2])).toEqual(['KE']);
    const audit = (await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }))).items as { action: string; fields?: string[] }[];
    expect(audit.filter((a) => a.action === 'cases.exported')).toEqual([expect.objectContaining({ fields: ['country', 'xlsx'] })]);
  });

  it('is for coordinators only, and a bad filter gets 400 with nothing audited', async () => {
    expect((await h.app.request('/api/exports/cases.xlsx', { headers: { cookie: asMp } })).status).toBe(403);
    expect((await h.app.request('/api/exports/cases.xlsx')).status).toBe(401);
    const bad = await h.app.request('/api/exports/cases.xlsx?country=Narnia', { headers: { cookie: asCoordinator } });
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toBe('country');
    const audit = (await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }))).items as { action: string }[];
    expect(audit.filter((a) => a.action === 'cases.exported')).toHaveLength(0);
  });
});
