/**
 * Tables from before posting rosters existed: `npm start` adds each diplomat
 * to their posting's roster once, so requests to their country reach them.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { makeHarness } from '../support/harness.ts';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { backfillPostingRosters } from '#functions/adapters/dynamo/posting-backfill.ts';
import { postingKey } from '#functions/adapters/dynamo/posting-items.ts';

describe('posting rosters for an older table', () => {
  it('adds each diplomat once, after which a request to their country is accepted', async () => {
    const h = await makeHarness();
    const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
    await h.addMember('diplomat', { country: 'CO', mission: 'Embassy of Spain' });
    await h.addMember('diplomat', { country: 'GT', mission: 'EU Delegation to Guatemala' });
    await h.addMember('mp');
    // As an earlier release left it: members, and no roster.
    for (const country of ['CO', 'GT']) await doc.send(new DeleteCommand({ TableName: h.table, Key: postingKey(country) }));
    const c = await h.createCase(coordinator, { country: 'CO', visibility: 'network' });
    const ask = () => h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', dueDate: '2026-12-09' } });
    expect((await ask()).status).toBe(409);

    expect(await backfillPostingRosters(doc, h.table)).toBe(3);
    expect(await backfillPostingRosters(doc, h.table), 'a second run').toBe(0);

    expect((await h.store.getPosting('CO'))?.diplomats.map((d) => d.mission).sort()).toEqual(['EU Delegation to Colombia', 'Embassy of Spain']);
    expect((await h.store.getPosting('GT'))?.diplomats).toHaveLength(1);
    expect((await ask()).status).toBe(201);
  });
});
