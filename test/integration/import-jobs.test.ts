/**
 * Imports as jobs, against DynamoDB Local: the confirm keeps the file and queues a job; the
 * worker (driven here chunk by chunk with its own code) records its progress after each chunk
 * of 200 rows, resumes after a stop without storing a row twice, and deletes the file at the end.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { importFileKey } from '#shared/imports/import-job.ts';
import { runImportJob } from '#shared/imports/run-import-job.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { plainEnglish } from '../support/page-text.ts';
import { CASE_HEADER, caseRow, csvOf } from '../support/spreadsheets.ts';

let h: Harness;
let coordinator: Member;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
});

/** Planted in bad rows: neither the job nor any log line may carry them. */
const PLANTED_NAME = 'Zyx Plantedname';
const PLANTED_SUMMARY = 'planted-summary-7f3a';

/**
 * `rows` data rows: even rows carry an externalId, odd rows none (their re-run is the harder
 * case), and every 50th row has an unknown country and the planted values.
 */
function bigFile(rows: number): string {
  return csvOf([CASE_HEADER, ...Array.from({ length: rows }, (_, i) => {
    if (i % 50 === 49) return caseRow(`job-${i}`, PLANTED_NAME, { country: 'XX', summary: PLANTED_SUMMARY });
    return caseRow(i % 2 === 0 ? `job-${i}` : '', `Job Row ${i}`);
  })]);
}

const start = async (csv: string, headers: Record<string, string> = {}) => {
  const res = await h.app.request('/api/imports/cases', { method: 'POST', body: csv, headers: { cookie: asCoordinator, 'content-type': 'text/csv', ...headers } });
  expect(res.status).toBe(202);
  const job = await bodyOf(res);
  expect(res.headers.get('location')).toBe(`/api/imports/${job.id}`);
  return job as { id: string; status: string; rowsTotal: number; rowsDone: number };
};
const jobOf = async (id: string, cookie = asCoordinator) => bodyOf(await h.json('GET', `/api/imports/${id}`, { cookie }));
const pageOf = async (id: string, query = '') => (await h.app.request(`/imports/${id}${query}`, { headers: { cookie: asCoordinator } })).text();
const caseNames = async (): Promise<string[]> => {
  const names: string[] = [];
  for (let cursor: string | undefined, first = true; first || cursor; first = false) {
    const page = await bodyOf(await h.json('GET', `/api/cases?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { cookie: asCoordinator }));
    names.push(...page.items.map((c: { defenderName: string }) => c.defenderName));
    cursor = page.nextCursor;
  }
  return names;
};

describe('an import job', () => {
  it('a file of 450 rows runs to finished: 441 created, 9 skipped with their errors by row, the file deleted', async () => {
    const job = await start(bigFile(450));
    expect(job).toMatchObject({ status: 'queued', rowsTotal: 450, rowsDone: 0 });
    expect(await h.importWorker.files.get(importFileKey(job.id))).not.toBeNull();
    await h.settled();
    const done = await jobOf(job.id);
    expect(done).toMatchObject({ status: 'finished', rowsDone: 450, created: 441, updated: 0, skipped: 9, errorCount: 9 });
    expect(done.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual(
      Array.from({ length: 9 }, (_, k) => [51 + 50 * k, 'country']));
    expect(done.finishedAt).toBeDefined();
    expect(await h.importWorker.files.get(importFileKey(job.id))).toBeNull();
    const names = await caseNames();
    expect(names).toHaveLength(441);
    expect(new Set(names).size).toBe(441);
  }, 60_000);

  it('shows its progress mid-run: 200 of 450 rows imported, a <progress> with its name, a page that refreshes itself', async () => {
    const job = await start(bigFile(450));
    expect(await pageOf(job.id)).toContain('0 of 450 rows imported');
    expect(await runImportJob(h.importWorker, job.id, { maxChunks: 1 })).toBe('paused');
    expect(await jobOf(job.id)).toMatchObject({ status: 'running', rowsDone: 200, created: 196, skipped: 4, errorCount: 4 });
    const page = await pageOf(job.id);
    expect(page).toContain('<label for="rows-progress">200 of 450 rows imported</label>');
    expect(page).toMatch(/<progress id="rows-progress" max="450" value="200">/);
    expect(page).toContain('<meta http-equiv="refresh" content="2"/>');
    // Who needs the page still can stop the reloads.
    expect(await pageOf(job.id, '?refresh=off')).not.toContain('http-equiv="refresh"');
    expect(await runImportJob(h.importWorker, job.id, { maxChunks: 1 })).toBe('paused');
    expect((await jobOf(job.id)).rowsDone).toBe(400);
    await h.settled();
    const finished = await pageOf(job.id);
    expect(finished).toContain('Import finished: 441 created, 0 updated, 9 skipped.');
    expect(finished).not.toContain('http-equiv="refresh"');
    expect(finished).toContain('9 problems, by row');
  }, 60_000);

  it('a worker stopped after storing a chunk but before recording it, then run again, leaves every row once', async () => {
    const job = await start(bigFile(450));
    await runImportJob(h.importWorker, job.id, { maxChunks: 1 });
    // The second chunk's rows are written, then the worker dies before its progress record.
    const dying = { ...h.importWorker, store: { ...h.importWorker.store, recordImportProgress: async () => { throw new Error('worker killed'); } } };
    await expect(runImportJob(dying, job.id, { maxChunks: 1 })).rejects.toThrow('worker killed');
    expect((await jobOf(job.id)).rowsDone).toBe(200);
    expect(await caseNames()).toHaveLength(392);
    // Restarted (the queue delivers the job again): it resumes at row 200 and stores the second chunk again.
    await h.settled();
    expect(await jobOf(job.id)).toMatchObject({ status: 'finished', rowsDone: 450, created: 441, skipped: 9 });
    const names = await caseNames();
    expect(names).toHaveLength(441);
    expect(new Set(names).size).toBe(441);
  }, 60_000);

  it('two workers on the same job record each chunk once', async () => {
    const job = await start(bigFile(300));
    const outcomes = await Promise.all([runImportJob(h.importWorker, job.id), runImportJob(h.importWorker, job.id)]);
    expect(outcomes).toContain('finished');
    await h.settled();
    expect(await jobOf(job.id)).toMatchObject({ status: 'finished', rowsDone: 300, created: 294, skipped: 6 });
    expect(await caseNames()).toHaveLength(294);
  }, 60_000);

  it('keeps no cell of the file: its errors and every log line are free of the rows’ names and summaries', async () => {
    const job = await start(bigFile(100));
    await h.settled();
    const text = JSON.stringify(await jobOf(job.id));
    expect(text).not.toContain(PLANTED_NAME);
    expect(text).not.toContain(PLANTED_SUMMARY);
    const logs = h.logs.join('\n');
    expect(logs).toContain('import job finished');
    expect(logs).not.toContain(PLANTED_NAME);
    expect(logs).not.toContain(PLANTED_SUMMARY);
    expect(logs).not.toContain('Job Row');
  });

  it('a job whose file is gone fails, says so, and stores nothing', async () => {
    const job = await start(bigFile(10));
    await h.importWorker.files.delete(importFileKey(job.id));
    await h.settled();
    expect(await jobOf(job.id)).toMatchObject({ status: 'failed', failure: 'fileMissing', rowsDone: 0, created: 0 });
    expect(await pageOf(job.id)).toContain('its file is no longer stored');
    expect(await caseNames()).toHaveLength(0);
  });

  it('a job whose coordinator was made an MP before it ran fails without storing a row', async () => {
    // Signed in first: reading the outbox waits for queued work, jobs included.
    const other = await h.signIn(await h.addMember('coordinator'));
    const job = await start(bigFile(10));
    const { version } = await bodyOf(await h.json('GET', `/api/members/${coordinator.id}`, { cookie: asCoordinator }));
    const demoted = await h.json('PATCH', `/api/members/${coordinator.id}`, { cookie: other, body: { role: 'mp' }, headers: { 'if-match': `"${version}"` } });
    expect(demoted.status).toBe(200);
    await h.settled();
    expect(await jobOf(job.id, other)).toMatchObject({ status: 'failed', failure: 'notAllowed', created: 0 });
    expect(await h.importWorker.files.get(importFileKey(job.id))).toBeNull();
  });
});

describe('confirming twice makes one job', () => {
  it('the same Idempotency-Key gives the same job, imported once', async () => {
    const csv = bigFile(20);
    const first = await start(csv, { 'idempotency-key': 'import-key-0001' });
    const again = await start(csv, { 'idempotency-key': 'import-key-0001' });
    expect(again.id).toBe(first.id);
    await h.settled();
    expect(await caseNames()).toHaveLength(20);
    const jobs = (await (await h.app.request('/imports', { headers: { cookie: asCoordinator } })).text()).match(/href="\/imports\/[0-9a-f-]{36}"/g);
    expect(jobs).toHaveLength(1);
  });

  it('the same confirm form sent twice redirects to the same job', async () => {
    const csv = bigFile(5);
    const check = await (await h.app.request('/imports/check', { method: 'POST', body: formOf(csv), headers: { cookie: asCoordinator, origin: APP_URL } })).text();
    const digest = check.match(/name="digest" value="([^"]+)"/)![1]!;
    const token = check.match(/name="token" value="([^"]+)"/)![1]!;
    const confirm = () => h.app.request('/imports/run', { method: 'POST', body: formOf(csv, { digest, token }), headers: { cookie: asCoordinator, origin: APP_URL } });
    const [a, b] = [await confirm(), await confirm()];
    expect(a.status).toBe(303);
    expect(b.headers.get('location')).toBe(a.headers.get('location'));
    await h.settled();
    expect(await caseNames()).toHaveLength(5);
  });
});

function formOf(csv: string, extra: Record<string, string> = {}): FormData {
  const body = new FormData();
  body.set('what', 'cases');
  for (const [k, v] of Object.entries(extra)) body.set(k, v);
  body.set('file', new File([csv], 'people.csv', { type: 'text/csv' }));
  return body;
}

describe('who may read a job', () => {
  it('MPs and diplomats get 403, anonymous callers 401, an unknown or malformed id 404; any coordinator reads it', async () => {
    const job = await start(bigFile(3));
    const asMp = await h.signIn(await h.addMember('mp'));
    const asDiplomat = await h.signIn(await h.addMember('diplomat'));
    for (const cookie of [asMp, asDiplomat]) {
      expect((await h.json('GET', `/api/imports/${job.id}`, { cookie })).status).toBe(403);
      expect((await h.app.request(`/imports/${job.id}`, { headers: { cookie } })).status).toBe(403);
    }
    expect((await h.json('GET', `/api/imports/${job.id}`)).status).toBe(401);
    expect((await h.app.request(`/imports/${job.id}`)).status).toBe(303);
    expect((await h.json('GET', '/api/imports/00000000-0000-4000-8000-000000000000', { cookie: asCoordinator })).status).toBe(404);
    expect((await h.json('GET', '/api/imports/not-a-job', { cookie: asCoordinator })).status).toBe(404);
    expect((await h.app.request('/imports/00000000-0000-4000-8000-000000000000', { headers: { cookie: asCoordinator } })).status).toBe(404);
    const colleague = await h.signIn(await h.addMember('coordinator'));
    expect((await h.json('GET', `/api/imports/${job.id}`, { cookie: colleague })).status).toBe(200);
  });
});

describe('the job’s pages in every language', () => {
  it('show no plain English in the pseudo-locale, running and finished, and the import page lists the job', async () => {
    const job = await start(bigFile(450));
    await runImportJob(h.importWorker, job.id, { maxChunks: 1 });
    const data = ['cases.csv'];
    expect(plainEnglish(await pageOf(job.id, '?lang=en-XA'), data)).toEqual([]);
    await h.settled();
    expect(plainEnglish(await pageOf(job.id, '?lang=en-XA'), [...data, ...CASE_HEADER])).toEqual([]);
    const list = await (await h.app.request('/imports?lang=en-XA', { headers: { cookie: asCoordinator } })).text();
    expect(list).toContain(`href="/imports/${job.id}"`);
    expect(plainEnglish(list, data)).toEqual([]);
  }, 60_000);

  it('words the progress in French and Russian, with their plurals', async () => {
    const job = await start(bigFile(450));
    await runImportJob(h.importWorker, job.id, { maxChunks: 1 });
    const fr = await pageOf(job.id, '?lang=fr');
    expect(fr).toContain('200 lignes importées sur 450');
    const ru = await pageOf(job.id, '?lang=ru');
    expect(ru).toContain('Импортировано строк: 200 из 450');
  }, 60_000);
});
