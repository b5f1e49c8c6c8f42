/**
 * GET /api/coverage: coordinators only, the query checked field by field,
 * within 3 DynamoDB calls, and the figures following a write while the
 * stream poller runs as in `npm start` (the test polls the API).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';

let h: Harness;
let coverage: CoverageBeside;
let coordinator: string;

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  coverage = coverageBeside(h);
  coordinator = await h.signIn(await h.addMember('coordinator'));
});
afterEach(async () => coverage.poller.stop());

describe('GET /api/coverage', () => {
  it('answers 401 to the signed-out and 403 to MPs and diplomats', async () => {
    expect((await h.json('GET', '/api/coverage')).status).toBe(401);
    expect((await h.json('GET', '/api/coverage', { cookie: await h.signIn(await h.addMember('mp')) })).status).toBe(403);
    expect((await h.json('GET', '/api/coverage', { cookie: await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation' })) })).status).toBe(403);
  });

  it('refuses a period that ends before it starts, or a bad country, naming the field', async () => {
    const backwards = await h.json('GET', '/api/coverage?from=2026-05&to=2026-01', { cookie: coordinator });
    expect(backwards.status).toBe(400);
    expect((await bodyOf(backwards)).errors.map((e: { path: string }) => e.path)).toEqual(['from']);
    const long = await h.json('GET', '/api/coverage?from=2020-01&to=2026-01', { cookie: coordinator });
    expect((await bodyOf(long)).errors.map((e: { path: string }) => e.path)).toEqual(['from']);
    const country = await h.json('GET', '/api/coverage?country=XX', { cookie: coordinator });
    expect((await bodyOf(country)).errors.map((e: { path: string }) => e.path)).toEqual(['country']);
  });

  it('gives the last 12 months by default, every month present, oldest first, in at most 3 calls', async () => {
    const { result, tally } = await h.calls.measure(() => h.json('GET', '/api/coverage', { cookie: coordinator }));
    expect(result.status).toBe(200);
    const body = await bodyOf(result);
    expect(body.months.map((m: { month: string }) => m.month)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    expect(body.totals).toMatchObject({ cases: 0, active: 0, shareAdopted: null });
    expect(tally.calls).toBeLessThanOrEqual(3);
    expect(tally.scans).toBe(0);
  });

  it('shows a new pledge, an action and an overdue request once the stream poller has applied them', async () => {
    coverage.poller.start();
    const mp = await h.signIn(await h.addMember('mp'));
    // A request must reach a diplomat posted in its country.
    await h.addMember('diplomat', { country: 'GT', mission: 'EU Delegation Guatemala' });
    const target = await h.createCase(coordinator, { country: 'GT', riskStatus: 'detained' });
    expect((await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: mp, body: { actions: ['prison_visit', 'letter_authorities'], twin: true } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: mp, body: { type: 'prison_visit', date: '2026-10-02', description: 'Visited.', public: false } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${target.id}/action-requests`, { cookie: coordinator, body: { actionType: 'detention_visit', country: 'GT', dueDate: '2026-11-23' } })).status).toBe(201);

    // The figures follow, read through the API as a dashboard would: polled, not timed (about a second on an idle
    // machine, the promise is 5 s; the bound is wider so a loaded test machine does not fail it).
    await vi.waitFor(async () => {
      const body = await bodyOf(await h.json('GET', '/api/coverage?country=GT', { cookie: coordinator }));
      expect(body.totals).toMatchObject({ cases: 1, active: 1, adopted: 1, twinned: 1, shareAdopted: 1, openRequests: 1, pledgedActions: 2, fulfilledActions: 1 });
    }, { timeout: 20_000, interval: 100 });

    // The next day the request (due today) is overdue: counted when read, from its due date. (Sessions last 12 hours.)
    h.clock.advance(16 * 3_600_000);
    const later = await bodyOf(await h.json('GET', '/api/coverage?from=2026-10&to=2026-11', { cookie: await h.signIn(await h.addMember('coordinator')) }));
    expect(later.totals.overdueRequests).toBe(1);
    expect(later.countries).toEqual([expect.objectContaining({ country: 'GT', overdueRequests: 1 })]);
    expect(later.months).toEqual([
      expect.objectContaining({ month: '2026-10', mpActions: 1 }),
      expect.objectContaining({ month: '2026-11', requests: 1, answeredRequests: 0 }),
    ]);
    expect(later.pledges).toEqual({ pledged: 2, fulfilled: 1, share: 0.5 });
  });

  it('is in the API document with its query parameters and its answer schema', async () => {
    const doc = await bodyOf(await h.json('GET', '/api/openapi.json'));
    expect(doc.paths['/api/coverage'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['from', 'to', 'country']);
    expect(doc.components.schemas.CoverageFigures.properties).toHaveProperty('months');
  });
});
