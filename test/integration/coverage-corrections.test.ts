/**
 * Corrections of the timeline and the coverage figures: the aggregator
 * derives nothing from events (shared/coverage/facts.ts), so correcting,
 * moving and deleting events (a hearing with its observer among them) leaves
 * every aggregate as it was, equal to a full recount from the base items,
 * while the case records the corrections touch pass through the stream.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { makeHarness, bodyOf, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { recount, scanAll } from '../support/coverage-recount.ts';

let h: Harness;
let coverage: CoverageBeside;
beforeEach(async () => {
  h = await makeHarness({ stream: true });
  coverage = coverageBeside(h);
});
afterEach(async () => coverage.poller.stop());

describe('coverage aggregates across corrections of the timeline', () => {
  it('stay equal to a recount, and unchanged, after events are corrected, moved and deleted', async () => {
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    const mp = await h.signIn(await h.addMember('mp'));
    await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
    const ok = async (res: Response) => {
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      return res.status === 204 ? undefined : bodyOf(res);
    };
    const c = await h.createCase(coordinator, { country: 'CO', visibility: 'network', riskStatus: 'detained' });
    await ok(await h.json('POST', `/api/cases/${c.id}/pledges`, { cookie: mp, body: { actions: ['prison_visit', 'letter_authorities'] } }));
    await ok(await h.json('POST', `/api/cases/${c.id}/actions`, { cookie: mp, body: { type: 'letter_authorities', date: '2026-11-10', description: 'Letter', public: false } }));
    await ok(await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', dueDate: '2026-12-05' } }));
    const post = async (body: Record<string, unknown>) => (await ok(await h.json('POST', `/api/cases/${c.id}/events`, { cookie: coordinator, body }))).event as { id: string };
    const hearing = await post({ type: 'hearing', date: '2026-11-20', title: 'Trial', court: 'Juzgado 4', hearingAt: '2026-12-02T14:00' });
    const threat = await post({ type: 'threat', date: '2026-11-18', title: 'Threat' });
    const mistake = await post({ type: 'update', date: '2026-11-19', title: 'Wrong case' });
    await ok(await h.json('PUT', `/api/cases/${c.id}/hearings/${hearing.id}/observers/me`, { cookie: mp }));
    await h.settled();
    await coverage.poller.drain();
    const before = await coverage.aggregates();
    expect(before.size).toBeGreaterThan(0);

    const fix = (id: string, body: unknown, version: string) =>
      h.json('PATCH', `/api/cases/${c.id}/events/${id}`, { cookie: coordinator, body, headers: { 'if-match': version } });
    await ok(await fix(hearing.id, { hearingAt: '2026-12-09T14:00' }, '"1"'));
    await ok(await fix(threat.id, { date: '2026-11-17', title: 'Threat by phone' }, '"1"'));
    await ok(await h.json('DELETE', `/api/cases/${c.id}/events/${mistake.id}`, { cookie: coordinator, headers: { 'if-match': '"1"' } }));
    await ok(await h.json('DELETE', `/api/cases/${c.id}/events/${hearing.id}`, { cookie: coordinator, headers: { 'if-match': '"2"' } }));
    await h.settled();
    await coverage.poller.drain();

    const after = await coverage.aggregates();
    expect(after).toEqual(before);
    const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
    expect(after).toEqual(recount(await scanAll(doc, h.table)));
  }, 120_000);
});
