/**
 * Working with real records, in a browser against the real local server: the coordinator
 * checks a spreadsheet of cases with two bad rows at /imports and sees each error by row and
 * column; corrects the two rows; checks again (no problems), confirms with the same file, which
 * starts an import job, and waits on the job's page (it reloads itself) until the import is done;
 * then opens one of the imported cases, attaches a court order (a PDF, sent straight
 * to the local file store's endpoint, a refused file first) and downloads it from the case page,
 * byte for byte, then deletes it. Every page is checked (axe at 1280 and 360 px,
 * no sideways scroll, a screenshot).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useJourney } from './support/journey.ts';
import { CASE_HEADER, caseRow, csvOf } from '../support/spreadsheets.ts';
import { pdfBytes } from '../support/attachment-files.ts';
import { activate, checkPage, tabTo } from './support/browser.ts';

let coordinator: Page;
const run = Date.now().toString(36);
const names = [`E2E Record One ${run}`, `E2E Record Two ${run}`, `E2E Record Three ${run}`];
const rows = (bad: boolean) => [
  CASE_HEADER,
  caseRow(`rec-1-${run}`, names[0]!),
  caseRow(`rec-2-${run}`, names[1]!, bad ? { riskStatus: 'fine' } : {}),
  caseRow(`rec-3-${run}`, names[2]!, bad ? { country: 'XX' } : {}),
];
const withBadRows = Buffer.from(csvOf(rows(true)));
const corrected = Buffer.from(csvOf(rows(false)));
const courtOrder = pdfBytes(`Court order ${run}`);

const journey = useJourney();

beforeAll(async () => {
  coordinator = await journey.pageAs('coordinator@example.org', '31-coordinator', { context: { acceptDownloads: true } });
});

/** Chooses a file for an input (a file dialog cannot be typed into), then submits its form with the keyboard. */
async function submitFile(page: Page, input: string, name: string, bytes: Buffer, mimeType: string, button: string) {
  await page.setInputFiles(input, { name, mimeType, buffer: bytes });
  await activate(page, button);
}

describe('records: a spreadsheet import, then a court order on a case', () => {
  it('the check of a file with two bad rows lists each by row and column, and imports nothing', async () => {
    await coordinator.goto(`${journey.server.url}/imports`);
    await checkPage(coordinator, '31-import-page');
    await submitFile(coordinator, '#file', 'cases.csv', withBadRows, 'text/csv', '#check-form button[type=submit]');
    await checkPage(coordinator, '31-import-check-errors');
    const errors = coordinator.locator('#row-errors tbody tr');
    expect(await errors.count()).toBe(2);
    const cells = await errors.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent?.trim())));
    expect(cells).toEqual([['3', 'riskStatus'], ['4', 'country']]);
    await coordinator.goto(`${journey.server.url}/cases?q=${encodeURIComponent(`E2E Record One ${run}`)}`);
    expect(await coordinator.locator('main').innerText()).not.toContain(names[0]);
  });

  it('the corrected file checks clean, and the confirm with the same file imports its three cases', async () => {
    await coordinator.goto(`${journey.server.url}/imports`);
    await submitFile(coordinator, '#file', 'cases.csv', corrected, 'text/csv', '#check-form button[type=submit]');
    expect(await coordinator.locator('#row-errors').count()).toBe(0);
    await checkPage(coordinator, '31-import-check-clean');
    await submitFile(coordinator, '#confirm-file', 'cases.csv', corrected, 'text/csv', '#confirm-form button[type=submit]');
    // The confirm starts a job: its page shows the rows done and reloads itself until the job has ended.
    const jobPath = new URL(coordinator.url()).pathname;
    expect(jobPath).toMatch(/^\/imports\/[0-9a-f-]{36}$/);
    await coordinator.locator('#import-done').waitFor({ timeout: 30_000 });
    await checkPage(coordinator, '31-import-done');
    expect(await coordinator.locator('#import-done').innerText()).toMatch(/3 created/);
    await coordinator.goto(`${journey.server.url}/imports`);
    expect(await coordinator.locator(`#recent-jobs a[href="${jobPath}"]`).innerText()).toBe('cases.csv');
    await checkPage(coordinator, '31-import-page-with-jobs');
  });

  it('the coordinator attaches a court order to an imported case, straight to the file store, and it downloads from the case page', async () => {
    await coordinator.goto(`${journey.server.url}/cases?q=${encodeURIComponent(names[1]!)}`);
    await activate(coordinator, `main a:text-is("${names[1]}")`);
    const caseUrl = new URL(coordinator.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    await activate(coordinator, `a[href="${caseUrl}/attachments/new"]`);
    await checkPage(coordinator, '31-attach-form');

    // First step: what the file is for ("coordinators only"); the second posts the file to the store's endpoint.
    await coordinator.check('input[name=sensitive]');
    await activate(coordinator, 'main form button[type=submit]');
    expect(await coordinator.locator('#upload-sensitive').count()).toBe(1);
    const storeOrigin = new URL(await coordinator.locator('#upload-form').getAttribute('action') ?? '').origin;
    expect(storeOrigin).not.toBe(new URL(journey.server.url).origin);
    await checkPage(coordinator, '31-attach-file');

    // A file that is not a PDF, named as one: the store takes it, Tandem's check refuses it beside the file field.
    await submitFile(coordinator, '#file', 'court-order.pdf', Buffer.from('not really a PDF'), 'application/pdf', '#upload-form button[type=submit]');
    expect(new URL(coordinator.url()).pathname).toMatch(new RegExp(`^${caseUrl}/attachments/uploads/[0-9a-f-]{36}$`));
    expect(await coordinator.locator('#file-error').count()).toBe(1);
    expect(await coordinator.locator('#file').getAttribute('aria-invalid')).toBe('true');
    expect(await coordinator.locator('#upload-sensitive').count()).toBe(1);
    await checkPage(coordinator, '31-attach-refused');

    await submitFile(coordinator, '#file', 'Court order – hearing.pdf', courtOrder, 'application/pdf', '#upload-form button[type=submit]');
    expect(new URL(coordinator.url()).pathname).toBe(caseUrl);
    const link = coordinator.locator('#attachments ~ ul a[download]').first();
    expect(await link.innerText()).toBe('Court order – hearing.pdf');
    await checkPage(coordinator, '31-case-with-attachment');

    await tabTo(coordinator, '#attachments ~ ul a[download]');
    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('Court order – hearing.pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(courtOrder)).toBe(true);
  });

  it('the coordinator deletes the file after confirming, and the case lists no file', async () => {
    const caseUrl = new URL(coordinator.url()).pathname;
    await activate(coordinator, `#attachments ~ ul a[href$="/delete"]`);
    expect(new URL(coordinator.url()).pathname).toMatch(new RegExp(`^${caseUrl}/attachments/[0-9a-f-]{36}/delete$`));
    await checkPage(coordinator, '31-attach-delete');
    await activate(coordinator, 'main form button[type=submit]');
    expect(new URL(coordinator.url()).pathname).toBe(caseUrl);
    expect(await coordinator.locator('#attachments ~ ul a[download]').count()).toBe(0);
  });
});
