/**
 * Mission actions through the JSON API, against DynamoDB Local: idempotent
 * logging, consult before acting, confidential actions, verification, bad
 * input, and cases the caller may not see (404 on every sub-route).
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
let networkCase: DefenderCase;

const action = (extra: Record<string, unknown> = {}) => ({
  actionType: 'detention_visit', mission: 'EU Delegation to Colombia', date: '2026-11-20',
  outcome: 'Visited in prison; access granted after two hours.', confidential: false, ...extra,
});
const log = (caseId: string, body: unknown, cookie = asDiplomat, headers: Record<string, string> = {}) =>
  h.json('POST', `/api/cases/${caseId}/mission-actions`, { cookie, body, headers });
const actionsAs = async (cookie: string | undefined, caseId = networkCase.id) =>
  (await bodyOf(await h.json('GET', `/api/cases/${caseId}/mission-actions`, { cookie }))).items as Array<Record<string, unknown>>;

beforeEach(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  asDiplomat = await h.signIn(diplomat);
  asOtherDiplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'Embassy of Spain, Bogotá' }));
  asMp = await h.signIn(await h.addMember('mp'));
  networkCase = await h.createCase(coordinator, { country: 'CO', riskStatus: 'detained', visibility: 'network' });
});

describe('idempotent logging (Idempotency-Key)', () => {
  it('the same key 10 times in sequence and 10 in parallel stores 1 action and 1 audit line; another body gets 422', async () => {
    const headers = { 'idempotency-key': 'visit-2026-11-20-abc' };
    const sequential = [];
    for (let i = 0; i < 10; i++) sequential.push(await log(networkCase.id, action(), asDiplomat, headers));
    const parallel = await Promise.all(Array.from({ length: 10 }, () => log(networkCase.id, action(), asDiplomat, headers)));
    const all = [...sequential, ...parallel];
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(all.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);
    const ids = new Set(await Promise.all(all.map(async (r) => (await bodyOf(r)).id)));
    expect(ids.size).toBe(1);
    expect(await actionsAs(coordinator)).toHaveLength(1);
    const audit = await h.store.auditOfCase(networkCase.id, 100);
    expect(audit.items.filter((a) => a.action === 'mission_action.logged')).toHaveLength(1);

    const other = await log(networkCase.id, action({ outcome: 'Another outcome.' }), asDiplomat, headers);
    expect(other.status).toBe(422);
    expect(await actionsAs(coordinator)).toHaveLength(1);
  });

  it('a key is the caller\'s own: another diplomat with the same key logs their own action', async () => {
    const headers = { 'idempotency-key': 'shared-key-123' };
    expect((await log(networkCase.id, action(), asDiplomat, headers)).status).toBe(201);
    const second = await log(networkCase.id, action(), asOtherDiplomat, headers);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(await actionsAs(coordinator)).toHaveLength(2);
  });
});

describe('consult before acting', () => {
  it('a public statement on a case not consented as public needs the cleared-with-the-coordinator confirmation, which is stored', async () => {
    const before = await h.count();
    const refused = await log(networkCase.id, action({ actionType: 'public_statement' }));
    expect(refused.status).toBe(400);
    expect((await bodyOf(refused)).errors).toEqual([{ path: 'publicActionCleared', message: expect.stringContaining('cleared with the coordinator') }]);
    expect(await h.count()).toBe(before);
    const cleared = await log(networkCase.id, action({ actionType: 'public_statement', publicActionCleared: true }));
    expect(cleared.status).toBe(201);
    expect(await bodyOf(cleared)).toMatchObject({ publicActionCleared: true });
    expect((await actionsAs(coordinator))[0]).toMatchObject({ actionType: 'public_statement', publicActionCleared: true });
  });

  it('a public case, or a discreet action, needs no confirmation; requests follow the same rule', async () => {
    const publicCase = await h.createCase(coordinator, { country: 'CO', visibility: 'public' });
    expect((await log(publicCase.id, action({ actionType: 'public_statement' }))).status).toBe(201);
    expect((await log(networkCase.id, action({ actionType: 'demarche' }))).status).toBe(201);
    const request = (body: Record<string, unknown>) =>
      h.json('POST', `/api/cases/${networkCase.id}/action-requests`, { cookie: coordinator, body: { dueDate: '2026-12-01', ...body } });
    expect((await request({ actionType: 'visible_recognition' })).status).toBe(400);
    const ok = await request({ actionType: 'visible_recognition', publicActionCleared: true });
    expect(ok.status).toBe(201);
    expect(await bodyOf(ok)).toMatchObject({ publicActionCleared: true });
  });
});

describe('confidential actions and verification', () => {
  it('a confidential action is seen by coordinators and its author only; public ones by every member who sees the case', async () => {
    await log(networkCase.id, action({ confidential: true, outcome: 'Confidential visit.' }));
    await log(networkCase.id, action({ actionType: 'demarche', outcome: 'Raised with the ministry.' }));
    const outcomes = async (cookie?: string) => (await actionsAs(cookie)).map((a) => a.outcome).sort();
    expect(await outcomes(coordinator)).toEqual(['Confidential visit.', 'Raised with the ministry.']);
    expect(await outcomes(asDiplomat)).toEqual(['Confidential visit.', 'Raised with the ministry.']);
    expect(await outcomes(asOtherDiplomat)).toEqual(['Raised with the ministry.']);
    expect(await outcomes(asMp)).toEqual(['Raised with the ministry.']);
    expect((await actionsAs(asMp))[0]).not.toHaveProperty('createdBy');
  });

  it('a coordinator verifies with If-Match; a diplomat may not; a stale version gets 412', async () => {
    const logged = await bodyOf(await log(networkCase.id, action()));
    const path = `/api/cases/${networkCase.id}/mission-actions/${logged.id}/verification`;
    expect((await h.json('POST', path, { cookie: asDiplomat, headers: { 'if-match': '"1"' } })).status).toBe(403);
    expect((await h.json('POST', path, { cookie: coordinator })).status).toBe(428);
    expect((await h.json('POST', path, { cookie: coordinator, headers: { 'if-match': '"2"' } })).status).toBe(412);
    const verified = await h.json('POST', path, { cookie: coordinator, headers: { 'if-match': '"1"' } });
    expect(verified.status).toBe(200);
    expect(verified.headers.get('etag')).toBe('"2"');
    expect((await actionsAs(asMp))[0]).toMatchObject({ verified: true });
  });
});

describe('bad input and hidden cases', () => {
  const bad: Array<[string, unknown, string]> = [
    ['a future date', action({ date: '2026-11-24' }), 'date'],
    ['an unknown action type', action({ actionType: 'tea' }), 'actionType'],
    ['a non-https evidence link', action({ evidenceUrl: 'javascript:alert(1)' }), 'evidenceUrl'],
    ['confidential as a string', action({ confidential: 'yes' }), 'confidential'],
    ['an unknown field', { ...action(), defenderAddress: 'x' }, 'defenderAddress'],
    ['a blank outcome', action({ outcome: '  ' }), 'outcome'],
  ];
  for (const [what, body, path] of bad) {
    it(`${what} → 400 naming ${path}, nothing stored`, async () => {
      const before = await h.count();
      const res = await log(networkCase.id, body);
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await h.count()).toBe(before);
    });
  }

  it('every sub-route of a restricted case answers an unnamed member exactly as a case that does not exist', async () => {
    const hidden = await h.createCase(coordinator, { country: 'CO', visibility: 'restricted' });
    const missing = '00000000-0000-4000-8000-000000000000';
    const routes = (id: string): Array<[string, string, unknown?]> => [
      ['GET', `/api/cases/${id}/action-requests`],
      ['GET', `/api/cases/${id}/mission-actions`],
      ['POST', `/api/cases/${id}/mission-actions`, action()],
      ['POST', `/api/cases/${id}/action-requests`, { actionType: 'demarche', dueDate: '2026-12-01' }],
    ];
    for (const cookie of [asDiplomat, asMp]) {
      const hiddenRoutes = routes(hidden.id);
      const missingRoutes = routes(missing);
      for (let i = 0; i < hiddenRoutes.length; i++) {
        const [method, path, body] = hiddenRoutes[i]!;
        const a = await h.json(method, path, { cookie, body });
        const b = await h.json(method, missingRoutes[i]![1], { cookie, body });
        expect(a.status, `${method} ${path}`).toBe(404);
        expect({ ...(await bodyOf(a)), requestId: 0 }).toEqual({ ...(await bodyOf(b)), requestId: 0 });
      }
    }
  });

  it('the taxonomy is public, with codes, labels and explanations', async () => {
    const { items } = await bodyOf(await h.json('GET', '/api/eu-guidelines'));
    expect(items).toHaveLength(21);
    expect(items[9]).toEqual({ code: 'detention_visit', label: 'Detention visit', explanation: expect.any(String), publicFacing: false });
  });
});

describe('a request answered between the read and the write', () => {
  it('refuses the action with 409 in the caller\'s words ("answered meanwhile"), storing nothing', async () => {
    const dueDate = new Date(h.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await h.json('POST', `/api/cases/${networkCase.id}/action-requests`, {
      cookie: coordinator, body: { actionType: 'detention_visit', country: 'CO', dueDate },
    });
    expect(created.status).toBe(201);
    const requestId = (await bodyOf(created)).id as string;
    const stale = (await h.store.getCaseContext(networkCase.id, { requestId })).request!;
    // Another mission answers first: the request's version moves on.
    const answered = await h.json('PATCH', `/api/cases/${networkCase.id}/action-requests/${requestId}`, {
      cookie: asOtherDiplomat, body: { status: 'acknowledged' }, headers: { 'if-match': `"${stale.version}"` },
    });
    expect(answered.status, await answered.clone().text()).toBe(200);
    const at = h.clock.now().toISOString();
    const actionId = crypto.randomUUID();
    const error = await h.store.saveMissionAction({
      action: { id: actionId, caseId: networkCase.id, ...action(), requestId, createdAt: at, createdBy: diplomat.id, authorName: diplomat.name, version: 1 },
      audit: { id: crypto.randomUUID(), at, actorId: diplomat.id, action: 'mission_action.logged', caseId: networkCase.id },
      coverage: [],
      request: { next: { ...stale, status: 'done', doneActionId: actionId, updatedAt: at, version: stale.version + 1 }, expectedVersion: stale.version, audit: { id: crypto.randomUUID(), at, actorId: diplomat.id, action: 'request.done', caseId: networkCase.id } },
    } as never).then(() => undefined, (e: unknown) => e as { status?: number; wording?: { key: string } });
    expect(error?.status).toBe(409);
    expect(error?.wording?.key).toBe('missions.errors.requestAnsweredMeanwhile');
    expect(await actionsAs(coordinator)).toHaveLength(0);
  });
});
