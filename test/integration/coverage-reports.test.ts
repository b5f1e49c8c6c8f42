/**
 * The dashboard's "reports with their triage age" (issue 13) against DynamoDB Local with the stream
 * poller `npm start` runs: after reports are received and triaged, the figures of GET /api/coverage
 * equal the triage page's (triageStats over the same reports), a new report shows within 5 s, the
 * ages move with the clock without a write, and the dashboard shows them within its 3 calls.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { triageStats } from '#shared/intake/index.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { report } from '../support/intake-reports.ts';

const MINUTE = 60_000;
let h: Harness;
let coverage: CoverageBeside;
let coordinatorId: string;
let coordinator: string;

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  coverage = coverageBeside(h);
  coverage.poller.start();
  const member = await h.addMember('coordinator');
  coordinatorId = member.id;
  coordinator = await h.signIn(member);
});
afterEach(async () => coverage.poller.stop());

/** Moves the clock on; sessions last 12 hours, so the coordinator signs in again. */
async function later(ms: number): Promise<void> {
  h.clock.advance(ms);
  coordinator = await h.signIn((await h.store.getMember(coordinatorId))!);
}

async function received(): Promise<string> {
  const res = await h.json('POST', '/api/reports', { body: report(), from: h.nextAddress() });
  expect(res.status).toBe(202);
  return (await bodyOf(await h.json('GET', '/api/reports', { cookie: coordinator }))).items[0].id as string;
}
const triage = async (id: string, status: string, version: number) =>
  expect((await h.json('PATCH', `/api/reports/${id}`, { cookie: coordinator, body: { status }, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
const reportFigures = async () => (await bodyOf(await h.json('GET', '/api/coverage', { cookie: coordinator }))).reports;

/** The triage page's figures over the stored reports, at the harness's clock. */
async function triagePageFigures() {
  const { items } = await h.store.reportSummaries(100, { id: randomUUID(), at: h.clock.now().toISOString(), actorId: coordinatorId, action: 'reports.listed' });
  return triageStats(items, h.clock.now());
}

describe('reports with their triage age', () => {
  it('equal the triage page\'s figures once the stream has applied the reports and their triage', async () => {
    const first = await received();
    await later(2 * 86_400_000);
    const second = await received();
    h.clock.advance(7 * MINUTE);
    await triage(second, 'in_review', 1);
    await received();
    h.clock.advance(30 * MINUTE);
    await triage(first, 'in_review', 1);
    h.clock.advance(MINUTE);
    await triage(first, 'declined', 2);
    await received();

    const expected = await triagePageFigures();
    await vi.waitFor(async () => {
      const figures = await reportFigures();
      expect(figures.byStatus).toEqual(expected.byStatus);
      expect(figures.openByAge).toEqual(expected.openByAge);
      expect(figures.medianMinutesToFirstTriage).toBe(expected.medianMinutesToFirstTriage);
    }, { timeout: 20_000, interval: 100 });
    expect(expected).toMatchObject({ byStatus: { new: 2, in_review: 1, declined: 1 }, openByAge: { underADay: 3, oneToSevenDays: 0 }, medianMinutesToFirstTriage: (7 + 2 * 1440 + 37) / 2 });
    expect(await reportFigures()).toMatchObject({ open: 3, received: 4, triaged: 2, oldestOpenMinutes: 38 });

    // Eight days on, with no write, the same reports are over a week old, as the triage page counts them.
    await later(8 * 86_400_000);
    const eightDaysOn = await triagePageFigures();
    expect((await reportFigures()).openByAge).toEqual(eightDaysOn.openByAge);
    expect(eightDaysOn.openByAge.overAWeek).toBe(3);
  });

  it('follows a new report within 5 seconds', async () => {
    const started = Date.now();
    await received();
    await vi.waitFor(async () => expect((await reportFigures()).open).toBe(1), { timeout: 20_000, interval: 50 });
    const elapsed = Date.now() - started;
    // The promise; measured about a second on an idle machine.
    expect(elapsed).toBeLessThan(5_000);
  });

  it('shows them on the dashboard within 3 DynamoDB calls, in the reader\'s language', async () => {
    const id = await received();
    h.clock.advance(90 * MINUTE);
    await triage(id, 'in_review', 1);
    await received();
    await vi.waitFor(async () => expect((await reportFigures()).triaged).toBe(1), { timeout: 20_000, interval: 100 });
    const { result, tally } = await h.calls.measure(async () => h.app.request('/dashboard?lang=es', { headers: { cookie: coordinator } }));
    expect(tally.calls).toBeLessThanOrEqual(3);
    const page = await result.text();
    expect(page).toContain('Denuncias y tiempo de clasificación');
    expect(page).toMatch(/id="reports-median"><span class="figure-value">90 minutos</);
    expect(page).toMatch(/id="reports-oldest"><span class="figure-value">90 minutos</);
    const csv = await (await h.app.request('/dashboard/figures.csv', { headers: { cookie: coordinator } })).text();
    expect(csv).toContain('reports,ALL,open,2\r\n');
    expect(csv).toMatch(/period,[\d-]+\.\.[\d-]+,medianMinutesToFirstTriage,90\r\n/);
  });
});
