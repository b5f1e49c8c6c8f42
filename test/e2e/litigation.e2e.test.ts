/**
 * Litigation in a browser against the real local server: the coordinator records an ECtHR
 * application and its judgment (a first try with the stages out of order comes back with the error
 * beside the field and everything typed kept); the judgment has been final for more than six months
 * with its execution pending, so the gap view lists the case; the MP who adopted the case follows the
 * suggestion on the case page and logs a parliamentary question on the execution; the gap closes.
 * The coordinator then downloads the draft communication to the UN Special Rapporteur in French.
 * Every page is checked (axe, 360 px, screenshot). Dates are relative to today: the server runs on
 * the real clock.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { useJourney } from './support/journey.ts';
import { activate, checkPage, typeInto } from './support/browser.ts';

const journey = useJourney();
const pageAs = (email: string, step: string) => journey.pageAs(email, step, { check: false });

vi.setConfig({ testTimeout: 240_000 });

const defender = `E2E Strasbourg Defender ${Date.now().toString(36)}`;
let caseUrl = '';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const stages = {
  finalDomesticDecisionDate: daysAgo(1200), lodgedDate: daysAgo(1150), communicatedDate: daysAgo(800),
  decisionDate: daysAgo(300), judgmentFinalDate: daysAgo(210),
};

/** The defenders the gap view lists for an unexecuted judgment. */
async function executionGapRows(page: Page): Promise<string[]> {
  await page.goto(`${journey.server.url}/gaps`);
  return page.locator('table.cases tbody tr', { hasText: 'execution not closed' }).locator('th a').allInnerTexts();
}

describe('litigation: an ECtHR judgment left unexecuted', () => {
  let coordinator: Page;
  let mp: Page;

  it('the coordinator creates a public case and an MP adopts it', async () => {
    coordinator = await pageAs('coordinator@example.org', '31-coordinator');
    await activate(coordinator, 'nav a[href="/cases/new"]');
    await typeInto(coordinator, '#defenderName', defender);
    await coordinator.selectOption('#country', 'TR');
    await coordinator.check('input[name=themes][value=journalism]');
    await coordinator.check('input[name="riskStatuses"][value="released"]');
    await coordinator.check('input[name=visibility][value=public]');
    await coordinator.selectOption('#consentBasis', 'explicit_consent');
    await typeInto(coordinator, '#summary', 'Journalist detained for her articles, released; fictional, created by the litigation journey.');
    await activate(coordinator, 'main form button[type=submit]');
    caseUrl = new URL(coordinator.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);

    mp = await pageAs('mp.one@example.org', '31-mp');
    await mp.goto(`${journey.server.url}${caseUrl}`);
    await activate(mp, `a[href="${caseUrl}/pledge"]`);
    await mp.check('input[name=actions][value=letter_authorities]');
    await activate(mp, 'main form button[type=submit]');
    expect(new URL(mp.url()).pathname).toBe(caseUrl);
  });

  it('the coordinator records the application and its judgment; a stage out of order is refused beside its field', async () => {
    await coordinator.goto(`${journey.server.url}${caseUrl}`);
    await activate(coordinator, `a[href="${caseUrl}/proceedings/new"]`);
    await checkPage(coordinator, '31-coordinator-proceeding-form');
    await typeInto(coordinator, '#reference', 'no. 31415/23');
    for (const [field, date] of Object.entries(stages)) await coordinator.fill(`#${field}`, date);
    // Lodged before the final domestic decision: refused.
    await coordinator.fill('#lodgedDate', daysAgo(1300));
    await coordinator.selectOption('#outcome', 'violation');
    await typeInto(coordinator, '#articles', '10, 5 § 1');
    await coordinator.selectOption('#executionStatus', 'pending');
    await activate(coordinator, 'main form button[type=submit]');
    expect(await coordinator.locator('#lodgedDate-error').innerText()).toBe('This date is before the final domestic decision.');
    expect(await coordinator.locator('#lodgedDate').getAttribute('aria-invalid')).toBe('true');
    // Everything typed is kept.
    expect(await coordinator.inputValue('#reference')).toBe('no. 31415/23');
    expect(await coordinator.inputValue('#articles')).toBe('10, 5 § 1');
    expect(await coordinator.inputValue('#judgmentFinalDate')).toBe(stages.judgmentFinalDate);
    await checkPage(coordinator, '31-coordinator-proceeding-refused');

    await coordinator.fill('#lodgedDate', stages.lodgedDate);
    await activate(coordinator, 'main form button[type=submit]');
    expect(new URL(coordinator.url()).pathname).toBe(caseUrl);
    const section = coordinator.locator('#proceedings-section');
    expect(await section.innerText()).toContain('European Court of Human Rights');
    expect(await section.innerText()).toContain('Articles violated: 10, 5 § 1');
    expect(await section.locator('[data-gap="judgment_not_executed"]').count()).toBe(1);
    await checkPage(coordinator, '31-coordinator-case-with-judgment');
  });

  it('the gap view lists the case: judgment final for more than six months, execution not closed', async () => {
    expect(await executionGapRows(coordinator)).toContain(defender);
    await checkPage(coordinator, '31-coordinator-gaps-open');
  });

  it('the MP follows the suggestion and logs a parliamentary question on the execution; the gap closes', async () => {
    await mp.goto(`${journey.server.url}${caseUrl}`);
    await checkPage(mp, '31-mp-case-suggestion');
    await activate(mp, `a[href="${caseUrl}/actions/new?type=execution_question"]`);
    expect(await mp.inputValue('#type')).toBe('execution_question');
    await typeInto(mp, '#description', 'Written question to the minister of justice on the execution of the judgment.');
    await checkPage(mp, '31-mp-question-form');
    await activate(mp, 'main form button[type=submit]');
    expect(new URL(mp.url()).pathname).toBe(caseUrl);
    expect(await mp.locator('[data-gap="judgment_not_executed"]').count()).toBe(0);

    expect(await executionGapRows(coordinator)).not.toContain(defender);
    await checkPage(coordinator, '31-coordinator-gaps-closed');
  });

  it('the coordinator downloads the draft communication to the UN Special Rapporteur, in French', async () => {
    await coordinator.goto(`${journey.server.url}${caseUrl}`);
    await activate(coordinator, `a[href="${caseUrl}/communications/un-sr"]`);
    await coordinator.selectOption('#unsr-language', 'fr');
    await checkPage(coordinator, '31-coordinator-un-sr');
    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.click('main form button[type=submit]')]);
    expect(download.suggestedFilename()).toBe('un-sr-communication-fr.docx');
    const document = strFromU8(unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']!);
    expect(document).toContain('Victime présumée');
    expect(document).toContain(defender);
  });
});
