/**
 * Adoption under attack and under the safety rule (DynamoDB Local): no
 * caller acts on someone else's pledge or action (IDOR), a case the caller
 * may not see answers 404 on every sub-route, restricted or paused cases
 * leave other MPs' pledge lists (pledges kept), and every request stays
 * within 3 store calls.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { Store } from '#shared/ports/store.ts';
import type { LoggedAction } from '#shared/pledges/index.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let asCoordinator: string;
let owner: Member;
let asOwner: string;
let target: DefenderCase;
let ownersAction: LoggedAction;

const action = { type: 'letter_authorities', date: '2026-11-20', description: 'Wrote to the minister.', public: true };

beforeEach(async () => {
  h = await makeHarness();
  asCoordinator = await h.signIn(await h.addMember('coordinator'));
  owner = await h.addMember('mp');
  asOwner = await h.signIn(owner);
  target = await h.createCase(asCoordinator, { riskStatus: 'detained' });
  // These tests log public actions on a network case: a coordinator cleared public action on it (issue 16, item 3).
  target = await bodyOf(await h.json('PUT', `/api/cases/${target.id}/public-action-clearance`, {
    cookie: asCoordinator, headers: { 'if-match': '"1"' }, body: { cleared: true, basis: 'explicit_consent' },
  }));
  await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: asOwner, body: { actions: ['prison_visit'], twin: true } });
  ownersAction = await bodyOf(await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: asOwner, body: action }));
});

/** Makes the case restricted (naming some members) or paused, as the consent feature will. */
async function restrict(caseId: string, namedMemberIds: string[], paused = false) {
  const current = (await h.store.getCase(caseId))!;
  const at = h.clock.now().toISOString();
  await h.store.saveCase({
    case: { ...current, visibility: 'restricted', namedMemberIds, ...(paused ? { pausedAt: at } : {}), version: current.version + 1 },
    expectedVersion: current.version,
    audit: { id: randomUUID(), at, actorId: 'test', action: paused ? 'case.paused' : 'case.visibility_changed', caseId },
  });
}

describe('IDOR: nobody acts on behalf of someone else (QUALITY.md 8)', () => {
  it('a diplomat, an anonymous caller, another MP and a coordinator: 0 successes, nothing stored', async () => {
    const callers = {
      anonymous: undefined,
      diplomat: await h.signIn(await h.addMember('diplomat', { country: 'CO' })),
      anotherMp: await h.signIn(await h.addMember('mp')),
      coordinator: asCoordinator,
    };
    const pledgeUrl = `/api/cases/${target.id}/pledges/${owner.id}`;
    const actionUrl = `/api/cases/${target.id}/actions/${ownersAction.id}`;
    const attempts: Array<[string, string, unknown?, Record<string, string>?]> = [
      ['PATCH', pledgeUrl, { actions: ['trial_observation'] }, { 'if-match': '"1"' }],
      ['DELETE', pledgeUrl, undefined, { 'if-match': '"1"' }],
      ['POST', `/api/cases/${target.id}/pledges`, { actions: ['prison_visit'], memberId: owner.id }],
      ['POST', `/api/cases/${target.id}/actions`, { ...action, memberId: owner.id }],
      ['POST', `/api/cases/${target.id}/actions`, { ...action, memberName: owner.name }],
      ['PATCH', actionUrl, { description: 'Rewritten by someone else.' }, { 'if-match': '"1"' }],
    ];
    const before = await h.count();
    const outcomes: string[] = [];
    for (const [who, cookie] of Object.entries(callers)) {
      for (const [method, path, body, headers] of attempts) {
        const res = await h.json(method, path, { cookie, body, headers });
        outcomes.push(`${who} ${method} ${path.replace(target.id, 'case')}: ${res.status}`);
      }
    }
    const successes = outcomes.filter((o) => /: 2\d\d$/.test(o));
    expect(successes).toEqual([]);
    expect(await h.count()).toBe(before);
    expect(await bodyOf(await h.json('GET', pledgeUrl, { cookie: asOwner }))).toMatchObject({ actions: ['prison_visit'], twin: true, version: 1 });
    expect(await bodyOf(await h.json('GET', actionUrl, { cookie: asOwner }))).toMatchObject({ description: action.description, version: 1 });
  });

  it('only MPs pledge and log, only coordinators verify and end twinnings (0 successes otherwise)', async () => {
    const diplomat = await h.signIn(await h.addMember('diplomat'));
    const anotherMp = await h.signIn(await h.addMember('mp'));
    const verify = { state: 'verified' };
    const attempts: Array<[string | undefined, string, string, unknown?, Record<string, string>?]> = [
      [diplomat, 'POST', `/api/cases/${target.id}/pledges`, { actions: ['prison_visit'] }],
      [undefined, 'POST', `/api/cases/${target.id}/pledges`, { actions: ['prison_visit'] }],
      [asCoordinator, 'POST', `/api/cases/${target.id}/pledges`, { actions: ['prison_visit'] }],
      [diplomat, 'POST', `/api/cases/${target.id}/actions`, action],
      [undefined, 'POST', `/api/cases/${target.id}/actions`, action],
      [asOwner, 'PUT', `/api/cases/${target.id}/actions/${ownersAction.id}/verification`, verify, { 'if-match': '"1"' }],
      [anotherMp, 'PUT', `/api/cases/${target.id}/actions/${ownersAction.id}/verification`, verify, { 'if-match': '"1"' }],
      [diplomat, 'PUT', `/api/cases/${target.id}/actions/${ownersAction.id}/verification`, verify, { 'if-match': '"1"' }],
      [undefined, 'PUT', `/api/cases/${target.id}/actions/${ownersAction.id}/verification`, verify, { 'if-match': '"1"' }],
      [asOwner, 'DELETE', `/api/cases/${target.id}/twin`],
      [diplomat, 'DELETE', `/api/cases/${target.id}/twin`],
      [undefined, 'DELETE', `/api/cases/${target.id}/twin`],
      [diplomat, 'GET', '/api/me/pledges'],
      [undefined, 'GET', '/api/me/pledges'],
    ];
    const before = await h.count();
    const statuses = [];
    for (const [cookie, method, path, body, headers] of attempts) statuses.push((await h.json(method, path, { cookie, body, headers })).status);
    expect(statuses.filter((s) => s < 300)).toEqual([]);
    expect(statuses.every((s) => s === 401 || s === 403)).toBe(true);
    expect(await h.count()).toBe(before);
  });
});

describe('a case the caller may not see answers 404 on every sub-route', () => {
  it('for an MP not named on a restricted case, exactly like a case that does not exist', async () => {
    await restrict(target.id, []);
    const stranger = await h.signIn(await h.addMember('mp'));
    const missing = '00000000-0000-4000-8000-000000000000';
    const routes = (id: string): Array<[string, string, unknown?, Record<string, string>?]> => [
      ['GET', `/api/cases/${id}/pledges`],
      ['POST', `/api/cases/${id}/pledges`, { actions: ['prison_visit'] }],
      ['GET', `/api/cases/${id}/pledges/${owner.id}`],
      ['GET', `/api/cases/${id}/actions`],
      ['POST', `/api/cases/${id}/actions`, action],
      ['POST', `/api/cases/${id}/actions`, action, { 'idempotency-key': 'stranger-key-1' }],
      ['GET', `/api/cases/${id}/actions/${ownersAction.id}`],
      ['POST', `/api/cases/${id}/actions/${ownersAction.id}/co-signatures`],
      ['GET', `/api/cases/${id}/suggestions`],
    ];
    const before = await h.count();
    const strip = (p: Record<string, unknown>) => ({ ...p, requestId: undefined });
    for (const [i, [method, path, body, headers]] of routes(target.id).entries()) {
      const hidden = await h.json(method, path, { cookie: stranger, body, headers });
      const [, missingPath] = routes(missing)[i]!;
      const absent = await h.json(method, missingPath, { cookie: stranger, body, headers: { ...headers, ...(headers ? { 'idempotency-key': 'stranger-key-2' } : {}) } });
      expect(hidden.status, `${method} ${path}`).toBe(404);
      expect(strip(await bodyOf(hidden))).toEqual(strip(await bodyOf(absent)));
    }
    // Nothing was written: not even an idempotency record.
    expect(await h.count()).toBe(before);
  });

  it("the owner's own pledge URLs answer 404 too once the case is hidden from them", async () => {
    await restrict(target.id, []);
    const url = `/api/cases/${target.id}/pledges/${owner.id}`;
    expect((await h.json('PATCH', url, { cookie: asOwner, body: { note: 'x' }, headers: { 'if-match': '"1"' } })).status).toBe(404);
    expect((await h.json('DELETE', url, { cookie: asOwner, headers: { 'if-match': '"1"' } })).status).toBe(404);
  });
});

describe('safety: restricted or paused cases leave the pledge lists of MPs not named (pledges kept)', () => {
  let other: Member;
  let asOther: string;
  beforeEach(async () => {
    other = await h.addMember('mp');
    asOther = await h.signIn(other);
    await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: asOther, body: { actions: ['letter_authorities'] } });
  });
  const listed = async (cookie: string) =>
    ((await bodyOf(await h.json('GET', '/api/me/pledges', { cookie }))).items as Array<{ case: { id: string } }>).map((i) => i.case.id);

  it('restricted naming the owner: the owner still lists it, the other MP does not; both pledges stay stored', async () => {
    expect(await listed(asOther)).toEqual([target.id]);
    await restrict(target.id, [owner.id]);
    expect(await listed(asOwner)).toEqual([target.id]);
    expect(await listed(asOther)).toEqual([]);
    const stored = await h.store.getCaseBundle(target.id);
    expect(stored!.pledges.map((p) => p.memberId).sort()).toEqual([owner.id, other.id].sort());
    expect(stored!.case.adopterCount).toBe(2);
  });

  it('paused (restricted, nobody named): it leaves every MP list; both pledges stay stored', async () => {
    await restrict(target.id, [], true);
    expect(await listed(asOwner)).toEqual([]);
    expect(await listed(asOther)).toEqual([]);
    expect((await h.store.getCaseBundle(target.id))!.pledges).toHaveLength(2);
  });

  it('a restricted case takes no new action from an MP not named (404, nothing stored)', async () => {
    await restrict(target.id, [owner.id]);
    const before = await h.count();
    expect((await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: asOther, body: action })).status).toBe(404);
    expect((await h.json('POST', `/api/cases/${target.id}/actions`, { cookie: asOwner, body: action })).status).toBe(201);
    expect(await h.count()).toBe(before + 2);
  });
});

describe('DynamoDB budget: at most 3 store calls per request (the session lookup is one)', () => {
  it('holds for every adoption route, pages included', async () => {
    let calls = 0;
    const counted = await makeHarness({
      localRoutes: false,
      store: (real) =>
        new Proxy(real, {
          get: (target, name, receiver) => {
            const value = Reflect.get(target, name, receiver);
            return typeof value === 'function' ? (...args: unknown[]) => ((calls += 1), value.apply(target, args)) : value;
          },
        }) as Store,
    });
    const coordinator = await counted.signIn(await counted.addMember('coordinator'));
    const mpMember = await counted.addMember('mp');
    const mp = await counted.signIn(mpMember);
    const c = await counted.createCase(coordinator, { riskStatus: 'detained', visibility: 'public' });
    const logged = async (method: string, path: string, cookie: string, body?: unknown, headers?: Record<string, string>) => {
      calls = 0;
      const res = await counted.json(method, path, { cookie, body, headers });
      return { status: res.status, calls, res };
    };
    const results = [
      await logged('POST', `/api/cases/${c.id}/pledges`, mp, { actions: ['joint_letter'], twin: true }),
      await logged('GET', `/api/cases/${c.id}/pledges`, mp),
      await logged('PATCH', `/api/cases/${c.id}/pledges/${mpMember.id}`, mp, { note: 'n' }, { 'if-match': '"1"' }),
      await logged('POST', `/api/cases/${c.id}/actions`, mp, { ...action, type: 'joint_letter' }, { 'idempotency-key': 'budget-key-1' }),
      await logged('POST', `/api/cases/${c.id}/actions`, mp, { ...action, type: 'joint_letter' }, { 'idempotency-key': 'budget-key-1' }),
      await logged('GET', `/api/cases/${c.id}/actions`, mp),
      await logged('GET', '/api/me/pledges', mp),
      await logged('GET', `/cases/${c.id}`, mp),
      await logged('GET', '/my-cases', mp),
      await logged('DELETE', `/api/cases/${c.id}/twin`, coordinator),
    ];
    const actionId = (await bodyOf(results[3]!.res)).id;
    results.push(await logged('PUT', `/api/cases/${c.id}/actions/${actionId}/verification`, coordinator, { state: 'verified' }, { 'if-match': '"1"' }));
    const other = await counted.signIn(await counted.addMember('mp'));
    results.push(await logged('POST', `/api/cases/${c.id}/actions/${actionId}/co-signatures`, other));
    results.push(await logged('DELETE', `/api/cases/${c.id}/pledges/${mpMember.id}`, mp, undefined, { 'if-match': '"3"' }));
    expect(results.map((r) => r.status)).toEqual([201, 200, 200, 201, 201, 200, 200, 200, 200, 204, 200, 201, 204]);
    expect(Math.max(...results.map((r) => r.calls))).toBeLessThanOrEqual(3);
  });
});
