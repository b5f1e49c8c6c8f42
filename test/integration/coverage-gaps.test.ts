/**
 * The dashboard's "gaps by kind" (issue 13) against DynamoDB Local: the count the scheduled job
 * stores equals what GET /api/gaps lists at the same clock, per kind and per country; a gap that
 * opens when the clock passes a deadline appears after the job's next run, not before; restricted
 * cases are counted, never named; the dashboard reads it within its 3 calls.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { REMINDER_JOBS, runReminders } from '#shared/notifications/reminder-jobs.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { coverageKeys } from '#functions/adapters/dynamo/coverage-keys.ts';
import { backfillRiskRoster, riskGapRosterProjector } from '#functions/adapters/dynamo/risk-gap-roster.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';

const DAY = 86_400_000;
let h: Harness;
let members: Map<string, Member>;
let coordinator: string;

type GapRow = { caseId: string; defenderName: string; country: string; rule: string; riskLevel?: string };
type Counted = { countedAt: string | null; total: number; byKind: Array<{ kind: string; open: number }> };

/**
 * Every gap the gap view lists now, all pages (and how many pages it took). The view reads the raised
 * risks from the roster the stream keeps (issue 14); this harness runs no stream, so every raised case
 * is reconciled first, as the stream would have done by then.
 */
async function listedGaps(): Promise<GapRow[] & { pages?: number }> {
  await backfillRiskRoster(h.doc, h.table, riskGapRosterProjector(h.doc, h.table), { force: true });
  const gaps: GapRow[] & { pages?: number } = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await bodyOf(await h.json('GET', `/api/gaps${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, { cookie: coordinator }));
    gaps.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  gaps.pages = pages;
  return gaps;
}

/** Kind → count, without the zeros. */
const tallyOf = (gaps: readonly GapRow[]) => {
  const out: Record<string, number> = {};
  for (const g of gaps) out[g.rule] = (out[g.rule] ?? 0) + 1;
  return out;
};
const nonZero = (counted: Counted) => Object.fromEntries(counted.byKind.filter((k) => k.open > 0).map((k) => [k.kind, k.open]));

async function dashboardGaps(country?: string): Promise<Counted> {
  const res = await h.json('GET', `/api/coverage${country ? `?country=${country}` : ''}`, { cookie: coordinator });
  expect(res.status).toBe(200);
  return (await bodyOf(res)).gaps;
}

/** One tick of the 15-minute schedule, as the Lambda and the local timer run it (the gap count only: no email here). */
const scheduledRun = () => runReminders({ ...h.deps, log: h.deps.log }, REMINDER_JOBS.filter((job) => job.kind === 'gapCounts'));

beforeAll(async () => {
  h = await makeHarness();
  members = await seedDemo(h.deps);
  coordinator = await h.signIn(members.get('coordinator@example.org')!);
});

describe('gaps by kind', () => {
  it('is "not counted yet" before the job first runs, then equals the gap view per kind and per country', async () => {
    expect(await dashboardGaps()).toMatchObject({ countedAt: null, total: 0 });
    await scheduledRun();
    const listed = await listedGaps();
    expect(listed.length).toBeGreaterThan(0);
    const network = await dashboardGaps();
    expect(network.countedAt).toBe(h.clock.now().toISOString());
    expect(nonZero(network)).toEqual(tallyOf(listed));
    expect(network.total).toBe(listed.length);
    const countries = [...new Set(listed.map((g) => g.country))];
    expect(countries.length).toBeGreaterThan(1);
    for (const country of [...countries, 'NO']) {
      expect(nonZero(await dashboardGaps(country)), country).toEqual(tallyOf(listed.filter((g) => g.country === country)));
    }
  });

  it('shows a gap that opens when the clock passes its deadline after the next run, not before', async () => {
    const c = await h.createCase(coordinator, { visibility: 'restricted', defenderName: 'Planted Restricted-5521', riskStatus: 'released', country: 'GT' });
    const saved = await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: coordinator, body: { level: 'critical' }, headers: { 'if-match': '"0"' } });
    expect(saved.status).toBe(200);
    await scheduledRun();
    const before = await dashboardGaps('GT');
    expect(before.byKind.find((k) => k.kind === 'risk_high_no_action')?.open).toBe(0);

    // Fifteen days later (sessions last 12 hours: sign in again) the risk gap is open, but the count is the last run's.
    h.clock.advance(15 * DAY);
    coordinator = await h.signIn(members.get('coordinator@example.org')!);
    expect((await listedGaps()).filter((g) => g.caseId === c.id).map((g) => g.rule)).toEqual(['risk_high_no_action']);
    expect(await dashboardGaps('GT')).toEqual(before);

    await scheduledRun();
    const after = await dashboardGaps('GT');
    expect(after.countedAt).toBe(h.clock.now().toISOString());
    expect(after.byKind.find((k) => k.kind === 'risk_high_no_action')?.open).toBe(1);
    const listed = await listedGaps();
    expect(nonZero(await dashboardGaps())).toEqual(tallyOf(listed));
  });

  it('counts every page of candidates (more cases than one page of the gap view holds)', async () => {
    for (let i = 0; i < 36; i++) await h.createCase(coordinator, { defenderName: `Threatened ${i}`, riskStatus: 'threatened', country: 'HN' });
    const first = await bodyOf(await h.json('GET', '/api/gaps', { cookie: coordinator }));
    expect(first.nextCursor).not.toBeNull();
    // Calls per run: the raised risks, a Query and a BatchGet per page of the gap view, the Put (as docs/performance.md says).
    const { tally } = await h.calls.measure(() => scheduledRun());
    const listed = await listedGaps();
    expect(listed.pages).toBeGreaterThan(1);
    expect(tally).toMatchObject({ calls: 2 + 2 * listed.pages!, scans: 0 });
    expect(nonZero(await dashboardGaps())).toEqual(tallyOf(listed));
    expect(nonZero(await dashboardGaps('HN'))).toEqual({ threatened_no_meeting: 36 });
  });

  it('counts restricted cases but stores no name, no case id and no risk level', async () => {
    const listed = await listedGaps();
    const restricted = listed.filter((g) => g.defenderName.includes('pseudonym') || g.defenderName.includes('Planted'));
    expect(restricted.length).toBeGreaterThan(0);
    const { Item } = await h.doc.send(new GetCommand({ TableName: h.table, Key: coverageKeys.gaps() }));
    const stored = JSON.stringify(Item);
    for (const g of listed) {
      expect(stored).not.toContain(g.defenderName);
      expect(stored).not.toContain(g.caseId);
    }
    expect(stored).not.toMatch(/critical|high"|pseudonym|Planted/i);
  });

  it('is on the dashboard and in figures.csv within 3 DynamoDB calls, each kind in the reader\'s language', async () => {
    const { result, tally } = await h.calls.measure(async () => h.app.request('/dashboard?lang=fr', { headers: { cookie: coordinator } }));
    expect(result.status).toBe(200);
    expect(tally.calls).toBeLessThanOrEqual(3);
    const page = await result.text();
    expect(page).toContain('Lacunes ouvertes par type');
    expect(page).toContain('Détention, et aucune visite en détention');
    expect(page).toMatch(/Décompte du [^<]+\(/);
    const csv = await h.calls.measure(async () => (await h.app.request('/dashboard/figures.csv', { headers: { cookie: coordinator } })).text());
    expect(csv.tally.calls).toBeLessThanOrEqual(3);
    const counted = await dashboardGaps();
    for (const k of counted.byKind) expect(csv.result).toContain(`gaps,ALL,${k.kind},${k.open}\r\n`);
  });
});
