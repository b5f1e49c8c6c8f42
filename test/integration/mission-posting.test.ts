/**
 * Diplomats act for their posting (issue 16, item 8): a mission action goes
 * on a case in the country of posting, or answers a request addressed to the
 * posting. Outside it: 403 with a problem that names the posting, nothing
 * stored, and the gap view keeps its gap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

let h: Harness;
let coordinator: string;
let inColombia: string;
let inBelarus: string;

const visit = { actionType: 'detention_visit', mission: 'Embassy', date: '2026-11-20', outcome: 'Visited the defender.', confidential: false };
const logOn = (caseId: string, cookie: string, body: Record<string, unknown> = visit, headers: Record<string, string> = {}) =>
  h.json('POST', `/api/cases/${caseId}/mission-actions`, { cookie, body, headers });
const gapCaseIds = async () =>
  ((await bodyOf(await h.json('GET', '/api/gaps?country=BY', { cookie: coordinator }))).items as Array<{ caseId: string }>).map((g) => g.caseId);

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  inColombia = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
  inBelarus = await h.signIn(await h.addMember('diplomat', { country: 'BY', mission: 'EU Delegation to Belarus' }));
});

describe('diplomats log mission actions for their posting', () => {
  it('a diplomat posted to Colombia cannot log a detention visit on a Belarus case: 403 naming the posting, nothing stored, the gap stays', async () => {
    const belarus = await h.createCase(coordinator, { country: 'BY', riskStatus: 'detained', visibility: 'network' });
    expect(await gapCaseIds()).toContain(belarus.id);
    const before = await h.count();

    const refused = await logOn(belarus.id, inColombia);
    expect(refused.status).toBe(403);
    expect((await bodyOf(refused)).detail).toMatch(/posting \(Colombia\).*Belarus/);
    expect(await h.count()).toBe(before);
    expect(await gapCaseIds()).toContain(belarus.id);

    expect((await logOn(belarus.id, inBelarus)).status).toBe(201);
    expect(await gapCaseIds()).not.toContain(belarus.id);
  });

  it('a request addressed to the posting lets the diplomat act on a case in another country', async () => {
    const belarus = await h.createCase(coordinator, { country: 'BY', riskStatus: 'detained', visibility: 'network' });
    const request = await h.json('POST', `/api/cases/${belarus.id}/action-requests`, {
      cookie: coordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-20' },
    });
    expect(request.status).toBe(201);
    const requestId = (await bodyOf(request)).id;
    const done = await logOn(belarus.id, inColombia, { ...visit, actionType: 'trial_observation', requestId });
    expect(done.status).toBe(201);
    // The Belarus mission sees neither the request nor a way to log on it through the Colombian request.
    expect((await logOn(belarus.id, inBelarus, { ...visit, requestId })).status).toBe(404);
  });

  it('the form page says the same: outside the posting it is refused, not shown', async () => {
    const belarus = await h.createCase(coordinator, { country: 'BY', visibility: 'network' });
    expect((await h.app.request(`/cases/${belarus.id}/mission-actions/new`, { headers: { cookie: inColombia } })).status).toBe(403);
    expect((await h.app.request(`/cases/${belarus.id}/mission-actions/new`, { headers: { cookie: inBelarus } })).status).toBe(200);
    const posted = await h.app.request(`/cases/${belarus.id}/mission-actions/new`, {
      method: 'POST', headers: { cookie: inColombia, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ actionType: 'demarche', mission: 'EU', date: '2026-11-20', outcome: 'Raised.', idempotencyKey: 'posting-form-key-1' }),
    });
    expect(posted.status).toBe(403);
  });

  it('a replay after the case moved out of the posting is refused like a fresh request', async () => {
    const moving = await h.createCase(coordinator, { country: 'CO', visibility: 'network' });
    const headers = { 'idempotency-key': 'posting-replay-key-1' };
    expect((await logOn(moving.id, inColombia, visit, headers)).status).toBe(201);
    const etag = (await h.json('GET', `/api/cases/${moving.id}`, { cookie: coordinator })).headers.get('etag')!;
    expect((await h.json('PATCH', `/api/cases/${moving.id}`, { cookie: coordinator, headers: { 'if-match': etag }, body: { country: 'BY' } })).status).toBe(200);
    expect((await logOn(moving.id, inColombia, visit, headers)).status).toBe(403);
  });
});
