/**
 * A data folder from before the coverage figures: its items were never on a
 * stream. The start-up backfill counts them once, equal to a recount, and a
 * second start adds nothing.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { coverageAggregator } from '#functions/adapters/dynamo/coverage-aggregator.ts';
import { backfillCoverage } from '#functions/local/coverage-backfill.ts';
import { bodyOf, makeHarness } from '../support/harness.ts';
import { coverageBeside } from '../support/coverage.ts';
import { recount, scanAll } from '../support/coverage-recount.ts';
import { report } from '../support/intake-reports.ts';

describe('coverage backfill at start', () => {
  it('counts the items the stream never saw once, equal to a recount; a second start adds nothing', async () => {
    const h = await makeHarness({ stream: true });
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    const mp = await h.signIn(await h.addMember('mp'));
    const target = await h.createCase(coordinator, { country: 'HN' });
    await h.createCase(coordinator, { country: 'CO' });
    expect((await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: mp, body: { actions: ['letter_authorities'], twin: false } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: mp, body: { type: 'letter_authorities', date: '2026-09-09', description: 'Sent.', public: false } })).status).toBe(201);
    // Intake reports too (they joined the figures later): one waiting, one triaged.
    for (let i = 0; i < 2; i++) expect((await h.json('POST', '/api/reports', { body: report(), from: h.nextAddress() })).status).toBe(202);
    const reportId = (await bodyOf(await h.json('GET', '/api/reports', { cookie: coordinator }))).items[0].id as string;
    h.clock.advance(25 * 60_000);
    expect((await h.json('PATCH', `/api/reports/${reportId}`, { cookie: coordinator, body: { status: 'in_review' }, headers: { 'if-match': '"1"' } })).status).toBe(200);

    // No poller has run: as for a table whose stream was only just turned on.
    const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
    const aggregator = coverageAggregator(doc, h.table);
    const counted = await backfillCoverage(doc, h.table, aggregator);
    expect(counted).toBeGreaterThanOrEqual(6);
    const coverage = coverageBeside(h);
    const aggregates = await coverage.aggregates();
    expect(aggregates).toEqual(recount(await scanAll(doc, h.table)));
    expect(aggregates.get('countries|REPORTS')).toEqual({ new: 1, in_review: 1 });
    expect(await backfillCoverage(doc, h.table, aggregator)).toBe(0);
    await coverage.poller.stop();
  }, 180_000);
});
