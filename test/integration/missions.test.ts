/**
 * Action requests and mission actions through the JSON API, against DynamoDB
 * Local: who sees a request, who may act on it (0 successes for anyone else),
 * If-Match, the request closed by logging its action, overdue marks, consult
 * before acting, confidential actions and verification.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let coordinator: string;
let diplomat: Member;
let asDiplomat: string;
let asOtherDiplomat: string;
let asMp: string;
let coCase: DefenderCase;

const TOMORROW = '2026-11-24';
const action = (extra: Record<string, unknown> = {}) => ({
  actionType: 'trial_observation', mission: 'EU Delegation to Colombia', date: '2026-11-23',
  outcome: 'Observed the hearing; adjourned to January.', confidential: false, ...extra,
});

async function raise(caseId: string, body: Record<string, unknown> = {}) {
  const res = await h.json('POST', `/api/cases/${caseId}/action-requests`, {
    cookie: coordinator, body: { actionType: 'trial_observation', dueDate: TOMORROW, note: 'Hearing at 9.', ...body },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return bodyOf(res);
}
const openFor = async (cookie?: string, query = '') =>
  h.json('GET', `/api/action-requests?status=open${query}`, { cookie });

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  asDiplomat = await h.signIn(diplomat);
  asOtherDiplomat = await h.signIn(await h.addMember('diplomat', { country: 'KE', mission: 'Embassy of Ireland, Nairobi' }));
  asMp = await h.signIn(await h.addMember('mp', { country: 'CO' }));
  coCase = await h.createCase(coordinator, { country: 'CO', riskStatus: 'on_trial', visibility: 'network' });
});

describe('raising a request', () => {
  it('a coordinator raises one: 201 with Location and ETag, stored with its audit line', async () => {
    const before = await h.count();
    const res = await h.json('POST', `/api/cases/${coCase.id}/action-requests`, {
      cookie: coordinator, body: { actionType: 'trial_observation', dueDate: TOMORROW },
    });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(res.headers.get('location')).toBe(`/api/cases/${coCase.id}/action-requests/${created.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(created).toMatchObject({ status: 'open', country: 'CO', dueDate: TOMORROW, overdue: false, version: 1 });
    // The request and its audit line, and (after the answer) the claim of the email to the one diplomat posted there.
    expect(await h.count()).toBe(before + 3);
  });

  it('only coordinators raise requests; a due date in the past and an unknown action type are refused', async () => {
    const before = await h.count();
    const body = { actionType: 'trial_observation', dueDate: TOMORROW };
    expect((await h.json('POST', `/api/cases/${coCase.id}/action-requests`, { cookie: asDiplomat, body })).status).toBe(403);
    expect((await h.json('POST', `/api/cases/${coCase.id}/action-requests`, { cookie: asMp, body })).status).toBe(403);
    expect((await h.json('POST', `/api/cases/${coCase.id}/action-requests`, { body })).status).toBe(401);
    const past = await h.json('POST', `/api/cases/${coCase.id}/action-requests`, { cookie: coordinator, body: { ...body, dueDate: '2026-11-22' } });
    expect((await bodyOf(past)).errors).toEqual([{ path: 'dueDate', message: 'The due date has passed: choose today or a later day.', code: 'custom' }]);
    const unknown = await h.json('POST', `/api/cases/${coCase.id}/action-requests`, { cookie: coordinator, body: { ...body, actionType: 'tea' } });
    expect((await bodyOf(unknown)).errors[0].path).toBe('actionType');
    expect(await h.count()).toBe(before);
  });
});

describe('who sees the open requests', () => {
  it('a diplomat sees only the requests for their posting; an MP 403, signed out 401', async () => {
    const co = await raise(coCase.id);
    const keCase = await h.createCase(coordinator, { country: 'KE' });
    const ke = await raise(keCase.id);
    const mine = await bodyOf(await openFor(asDiplomat));
    expect(mine.items.map((r: { id: string }) => r.id)).toEqual([co.id]);
    expect(mine.items[0]).toMatchObject({ case: { id: coCase.id, defenderName: coCase.defenderName }, overdue: false });
    expect(mine.items[0]).not.toHaveProperty('createdBy');
    expect((await bodyOf(await openFor(asOtherDiplomat))).items.map((r: { id: string }) => r.id)).toEqual([ke.id]);
    // Asking for another posting shows nothing.
    expect((await bodyOf(await openFor(asDiplomat, '&country=KE'))).items).toEqual([]);
    expect((await openFor(asMp)).status).toBe(403);
    expect((await openFor(undefined)).status).toBe(401);
  });

  it('coordinators choose a country', async () => {
    const co = await raise(coCase.id);
    expect((await openFor(coordinator)).status).toBe(400);
    expect((await bodyOf(await openFor(coordinator, '&country=CO'))).items.map((r: { id: string }) => r.id)).toEqual([co.id]);
  });

  it('a request on a restricted case is seen only by the diplomats it names', async () => {
    // A request must reach someone: the hidden case names another diplomat posted there.
    const colleague = await h.addMember('diplomat', { country: 'CO', mission: 'Another mission' });
    const hidden = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted', namedMemberIds: [colleague.id] });
    await raise(hidden.id);
    expect((await bodyOf(await openFor(asDiplomat))).items).toEqual([]);
    const named = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted', namedMemberIds: [diplomat.id] });
    const seen = await raise(named.id);
    expect((await bodyOf(await openFor(asDiplomat))).items.map((r: { id: string }) => r.id)).toEqual([seen.id]);
  });

  it('marks a request overdue once its due date has passed', async () => {
    await raise(coCase.id);
    h.clock.advance(2 * 86_400_000);
    const later = await h.signIn(diplomat);
    expect((await bodyOf(await openFor(later))).items[0]).toMatchObject({ dueDate: TOMORROW, overdue: true });
  });
});

describe('acting on a request: only a mission posted there', () => {
  it('an MP, another posting\'s diplomat and a signed-out caller: 0 successes, nothing stored', async () => {
    const request = await raise(coCase.id);
    const path = `/api/cases/${coCase.id}/action-requests/${request.id}`;
    const before = await h.count();
    const statuses: number[] = [];
    for (const cookie of [asMp, asOtherDiplomat, undefined]) {
      for (const body of [{ status: 'acknowledged' }, { status: 'declined', reason: 'No capacity.' }]) {
        statuses.push((await h.json('PATCH', path, { cookie, body, headers: { 'if-match': '"1"' } })).status);
      }
      statuses.push((await h.json('POST', `/api/cases/${coCase.id}/mission-actions`, { cookie, body: action({ requestId: request.id }) })).status);
    }
    expect(statuses.filter((s) => s < 400)).toEqual([]);
    expect(statuses).toEqual([404, 404, 403, 404, 404, 404, 401, 401, 401]);
    expect(await h.count()).toBe(before);
    expect((await bodyOf(await openFor(asDiplomat))).items[0]).toMatchObject({ id: request.id, status: 'open', version: 1 });
  });

  it('acknowledge needs If-Match: 428 without, 412 when stale, then 200 with the new ETag', async () => {
    const request = await raise(coCase.id);
    const path = `/api/cases/${coCase.id}/action-requests/${request.id}`;
    expect((await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'acknowledged' } })).status).toBe(428);
    expect((await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'acknowledged' }, headers: { 'if-match': '"7"' } })).status).toBe(412);
    const ok = await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'acknowledged' }, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(await bodyOf(ok)).toMatchObject({ status: 'acknowledged', respondingMission: 'EU Delegation to Colombia' });
  });

  it('a decline needs a reason, closes the request and keeps the reason', async () => {
    const request = await raise(coCase.id);
    const path = `/api/cases/${coCase.id}/action-requests/${request.id}`;
    const noReason = await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'declined' }, headers: { 'if-match': '"1"' } });
    expect((await bodyOf(noReason)).errors[0].path).toBe('reason');
    const declined = await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'declined', reason: 'The court is closed to diplomats.' }, headers: { 'if-match': '"1"' } });
    expect(declined.status).toBe(200);
    expect((await bodyOf(await openFor(asDiplomat))).items).toEqual([]);
    const closed = await bodyOf(await h.json('GET', '/api/action-requests?status=closed', { cookie: asDiplomat }));
    expect(closed.items[0]).toMatchObject({ status: 'declined', declineReason: 'The court is closed to diplomats.' });
    const again = await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'acknowledged' }, headers: { 'if-match': '"2"' } });
    expect(again.status).toBe(409);
  });

  it('a coordinator withdraws; a diplomat may not withdraw, a coordinator may not answer for a mission', async () => {
    const request = await raise(coCase.id);
    const path = `/api/cases/${coCase.id}/action-requests/${request.id}`;
    const headers = { 'if-match': '"1"' };
    expect((await h.json('PATCH', path, { cookie: asDiplomat, body: { status: 'withdrawn' }, headers })).status).toBe(403);
    expect((await h.json('PATCH', path, { cookie: coordinator, body: { status: 'acknowledged' }, headers })).status).toBe(403);
    expect((await h.json('PATCH', path, { cookie: coordinator, body: { status: 'withdrawn', reason: 'Released.' }, headers })).status).toBe(200);
  });

  it('logging the action marks the request done, in the same write', async () => {
    const request = await raise(coCase.id);
    const before = await h.count();
    const res = await h.json('POST', `/api/cases/${coCase.id}/mission-actions`, { cookie: asDiplomat, body: action({ requestId: request.id }) });
    expect(res.status).toBe(201);
    const logged = await bodyOf(res);
    // The action, its audit line, two coverage markers (its type's, and "some action": the risk gap's), the request's
    // new version and its audit line.
    expect(await h.count()).toBe(before + 5);
    const [closed] = (await bodyOf(await h.json('GET', `/api/cases/${coCase.id}/action-requests`, { cookie: coordinator }))).items;
    expect(closed).toMatchObject({ id: request.id, status: 'done', doneActionId: logged.id, version: 2, respondedBy: diplomat.id });
    const twice = await h.json('POST', `/api/cases/${coCase.id}/mission-actions`, { cookie: asDiplomat, body: action({ requestId: request.id }) });
    expect(twice.status).toBe(409);
  });
});
