/**
 * Issue 18, part 5, against DynamoDB Local: the XLSX export opens as a
 * workbook of three sheets (cases, timeline, actions), read back here with
 * exceljs; labels in the requester's language beside the codes; no sensitive
 * field and no text of a confidential action anywhere in it; formulas stay
 * text; coordinators only, audited. Issue 14: the workbook is built by a job
 * (POST answers 202 with its Location), read back by its coordinator only.
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

/** Starts the export, lets the worker build it, and opens the workbook the job's file gives. */
async function workbook(query: string, cookie = asCoordinator) {
  const started = await h.app.request(`/api/exports/cases.xlsx${query}`, { method: 'POST', headers: { cookie } });
  expect(started.status).toBe(202);
  const job = await bodyOf(started);
  expect(started.headers.get('location')).toBe(`/api/exports/${job.id}`);
  expect(job.status).toBe('queued');
  await h.settled();
  const done = await bodyOf(await h.app.request(`/api/exports/${job.id}`, { headers: { cookie } }));
  expect(done).toMatchObject({ status: 'finished', file: `/api/exports/${job.id}/file` });
  const res = await h.app.request(done.file, { headers: { cookie } });
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

    const book = await workbook('?lang=fr');
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
    const book = await workbook('?country=KE');
    expect(rowsOf(book.getWorksheet('Cases')!).slice(1).map((r) => r[2])).toEqual(['KE']);
    const audit = (await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }))).items as { action: string; fields?: string[] }[];
    expect(audit.filter((a) => a.action === 'cases.exported')).toEqual([expect.objectContaining({ fields: ['country', 'xlsx'] })]);
  });

  it('is for coordinators only, and a bad filter gets 400 with nothing audited', async () => {
    const post = (query: string, cookie?: string) => h.app.request(`/api/exports/cases.xlsx${query}`, { method: 'POST', headers: cookie ? { cookie } : {} });
    expect((await post('', asMp)).status).toBe(403);
    expect((await post('')).status).toBe(401);
    const bad = await post('?country=Narnia', asCoordinator);
    expect(bad.status).toBe(400);
    expect((await bodyOf(bad)).errors[0].path).toBe('country');
    const audit = (await bodyOf(await h.json('GET', `/api/members/${coordinator.id}/audit`, { cookie: asCoordinator }))).items as { action: string }[];
    expect(audit.filter((a) => a.action === 'cases.exported')).toHaveLength(0);
  });
});

describe('the XLSX export as a job', () => {
  it('holds every matching case, past the 100 a page the list reads at once', async () => {
    for (let i = 0; i < 103; i += 20) await Promise.all(Array.from({ length: Math.min(20, 103 - i) }, () => h.createCase(asCoordinator, { country: 'KE' })));
    const book = await workbook('?country=KE');
    expect(rowsOf(book.getWorksheet('Cases')!)).toHaveLength(104);
  });

  it('is read and downloaded by the coordinator who asked only: another coordinator, an unknown or malformed id get 404', async () => {
    await h.createCase(asCoordinator, { country: 'KE' });
    const job = await bodyOf(await h.app.request('/api/exports/cases.xlsx', { method: 'POST', headers: { cookie: asCoordinator } }));
    // Not built yet: 409, in the caller's language.
    const early = await h.app.request(`/api/exports/${job.id}/file?lang=fr`, { headers: { cookie: asCoordinator } });
    expect(early.status).toBe(409);
    expect((await bodyOf(early)).detail).toContain('pas encore prêt');
    await h.settled();
    const other = await h.signIn(await h.addMember('coordinator'));
    for (const path of [`/api/exports/${job.id}`, `/api/exports/${job.id}/file`, `/exports/${job.id}`]) {
      expect((await h.app.request(path, { headers: { cookie: other } })).status, path).toBe(404);
      expect((await h.app.request(path, { headers: { cookie: asMp } })).status, path).toBe(403);
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-job']) {
      expect((await h.app.request(`/api/exports/${id}/file`, { headers: { cookie: asCoordinator } })).status).toBe(404);
    }
    expect((await h.app.request(`/api/exports/${job.id}/file`, { headers: { cookie: asCoordinator } })).status).toBe(200);
  });

  it('is gone for its reader once its two days are over', async () => {
    const job = await bodyOf(await h.app.request('/api/exports/cases.xlsx', { method: 'POST', headers: { cookie: asCoordinator } }));
    await h.settled();
    expect((await h.app.request(`/api/exports/${job.id}`, { headers: { cookie: asCoordinator } })).status).toBe(200);
    h.clock.advance(2 * 24 * 3600 * 1000 + 1000);
    // Signed in again: the session of two days ago has ended too.
    const again = await h.signIn(coordinator);
    expect((await h.app.request(`/api/exports/${job.id}`, { headers: { cookie: again } })).status).toBe(404);
  });

  it('the case list’s button posts the filters and lands on the job’s page, which refreshes until the download link shows', async () => {
    await h.createCase(asCoordinator, { country: 'KE' });
    const list = await (await h.app.request('/cases?country=KE', { headers: { cookie: asCoordinator } })).text();
    expect(list).toContain('action="/exports/cases.xlsx"');
    expect(list).toContain('name="country" value="KE"');
    const posted = await h.app.request('/exports/cases.xlsx', { method: 'POST', body: new URLSearchParams({ country: 'KE' }), headers: { cookie: asCoordinator, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(posted.status).toBe(303);
    const page = posted.headers.get('location')!;
    expect(page).toMatch(/^\/exports\/[0-9a-f-]{36}$/);
    const waiting = await (await h.app.request(page, { headers: { cookie: asCoordinator } })).text();
    expect(waiting).toContain('http-equiv="refresh"');
    await h.settled();
    const ready = await (await h.app.request(`${page}?lang=es`, { headers: { cookie: asCoordinator } })).text();
    expect(ready).not.toContain('http-equiv="refresh"');
    expect(ready).toContain('El libro está listo: 1 caso');
    expect(ready).toContain(`href="/api${page}/file"`);
  });

  it('builds no workbook for a coordinator demoted since asking', async () => {
    const other = await h.signIn(await h.addMember('coordinator'));
    const job = await bodyOf(await h.app.request('/api/exports/cases.xlsx', { method: 'POST', headers: { cookie: asCoordinator } }));
    const { version } = await bodyOf(await h.json('GET', `/api/members/${coordinator.id}`, { cookie: asCoordinator }));
    const demoted = await h.json('PATCH', `/api/members/${coordinator.id}`, { cookie: other, body: { role: 'mp' }, headers: { 'if-match': `"${version}"` } });
    expect(demoted.status).toBe(200);
    await h.settled();
    const stored = await h.store.getExportJob(job.id);
    expect(stored).toMatchObject({ status: 'failed', failure: 'notAllowed' });
  });
});
