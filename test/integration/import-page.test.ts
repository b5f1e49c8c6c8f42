/**
 * The import page, as a browser without JavaScript uses it: upload, the check (summary, errors by
 * row, a preview), the confirm with the same file chosen again, and the job's page. Plus the
 * DynamoDB calls of an import against its documented budget (test/support/route-budget.ts).
 */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_URL, makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { plainEnglish } from '../support/page-text.ts';
import { runImportJob } from '#shared/imports/run-import-job.ts';
import { IMPORT_BUDGETS } from '../support/route-budget.ts';
import { CASE_HEADER, caseRow, csvOf } from '../support/spreadsheets.ts';

let h: Harness;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness();
  asCoordinator = await h.signIn(await h.addMember('coordinator'));
});

const withBadRows = csvOf([CASE_HEADER, caseRow('p-1', 'Page One'), caseRow('p-2', 'Page Two', { riskStatus: 'fine' }), caseRow('p-3', 'Page Three', { country: 'XX' })]);
const corrected = csvOf([CASE_HEADER, caseRow('p-1', 'Page One'), caseRow('p-2', 'Page Two'), caseRow('p-3', 'Page Three')]);

function form(csv: string | undefined, extra: Record<string, string> = {}): FormData {
  const body = new FormData();
  body.set('what', 'cases');
  for (const [k, v] of Object.entries(extra)) body.set(k, v);
  if (csv !== undefined) body.set('file', new File([csv], 'cases.csv', { type: 'text/csv' }));
  return body;
}
const postForm = (path: string, body: FormData, query = '') =>
  h.app.request(`${path}${query}`, { method: 'POST', body, headers: { cookie: asCoordinator, origin: APP_URL } });
const digestOf = (csv: string) => createHash('sha256').update(csv).digest('hex');

describe('the import page', () => {
  it('the check shows the summary, each bad row with its field, a preview, and stores nothing', async () => {
    const before = await h.count();
    const res = await postForm('/imports/check', form(withBadRows));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('3 rows: 1 can be imported');
    expect(html).toContain('2 problems');
    const errors = html.slice(html.indexOf('id="row-errors"'), html.indexOf('</table>', html.indexOf('id="row-errors"')));
    expect(errors).toMatch(/<td>3<\/td><td><code>riskStatus<\/code><\/td>/);
    expect(errors).toMatch(/<td>4<\/td><td><code>country<\/code><\/td>/);
    expect(html).toContain('id="preview"');
    expect(html).toContain('Page Three');
    expect(html).toContain(`name="digest" value="${digestOf(withBadRows)}"`);
    expect(await h.count()).toBe(before);
  });

  it('the confirm imports only the file that was checked: another file is refused beside the file field', async () => {
    const before = await h.count();
    const res = await postForm('/imports/run', form(corrected, { digest: digestOf(withBadRows) }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<input id="file"[^>]*aria-invalid="true"[^>]*autofocus/);
    expect(html).toContain('id="file-error"');
    expect(html).toContain('<h1>Import a spreadsheet</h1>');
    expect(await h.count()).toBe(before);
  });

  it('corrected and confirmed, the import runs as a job whose page shows what it stored; the cases are listed', async () => {
    const check = await (await postForm('/imports/check', form(corrected))).text();
    expect(check).toContain('no problems');
    const token = check.match(/name="token" value="([^"]+)"/)![1]!;
    const res = await postForm('/imports/run', form(corrected, { digest: digestOf(corrected), token }));
    expect(res.status).toBe(303);
    const jobPage = res.headers.get('location')!;
    expect(jobPage).toMatch(/^\/imports\/[0-9a-f-]{36}$/);
    const waiting = await (await h.app.request(jobPage, { headers: { cookie: asCoordinator } })).text();
    expect(waiting).toContain('0 of 3 rows imported');
    expect(waiting).toContain('<meta http-equiv="refresh" content="2"');
    await h.settled();
    const done = await (await h.app.request(jobPage, { headers: { cookie: asCoordinator } })).text();
    expect(done).toContain('Import finished: 3 created, 0 updated, 0 skipped.');
    expect(done).not.toContain('http-equiv="refresh"');
    const list = await bodyOf(await h.json('GET', '/api/cases', { cookie: asCoordinator }));
    expect(list.items.map((c: { defenderName: string }) => c.defenderName).sort()).toEqual(['Page One', 'Page Three', 'Page Two']);
  });

  it('no file: the form comes back with the error beside the file field and focus on it', async () => {
    const res = await postForm('/imports/check', form(undefined));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/<input id="file"[^>]*aria-invalid="true"[^>]*autofocus/);
  });

  it('shows no plain English in the pseudo-locale, before and after a check', async () => {
    const page = await (await h.app.request('/imports?lang=en-XA', { headers: { cookie: asCoordinator } })).text();
    expect(plainEnglish(page)).toEqual([]);
    const checked = await (await postForm('/imports/check', form(withBadRows), '?lang=en-XA')).text();
    const data = ['cases.csv', ...CASE_HEADER, ...corrected.split(/[\r\n,;]+/), ...withBadRows.split(/[\r\n,;]+/)].filter(Boolean);
    expect(plainEnglish(checked, data)).toEqual([]);
  });

  it('an MP gets 403; a signed-out visitor is sent to sign in', async () => {
    const asMp = await h.signIn(await h.addMember('mp'));
    expect((await h.app.request('/imports', { headers: { cookie: asMp } })).status).toBe(403);
    expect((await h.app.request('/imports')).status).toBe(303);
  });
});

describe('an import’s DynamoDB calls, the request’s and its job’s, stay within its documented budget', () => {
  /** The request measured, then its job run by the worker's code on the counted store. */
  async function measured(path: string, csv: string) {
    const request = await h.calls.measure(async () =>
      h.app.request(path, { method: 'POST', body: csv, headers: { cookie: asCoordinator, 'content-type': 'text/csv' } }));
    expect(request.result.status).toBe(202);
    const { id } = await bodyOf(request.result);
    const job = await h.calls.measure(() => runImportJob({ ...h.importWorker, store: h.store }, id));
    expect(job.result).toBe('finished');
    return { calls: request.tally.calls + job.tally.calls, scans: request.tally.scans + job.tally.scans };
  }

  it('cases: 450 new rows (3 chunks)', async () => {
    const rows = 450;
    const csv = csvOf([CASE_HEADER, ...Array.from({ length: rows }, (_, i) => caseRow(`b-${i}`, `Budget ${i}`))]);
    const tally = await measured('/api/imports/cases', csv);
    expect(tally.scans).toBe(0);
    expect(tally.calls).toBeLessThanOrEqual(IMPORT_BUDGETS[0].maxCalls(rows));
  });

  it('members: 10 new rows', async () => {
    const rows = 10;
    const csv = csvOf([['email', 'name', 'role'], ...Array.from({ length: rows }, (_, i) => [`budget-${i}@example.org`, `Budget ${i}`, 'mp'])]);
    const tally = await measured('/api/imports/members', csv);
    expect(tally.scans).toBe(0);
    expect(tally.calls).toBeLessThanOrEqual(IMPORT_BUDGETS[1].maxCalls(rows));
  });
});
