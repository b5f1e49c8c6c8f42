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
import { makeHarness } from '../support/harness.ts';
import { coverageBeside } from '../support/coverage.ts';
import { recount, scanAll } from '../support/coverage-recount.ts';

describe('coverage backfill at start', () => {
  it('counts the items the stream never saw once, equal to a recount; a second start adds nothing', async () => {
    const h = await makeHarness({ stream: true });
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    const mp = await h.signIn(await h.addMember('mp'));
    const target = await h.createCase(coordinator, { country: 'HN' });
    await h.createCase(coordinator, { country: 'CO' });
    expect((await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: mp, body: { actions: ['letter_authorities'], twin: false } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: mp, body: { type: 'letter_authorities', date: '2026-09-09', description: 'Sent.', public: false } })).status).toBe(201);

    // No poller has run: as for a table whose stream was only just turned on.
    const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
    const aggregator = coverageAggregator(doc, h.table);
    const counted = await backfillCoverage(doc, h.table, aggregator);
    expect(counted).toBeGreaterThanOrEqual(4);
    const coverage = coverageBeside(h);
    expect(await coverage.aggregates()).toEqual(recount(await scanAll(doc, h.table)));
    expect(await backfillCoverage(doc, h.table, aggregator)).toBe(0);
    await coverage.poller.stop();
  }, 180_000);
});
