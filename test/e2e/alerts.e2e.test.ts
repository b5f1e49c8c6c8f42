/**
 * Urgent alerts in a browser against the real local server (its queue and
 * sender run inside it): the coordinator opens a case an MP has adopted,
 * composes an alert (the page says how many will receive it) and sends it;
 * it waits on the MP's home until answered;
 * the MP follows the link in the outbox email and answers "I will act"; the
 * coordinator sees the answer on the case page. Every page is checked (axe,
 * 360 px, screenshot).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useJourney } from './support/journey.ts';
import { activate, checkPage, typeInto } from './support/browser.ts';

const journey = useJourney();
const { pageAs } = journey;

const defender = `E2E Alert Defender ${Date.now().toString(36)}`;
let caseUrl = '';
const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16);

describe('an urgent alert', () => {
  let coordinator: Page;
  let mp: Page;

  it('the coordinator creates a case and an MP adopts it', async () => {
    coordinator = await pageAs('coordinator@example.org', '21-coordinator');
    await activate(coordinator, 'nav a[href="/cases/new"]');
    await typeInto(coordinator, '#defenderName', defender);
    await coordinator.selectOption('#country', 'CO');
    await coordinator.check('input[name=themes][value=labour]');
    await coordinator.check('input[name="riskStatuses"][value="detained"]');
    await coordinator.check('input[name=visibility][value=network]');
    await coordinator.selectOption('#consentBasis', 'explicit_consent');
    await typeInto(coordinator, '#summary', 'Detained union leader; fictional, created by the alert journey.');
    await activate(coordinator, 'main form button[type=submit]');
    caseUrl = new URL(coordinator.url()).pathname;
    expect(caseUrl).toMatch(/^\/cases\/[0-9a-f-]{36}$/);

    mp = await pageAs('mp.one@example.org', '21-mp');
    await mp.goto(`${journey.server.url}${caseUrl}`);
    await activate(mp, `a[href="${caseUrl}/pledge"]`);
    await mp.check('input[name=actions][value=letter_authorities]');
    await activate(mp, 'main form button[type=submit]');
    expect(new URL(mp.url()).pathname).toBe(caseUrl);
  });

  it('the coordinator composes the alert, sees who will receive it, and sends it', async () => {
    await coordinator.goto(`${journey.server.url}${caseUrl}`);
    await activate(coordinator, `a[href="${caseUrl}/alerts/new"]`);
    await checkPage(coordinator, '21-coordinator-alert-compose');
    expect(await coordinator.locator('#reach-total').innerText()).toMatch(/^\d+ members? will receive this alert\.$/);
    await typeInto(coordinator, '#happened', 'Moved to a high-security prison overnight.');
    await typeInto(coordinator, '#asked', 'Write to the prison authorities today.');
    await coordinator.fill('#deadline', deadline);
    await activate(coordinator, 'main form button[type=submit]');
    // On a refusal the form comes back: its messages say why.
    const landed = new URL(coordinator.url()).pathname;
    expect(landed, landed === caseUrl ? '' : await coordinator.locator('main').innerText()).toBe(caseUrl);
    await checkPage(coordinator, '21-coordinator-alert-sent');
  });

  it('the alert waits on the MP\'s home, linked to its answer page', async () => {
    let listed = 0;
    // The recipients' records (and their waiting items) are written just after the coordinator's answer.
    for (let i = 0; i < 40 && listed === 0; i++) {
      await mp.goto(`${journey.server.url}/home`);
      listed = await mp.locator('#alerts ~ ul li', { hasText: defender }).count();
      if (listed === 0) await mp.waitForTimeout(250);
    }
    expect(listed).toBe(1);
    expect(await mp.locator('#alerts ~ ul li', { hasText: defender }).locator('a').getAttribute('href')).toMatch(/^\/alerts\/[0-9a-f-]{36}$/);
    await checkPage(mp, '21-mp-home-alert-waiting');
  });

  it('the MP answers from the link in the outbox', async () => {
    let link: string | undefined;
    for (let i = 0; i < 120 && !link; i++) {
      const { items } = (await (await mp.request.get(`${journey.server.url}/api/dev/outbox`)).json()) as { items: { to: string; subject: string; text: string }[] };
      const mail = items.find((m) => m.to === 'mp.one@example.org' && m.text.includes(defender));
      link = mail?.text.match(/http:\/\/\S+\/alerts\/[0-9a-f-]{36}/)?.[0];
      if (!link) await mp.waitForTimeout(500);
    }
    expect(link).toBeDefined();
    await mp.goto(link!);
    await checkPage(mp, '21-mp-alert-answer');
    await mp.check('input[name=answer][value=will_act]');
    await activate(mp, 'main form button[type=submit]');
    expect(await mp.locator('#current-answer').innerText()).toContain('I will act');
    await checkPage(mp, '21-mp-alert-answered');
    await mp.goto(`${journey.server.url}/home`);
    expect(await mp.locator('#alerts ~ ul li', { hasText: defender }).count(), 'answered: no longer waiting').toBe(0);
  });

  it('the coordinator sees the answer on the case page', async () => {
    await coordinator.goto(`${journey.server.url}${caseUrl}`);
    const roster = coordinator.locator('.alert-roster').first();
    expect(await roster.locator('tr', { hasText: 'Maren Olsen MP' }).innerText()).toContain('I will act on');
    expect(await roster.innerText()).toMatch(/First answer after \d+ minutes?\./);
    await checkPage(coordinator, '21-coordinator-alert-answered');
  });
});
