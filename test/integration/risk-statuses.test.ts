/**
 * Several current risk statuses against DynamoDB Local: a case detained and
 * charged at once is listed by either status (any-of filter), stays in the
 * gap "detained, and no detention visit" counted from the detention, moves by
 * confirmed events (a charge joins the detention, a release ends it), and is
 * read from an older item that carries a single riskStatus. The API takes the
 * list, or the older single field, never both; the import reads both columns.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Gap } from '#shared/missions/gap-rules.ts';
import { caseItem } from '#functions/adapters/dynamo/items.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { importAndWait } from '../support/import-jobs.ts';
import { csvOf } from '../support/spreadsheets.ts';

let h: Harness;
let coordinator: string;
const DAY = 86_400_000;

const listed = async (query: string) =>
  ((await bodyOf(await h.json('GET', `/api/cases?${query}&limit=100`, { cookie: coordinator }))).items as DefenderCase[]).map((c) => c.defenderName).sort();
const gapsOf = async (country: string) => ((await bodyOf(await h.json('GET', `/api/gaps?country=${country}`, { cookie: coordinator }))).items as Gap[]);
const etagOf = async (id: string) => (await h.json('GET', `/api/cases/${id}`, { cookie: coordinator })).headers.get('etag')!;

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
});

describe('the API takes several statuses', () => {
  it('creates a case detained and charged; refuses none, a repeat, and both forms at once, naming the field', async () => {
    const c = await h.createCase(coordinator, { defenderName: 'Both Statuses', riskStatuses: ['detained', 'charged'] });
    expect(c.riskStatuses).toEqual(['detained', 'charged']);
    expect(c).not.toHaveProperty('riskStatus');
    const refused = async (body: Record<string, unknown>) => {
      const { riskStatus: _one, ...base } = (await import('../support/harness.ts')).validCase();
      const res = await h.json('POST', '/api/cases', { cookie: coordinator, body: { ...base, ...body } });
      expect(res.status).toBe(400);
      return (await bodyOf(res)).errors.map((e: { path: string }) => e.path);
    };
    expect(await refused({ riskStatuses: [] })).toEqual(['riskStatuses']);
    expect(await refused({ riskStatuses: ['detained', 'detained'] })).toEqual(['riskStatuses']);
    expect(await refused({})).toEqual(['riskStatuses']);
    expect(await refused({ riskStatuses: ['detained'], riskStatus: 'charged' })).toEqual(['riskStatus']);
  });

  it('PATCH takes the list, or one status (as a list of one); the same statuses in another order change nothing', async () => {
    const c = await h.createCase(coordinator, { defenderName: 'Patched Statuses', riskStatuses: ['detained', 'charged'] });
    const same = await h.json('PATCH', `/api/cases/${c.id}`, { cookie: coordinator, headers: { 'if-match': '"1"' }, body: { riskStatuses: ['charged', 'detained'] } });
    expect((await bodyOf(same)).version).toBe(1);
    const one = await h.json('PATCH', `/api/cases/${c.id}`, { cookie: coordinator, headers: { 'if-match': '"1"' }, body: { riskStatus: 'released' } });
    expect((await bodyOf(one)).riskStatuses).toEqual(['released']);
  });
});

describe('filters and gaps with two statuses', () => {
  it('lists a case holding either status asked for (status=a,b is any of them)', async () => {
    await h.createCase(coordinator, { defenderName: 'Filter Both', riskStatuses: ['detained', 'charged'], country: 'GT' });
    await h.createCase(coordinator, { defenderName: 'Filter Charged', riskStatuses: ['charged'], country: 'GT' });
    await h.createCase(coordinator, { defenderName: 'Filter Threatened', riskStatuses: ['threatened'], country: 'GT' });
    expect(await listed('country=GT&status=detained')).toEqual(['Filter Both']);
    expect(await listed('country=GT&status=charged')).toEqual(['Filter Both', 'Filter Charged']);
    expect(await listed('country=GT&status=detained,threatened')).toEqual(['Filter Both', 'Filter Threatened']);
    const bad = await h.json('GET', '/api/cases?status=detained,fine', { cookie: coordinator });
    expect(bad.status).toBe(400);
  });

  it('a detained defender who is then charged still shows "detained, no detention visit", from the day of the detention', async () => {
    const c = await h.createCase(coordinator, { defenderName: 'Detained Then Charged', riskStatuses: ['threatened'], country: 'HN' });
    // The arrest five days ago (the session lasts 12 hours: the clock goes back, then forward to now).
    h.clock.advance(-5 * DAY);
    const arrest = await h.json('POST', `/api/cases/${c.id}/events`, {
      cookie: coordinator, headers: { 'if-match': await etagOf(c.id) }, body: { type: 'arrest', date: '2026-11-23', title: 'Arrested', newRiskStatus: 'detained' },
    });
    expect(arrest.status, await arrest.clone().text()).toBe(201);
    expect((await bodyOf(arrest)).case.riskStatuses).toEqual(['threatened', 'detained']);
    const detainedAt = h.clock.now().toISOString();
    h.clock.advance(5 * DAY);
    const charge = await h.json('POST', `/api/cases/${c.id}/events`, {
      cookie: coordinator, headers: { 'if-match': await etagOf(c.id) }, body: { type: 'charge', date: '2026-11-28', title: 'Charged', newRiskStatus: 'charged' },
    });
    expect((await bodyOf(charge)).case.riskStatuses).toEqual(['threatened', 'detained', 'charged']);

    const gap = (await gapsOf('HN')).find((g) => g.caseId === c.id && g.rule === 'detained_no_detention_visit');
    expect(gap).toMatchObject({ riskStatus: 'detained', since: detainedAt, ageDays: 5 });

    // A release ends the detention (and with it the gap); the charge stays.
    const release = await h.json('POST', `/api/cases/${c.id}/events`, {
      cookie: coordinator, headers: { 'if-match': await etagOf(c.id) }, body: { type: 'release', date: '2026-11-28', title: 'Released', newRiskStatus: 'released' },
    });
    expect((await bodyOf(release)).case.riskStatuses).toEqual(['threatened', 'charged', 'released']);
    expect((await gapsOf('HN')).filter((g) => g.caseId === c.id && g.rule === 'detained_no_detention_visit')).toEqual([]);
  });
});

describe('older items and the import', () => {
  it('reads an item stored with a single riskStatus as a list of one, everywhere (case, list filter, gaps), and an edit replaces it', async () => {
    const id = randomUUID();
    const at = h.clock.now().toISOString();
    const old = {
      id, defenderName: 'Stored Long Ago', country: 'PE', themes: ['labour'], riskStatus: 'detained', visibility: 'network', namedMemberIds: [],
      state: 'active', summary: 'Before several statuses.', recommendedActions: [], adopterCount: 0, createdAt: at, createdBy: 'old', updatedAt: at, updatedBy: 'old', version: 1,
    };
    await h.doc.send(new PutCommand({ TableName: h.table, Item: caseItem(old as unknown as DefenderCase) }));
    const read = await h.json('GET', `/api/cases/${id}`, { cookie: coordinator });
    expect(read.status, await read.clone().text()).toBe(200);
    expect((await bodyOf(read)).riskStatuses).toEqual(['detained']);
    expect(await listed('country=PE&status=detained')).toEqual(['Stored Long Ago']);
    expect((await gapsOf('PE')).some((g) => g.caseId === id && g.rule === 'detained_no_detention_visit')).toBe(true);
    await h.json('PATCH', `/api/cases/${id}`, { cookie: coordinator, headers: { 'if-match': '"1"' }, body: { riskStatuses: ['released'] } });
    const stored = await h.store.getCase(id);
    expect(stored).toMatchObject({ riskStatuses: ['released'] });
    expect(stored).not.toHaveProperty('riskStatus');
    expect((await gapsOf('PE')).some((g) => g.caseId === id)).toBe(false);
  });

  it('imports a riskStatuses column separated by ; and still reads a riskStatus column', async () => {
    const file = csvOf([
      ['externalId', 'defenderName', 'country', 'themes', 'riskStatuses', 'riskStatus', 'visibility', 'consentBasis', 'summary'],
      ['rs-1', 'Import Both', 'CO', 'labour', 'detained;charged', '', 'network', 'explicit_consent', 'Two statuses.'],
      ['rs-2', 'Import Old Column', 'CO', 'labour', '', 'threatened', 'network', 'explicit_consent', 'One status, older column.'],
      ['rs-3', 'Import None', 'CO', 'labour', '', '', 'network', 'explicit_consent', 'No status.'],
    ]);
    const { res, job: body } = await importAndWait(h, '/api/imports/cases', file, { cookie: coordinator, origin: APP_URL, 'content-type': 'text/csv' });
    expect(res.status).toBe(202);
    expect(body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[4, 'riskStatuses']]);
    expect(body.created).toBe(2);
    expect(await listed('country=CO&status=charged')).toContain('Import Both');
    expect(await listed('country=CO&status=threatened')).toContain('Import Old Column');
  });
});
