/** Spreadsheet imports of cases and members through the JSON API, against DynamoDB Local. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { importAndWait } from '../support/import-jobs.ts';
import { CASE_HEADER, caseRow, csvOf, XLSX_TYPE, xlsxOf } from '../support/spreadsheets.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

const post = (path: string, body: RequestInit["body"], type: string, cookie = asCoordinator, language?: string) =>
  h.app.request(path, { method: 'POST', body, headers: { cookie, 'content-type': type, ...(language ? { 'accept-language': language } : {}) } });

/** A real run: the job it starts, once the worker has run it. */
const imported = async (path: string, body: RequestInit['body'], type: string, cookie = asCoordinator) => {
  const { res, job } = await importAndWait(h, path, body, { cookie, 'content-type': type });
  expect(res.status).toBe(202);
  expect(job.status).toBe('finished');
  return job;
};

const listAll = async (): Promise<DefenderCase[]> => (await bodyOf(await h.json('GET', '/api/cases?limit=100', { cookie: asCoordinator }))).items;

describe('importing cases from CSV', () => {
  const file = csvOf([
    CASE_HEADER,
    caseRow('ext-1', 'Ana Import'),
    caseRow('ext-2', 'Ben Import', { country: 'XX' }),
    caseRow('ext-3', 'Cleo Import', { themes: 'gardening' }),
    caseRow('ext-4', 'Dai Import'),
  ]);

  it('a dry run counts rows, names each error by spreadsheet row and field, and stores nothing', async () => {
    const before = await h.count();
    const res = await post('/api/imports/cases?dryRun=true', file, 'text/csv');
    expect(res.status).toBe(200);
    const body = await bodyOf(res);
    expect(body).toMatchObject({ rows: 4, valid: 2, toCreate: 2, toUpdate: 0 });
    expect(body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[3, 'country'], [4, 'themes']]);
    expect(await h.count()).toBe(before);
  });

  it('row messages are in the caller’s language', async () => {
    const res = await post('/api/imports/cases?dryRun=true', file, 'text/csv', asCoordinator, 'fr');
    const { errors } = await bodyOf(res);
    const english = (await bodyOf(await post('/api/imports/cases?dryRun=true', file, 'text/csv'))).errors;
    expect(errors[0].message).not.toBe(english[0].message);
    expect(errors[0].message.length).toBeGreaterThan(0);
  });

  it('a real run stores the valid rows, each with its consent-ledger entry and its case.created audit line', async () => {
    expect(await imported('/api/imports/cases', file, 'text/csv')).toMatchObject({ created: 2, updated: 0, skipped: 2, rowsDone: 4, rowsTotal: 4 });
    const cases = await listAll();
    expect(cases.map((c) => c.defenderName).sort()).toEqual(['Ana Import', 'Dai Import']);
    for (const c of cases) {
      expect(c.themes).toEqual(['land_environment', 'journalism']);
      const consent = await bodyOf(await h.json('GET', `/api/cases/${c.id}/consent`, { cookie: asCoordinator }));
      const entries = consent.items ?? consent;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ event: 'created', basis: 'explicit_consent', visibility: 'network', by: coordinator.id });
      const audit = (await bodyOf(await h.json('GET', `/api/cases/${c.id}/audit`, { cookie: asCoordinator }))).items;
      expect(audit.filter((a: { action: string }) => a.action === 'case.created')).toHaveLength(1);
    }
  });

  it('a re-import of the same file updates nothing twice: no duplicates, unchanged rows skipped', async () => {
    await imported('/api/imports/cases', file, 'text/csv');
    const afterFirst = await h.count();
    const again = await imported('/api/imports/cases', file, 'text/csv');
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 4 });
    // The second job's record, its audit line, and nothing else (its file was deleted, its queue message too).
    expect(await h.count()).toBe(afterFirst + 1);
    expect(await listAll()).toHaveLength(2);
  });

  it('a re-import with a changed row updates that case (version 2, a case.updated audit line) and creates the new ones', async () => {
    await imported('/api/imports/cases', file, 'text/csv');
    const [ana] = (await listAll()).filter((c) => c.defenderName === 'Ana Import');
    const changed = csvOf([CASE_HEADER, caseRow('ext-1', 'Ana Import', { riskStatus: 'detained' }), caseRow('ext-5', 'Eve Import')]);
    expect(await imported('/api/imports/cases', changed, 'text/csv')).toMatchObject({ created: 1, updated: 1, skipped: 0, errors: [] });
    const cases = await listAll();
    expect(cases).toHaveLength(3);
    const updated = cases.find((c) => c.id === ana!.id)!;
    expect(updated).toMatchObject({ riskStatuses: ['detained'], version: 2 });
    const audit = (await bodyOf(await h.json('GET', `/api/cases/${ana!.id}/audit`, { cookie: asCoordinator }))).items;
    expect(audit.find((a: { action: string }) => a.action === 'case.updated')).toMatchObject({ fields: expect.arrayContaining(['riskStatuses']) });
  });

  it('a re-import may not change visibility (consent): that row is an error, nothing of it is stored', async () => {
    await imported('/api/imports/cases', file, 'text/csv');
    const res = await imported('/api/imports/cases', csvOf([CASE_HEADER, caseRow('ext-1', 'Ana Import', { visibility: 'public' })]), 'text/csv');
    expect(res).toMatchObject({ created: 0, updated: 0, skipped: 1, errors: [{ row: 2, field: 'visibility' }] });
    expect((await listAll()).find((c) => c.defenderName === 'Ana Import')!.visibility).toBe('network');
  });

  it('an externalId twice in one file: the second row is an error naming the first', async () => {
    const twice = csvOf([CASE_HEADER, caseRow('same', 'One'), caseRow('same', 'Two')]);
    const res = await imported('/api/imports/cases', twice, 'text/csv');
    expect(res).toMatchObject({ created: 1, skipped: 1, errors: [{ row: 3, field: 'externalId' }] });
    expect(res.errors[0].message).toContain('2');
  });

  it('two concurrent imports of the same new rows create each case once', async () => {
    const rows = csvOf([CASE_HEADER, ...Array.from({ length: 30 }, (_, i) => caseRow(`race-${i}`, `Race ${i}`))]);
    const [a, b] = await Promise.all([post('/api/imports/cases', rows, 'text/csv'), post('/api/imports/cases', rows, 'text/csv')]);
    expect([a.status, b.status]).toEqual([202, 202]);
    // Both jobs run at once, as two workers would.
    await Promise.all([h.settled(), h.settled()]);
    const results = await Promise.all([a, b].map(async (r) => bodyOf(await h.json('GET', r.headers.get('location')!, { cookie: asCoordinator }))));
    expect(results[0].created + results[1].created).toBe(30);
    expect(await listAll()).toHaveLength(30);
  });

  it('a UTF-8 byte-order mark and quoted cells with commas and line breaks read as Excel writes them', async () => {
    const text = '\uFEFF' + csvOf([CASE_HEADER, caseRow('bom-1', 'Zoë, "Z" Núñez', { summary: 'Line one\nline two' })]);
    expect(await imported('/api/imports/cases', text, 'text/csv')).toMatchObject({ created: 1 });
    expect((await listAll())[0]).toMatchObject({ defenderName: 'Zoë, "Z" Núñez', summary: 'Line one\nline two' });
  });
});

describe('importing cases from XLSX and multipart', () => {
  it('an XLSX body imports; a formula cell is its formula’s text, never its computed value', async () => {
    const bytes = await xlsxOf([CASE_HEADER, [...caseRow('x-1', 'Xlsx One').slice(0, 7), { formula: 'CONCAT("Sum", "mary")', result: 'Summary' }]]);
    const res = await imported('/api/imports/cases', bytes, XLSX_TYPE);
    expect(res).toMatchObject({ created: 1, errors: [] });
    expect((await listAll())[0]!.summary).toBe('=CONCAT("Sum", "mary")');
  });

  it('a multipart form with a file field imports the same way', async () => {
    const form = new FormData();
    form.set('file', new File([csvOf([CASE_HEADER, caseRow('m-1', 'Multi Part')])], 'cases.csv', { type: 'text/csv' }));
    const { job } = await importAndWait(h, '/api/imports/cases', form, { cookie: asCoordinator });
    expect(job).toMatchObject({ created: 1, fileName: 'cases.csv' });
  });
});

describe('files that cannot be imported are refused whole, and nothing is stored', () => {
  const latin1 = Buffer.from(csvOf([CASE_HEADER, caseRow('l-1', 'Jos\u00e9')]), 'latin1');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvOf([CASE_HEADER, caseRow('u-1', 'Ana')]), 'utf16le')]);
  const refusals: Array<[string, () => RequestInit["body"], string, number, string]> = [
    ['Latin-1 bytes', () => latin1, 'text/csv', 400, 'UTF-8'],
    ['UTF-16 text', () => utf16, 'text/csv', 400, 'UTF-16'],
    ['an open quote', () => 'defenderName,country\n"Ana,CO\n', 'text/csv', 400, 'line'],
    ['an unknown column', () => csvOf([[...CASE_HEADER, 'sensitiveNotes'], [...caseRow('k', 'K'), 'x']]), 'text/csv', 400, 'sensitiveNotes'],
    ['garbage as XLSX', () => 'not a zip', XLSX_TYPE, 400, 'XLSX'],
    ['a JSON body', () => '{}', 'application/json', 415, ''],
    ['a body over 4 MiB', () => 'a'.repeat(4 * 1024 * 1024 + 1), 'text/csv', 413, ''],
  ];
  for (const [what, body, type, status, detail] of refusals) {
    it(`${what} → ${status}`, async () => {
      const before = await h.count();
      const res = await post('/api/imports/cases', body(), type);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await bodyOf(res)).detail).toContain(detail);
      expect(await h.count()).toBe(before);
    });
  }

  it('a cell over the limit is a row error naming its field', async () => {
    const res = await bodyOf(await post('/api/imports/cases?dryRun=true', csvOf([CASE_HEADER, caseRow('big', 'Big', { summary: 'x'.repeat(6000) })]), 'text/csv'));
    expect(res.errors).toEqual([expect.objectContaining({ row: 2, field: 'summary' })]);
  });

  it('MPs may not import (403), anonymous callers must sign in (401)', async () => {
    const asMp = await h.signIn(await h.addMember('mp'));
    const file = csvOf([CASE_HEADER, caseRow('a', 'A')]);
    expect((await post('/api/imports/cases', file, 'text/csv', asMp)).status).toBe(403);
    expect((await post('/api/imports/cases', file, 'text/csv', '')).status).toBe(401);
    expect(await listAll()).toHaveLength(0);
  });
});

describe('importing members', () => {
  const header = ['email', 'name', 'role', 'parliament', 'country', 'language'];
  const file = csvOf([
    header,
    ['new.mp@example.org', 'Nora Nouvelle', 'mp', 'Assemblée nationale', 'FR', 'fr'],
    ['not-an-address', 'Bad Row', 'mp', '', '', ''],
    ['new.dip@example.org', 'Diego Nuevo', 'diplomat', '', 'CO', 'es'],
  ]);

  it('a dry run validates and stores nothing', async () => {
    const before = await h.count();
    const res = await bodyOf(await post('/api/imports/members?dryRun=true', file, 'text/csv'));
    expect(res).toMatchObject({ rows: 3, valid: 2, errors: [{ row: 3, field: 'email' }] });
    expect(await h.count()).toBe(before);
  });

  it('a real run creates each member, invites each in their language, and a re-import invites no one twice', async () => {
    expect(await imported('/api/imports/members', file, 'text/csv')).toMatchObject({ created: 2, skipped: 1 });
    const mails = await h.outbox.list();
    const languageTo = (to: string) => {
      const headers = mails.find((m) => m.to === to)!.headers;
      return headers['Content-Language'] ?? headers['content-language'];
    };
    expect(languageTo('new.mp@example.org')).toBe('fr');
    expect(languageTo('new.dip@example.org')).toBe('es');
    const members = (await bodyOf(await h.json('GET', '/api/members', { cookie: asCoordinator }))).items as Member[];
    expect(members.map((m) => m.email)).toEqual(expect.arrayContaining(['new.mp@example.org', 'new.dip@example.org']));

    expect(await imported('/api/imports/members', file, 'text/csv')).toMatchObject({ created: 0, skipped: 3 });
    expect((await h.outbox.list()).length).toBe(mails.length);
  });
});
