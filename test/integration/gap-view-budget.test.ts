/**
 * Issue 14: the gap view (`/api/gaps`, `/gaps`) within 3 DynamoDB calls with risk gaps listed: the
 * session, the candidates' Query and one BatchGet of their markers with the raised-risk roster the
 * stream keeps (risk-gap-roster.ts). The roster follows the case: a rename, a logged action, a level
 * lowered; a replayed record leaves it as it was; the backfill lists what the stream never saw.
 */
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { backfillRiskRoster, riskGapRosterProjector, RISK_ROSTER_KEY } from '#functions/adapters/dynamo/risk-gap-roster.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';

const DAY = 86_400_000;
let h: Harness;
let stream: CoverageBeside;
let coordinator: Member;
let asCoordinator: string;

beforeEach(async () => {
  h = await makeHarness({ stream: true });
  stream = coverageBeside(h);
  coordinator = await h.addMember('coordinator');
  asCoordinator = await h.signIn(coordinator);
}, 60_000);
afterEach(async () => stream.poller.stop());

async function raisedCase(name: string, daysAgo = 20) {
  h.clock.advance(-daysAgo * DAY);
  const c = await h.createCase(asCoordinator, { visibility: 'network', defenderName: name, riskStatus: 'threatened' });
  expect((await h.json('PUT', `/api/cases/${c.id}/risk-assessment`, { cookie: asCoordinator, body: { level: 'critical' }, headers: { 'if-match': '"0"' } })).status).toBe(200);
  h.clock.advance(daysAgo * DAY);
  return c;
}

type GapRow = { caseId: string; rule: string; defenderName: string };
const gapView = async (path = '/api/gaps') => {
  await h.settled();
  await stream.poller.drain();
  const { result, tally } = await h.calls.measure(async () => {
    const res = await h.app.request(path, { headers: { cookie: asCoordinator } });
    return { status: res.status, text: await res.text() };
  });
  expect(result.status).toBe(200);
  return { text: result.text, tally, risk: path.startsWith('/api/') ? (JSON.parse(result.text).items as GapRow[]).filter((g) => g.rule === 'risk_high_no_action') : [] };
};

describe('the gap view with risk gaps, in 3 calls', () => {
  it('lists three raised cases\' risk gaps: the session, one Query, one BatchGet (API and page)', async () => {
    const raised = [await raisedCase('Raised One'), await raisedCase('Raised Two'), await raisedCase('Raised Three')];
    const api = await gapView();
    expect(api.risk.map((g) => g.caseId).sort()).toEqual(raised.map((c) => c.id).sort());
    expect(api.tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 1, BatchGetItemCommand: 1 });
    const page = await gapView('/gaps');
    for (const c of raised) expect(page.text).toContain(`href="/cases/${c.id}/alerts/new"`);
    expect(page.tally.calls).toBeLessThanOrEqual(3);
  });

  it('follows the case: a new name, an action logged, a level lowered', async () => {
    const renamed = await raisedCase('Old Name');
    const acted = await raisedCase('Acted Upon');
    const lowered = await raisedCase('Lowered');
    const etag = (await h.json('GET', `/api/cases/${renamed.id}`, { cookie: asCoordinator })).headers.get('etag')!;
    expect((await h.json('PATCH', `/api/cases/${renamed.id}`, { cookie: asCoordinator, body: { defenderName: 'New Name' }, headers: { 'if-match': etag } })).status).toBe(200);
    const mp = await h.addMember('mp');
    const asMp = await h.signIn(mp);
    expect((await h.json('POST', `/api/cases/${acted.id}/pledges`, { cookie: asMp, body: { actions: ['letter_authorities'] } })).status).toBe(201);
    expect((await h.json('POST', `/api/cases/${acted.id}/actions`, { cookie: asMp, body: { type: 'letter_authorities', date: '2026-11-22', description: 'Letter to the prosecutor.' } })).status).toBe(201);
    expect((await h.json('PUT', `/api/cases/${lowered.id}/risk-assessment`, { cookie: asCoordinator, body: { level: 'medium' }, headers: { 'if-match': '"1"' } })).status).toBe(200);

    const { risk } = await gapView();
    expect(risk.map((g) => [g.caseId, g.defenderName])).toEqual([[renamed.id, 'New Name']]);
  });

  it('reconciling again changes nothing; the backfill lists a raised case the stream never saw, once', async () => {
    const c = await raisedCase('Seen Twice');
    await h.settled();
    await stream.poller.drain();
    const roster = async () => (await h.doc.send(new GetCommand({ TableName: h.table, Key: RISK_ROSTER_KEY, ConsistentRead: true }))).Item?.cases;
    const before = await roster();
    await riskGapRosterProjector(h.doc, h.table).reconcileCase(c.id);
    expect(await roster()).toEqual(before);

    // A table from before the roster: the item is gone, the stream has nothing more to say.
    await h.doc.send(new DeleteCommand({ TableName: h.table, Key: RISK_ROSTER_KEY }));
    expect((await gapView()).risk).toEqual([]);
    expect(await backfillRiskRoster(h.doc, h.table, riskGapRosterProjector(h.doc, h.table))).toEqual({ ran: true, cases: 1 });
    expect((await gapView()).risk.map((g) => g.caseId)).toEqual([c.id]);
    expect(await backfillRiskRoster(h.doc, h.table, riskGapRosterProjector(h.doc, h.table))).toEqual({ ran: false, cases: 0 });
  });
});
