/**
 * Logged actions, their verification, joint letters and de-confliction,
 * through the JSON API against DynamoDB Local.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { LoggedAction } from '#shared/pledges/index.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let asCoordinator: string;
let mp: Member;
let asMp: string;
let target: DefenderCase;

beforeEach(async () => {
  h = await makeHarness();
  asCoordinator = await h.signIn(await h.addMember('coordinator'));
  mp = await h.addMember('mp');
  asMp = await h.signIn(mp);
  target = await h.createCase(asCoordinator, { riskStatus: 'detained' });
  // These tests log public actions on a network case: a coordinator cleared public action on it (issue 16, item 3).
  target = await bodyOf(await h.json('PUT', `/api/cases/${target.id}/public-action-clearance`, {
    cookie: asCoordinator, headers: { 'if-match': '"1"' }, body: { cleared: true, basis: 'explicit_consent' },
  }));
});

// The harness clock reads 2026-11-23.
const visit = (over: Record<string, unknown> = {}) => ({
  type: 'prison_visit', date: '2026-11-20', description: 'Visited the defender in prison with the embassy.',
  evidenceUrl: 'https://parliament.example.org/records/visit-2026-11', public: true, ...over,
});
const logOn = (caseId: string, cookie: string, body: unknown = visit(), headers: Record<string, string> = {}) =>
  h.json('POST', `/api/cases/${caseId}/actions`, { cookie, body, headers });
const actionsAs = async (cookie?: string) =>
  ((await bodyOf(await h.json('GET', `/api/cases/${target.id}/actions`, { cookie }))).items as LoggedAction[]);

describe('logging an action', () => {
  it('an MP logs an action: 201, stored with its audit line, pending verification, author from the session', async () => {
    const before = await h.count();
    const res = await logOn(target.id, asMp);
    expect(res.status).toBe(201);
    const action = (await bodyOf(res)) as LoggedAction;
    expect(res.headers.get('location')).toBe(`/api/cases/${target.id}/actions/${action.id}`);
    expect(action).toMatchObject({ memberId: mp.id, memberName: mp.name, type: 'prison_visit', verification: { state: 'pending' }, version: 1 });
    // The action, its audit line, and the gap view's coverage markers: its type's, and "some action" (the risk gap's).
    expect(await h.count()).toBe(before + 4);
    expect((await actionsAs(asMp)).map((a) => a.id)).toEqual([action.id]);
  });

  it('ticks off the matching pledged action on "my pledges"', async () => {
    await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit', 'letter_authorities'] } });
    await logOn(target.id, asMp);
    const mine = await bodyOf(await h.json('GET', '/api/me/pledges', { cookie: asMp }));
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ done: ['prison_visit'], remaining: ['letter_authorities'] });
    expect(mine.items[0].actions[0].verification.state).toBe('pending');
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an http evidence link', visit({ evidenceUrl: 'http://parliament.example.org/q/1' }), 'evidenceUrl'],
    ['a javascript: link', visit({ evidenceUrl: 'javascript:alert(1)' }), 'evidenceUrl'],
    ['a future date', visit({ date: '2026-12-01' }), 'date'],
    ['a date that does not exist', visit({ date: '2026-02-30' }), 'date'],
    ['an unknown action type', visit({ type: 'lunch' }), 'type'],
    ['a member id in the body', visit({ memberId: '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f' }), 'memberId'],
    ['a blank description', visit({ description: '  ' }), 'description'],
  ];
  for (const [what, body, path] of bad) {
    it(`refuses ${what} (400 on ${path}), storing nothing`, async () => {
      const before = await h.count();
      const res = await logOn(target.id, asMp, body);
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(await h.count()).toBe(before);
    });
  }
});

describe('Idempotency-Key (QUALITY.md 4)', () => {
  it('the same key 10 times in sequence and 10 in parallel: 1 action, 1 audit line; another body is refused', async () => {
    const before = await h.count();
    const send = (body: unknown = visit()) => logOn(target.id, asMp, body, { 'idempotency-key': 'visit-2026-11-20-a' });
    const sequential: Response[] = [];
    for (let i = 0; i < 10; i++) sequential.push(await send());
    const parallel = await Promise.all(Array.from({ length: 10 }, () => send()));
    const all = [...sequential, ...parallel];
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(201));
    const ids = new Set(await Promise.all(all.map(async (r) => ((await bodyOf(r)) as LoggedAction).id)));
    expect(ids.size).toBe(1);
    // One action, one audit line, one idempotency record, two coverage markers (its type's, and "some action").
    expect(await h.count()).toBe(before + 5);
    expect((await actionsAs(asMp))).toHaveLength(1);

    const other = await send(visit({ description: 'Another text.' }));
    expect(other.status).toBe(422);
    expect(await h.count()).toBe(before + 5);
  });

  it('10 parallel first attempts with one key store exactly 1 action', async () => {
    const before = await h.count();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => logOn(target.id, asMp, visit(), { 'idempotency-key': 'parallel-first-1' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(await h.count()).toBe(before + 5);
  });

  it("another MP's use of the same key is their own: it creates their action and never replays the first", async () => {
    const headers = { 'idempotency-key': 'shared-key-123' };
    const first = (await bodyOf(await logOn(target.id, asMp, visit(), headers))) as LoggedAction;
    const otherMp = await h.addMember('mp');
    const second = (await bodyOf(await logOn(target.id, await h.signIn(otherMp), visit(), headers))) as LoggedAction;
    expect(second.id).not.toBe(first.id);
    expect(second.memberId).toBe(otherMp.id);
  });
});

describe('public and confidential actions (de-confliction without exposure)', () => {
  let confidential: LoggedAction;
  beforeEach(async () => {
    await logOn(target.id, asMp, visit({ public: true, type: 'letter_authorities' }));
    confidential = await bodyOf(await logOn(target.id, asMp, visit({ public: false, description: 'Confidential visit.' })));
  });

  it('the author and coordinators see both; another MP and a diplomat only the public one', async () => {
    expect((await actionsAs(asMp))).toHaveLength(2);
    expect((await actionsAs(asCoordinator))).toHaveLength(2);
    for (const cookie of [await h.signIn(await h.addMember('mp')), await h.signIn(await h.addMember('diplomat'))]) {
      const seen = await actionsAs(cookie);
      expect(seen.map((a) => a.type)).toEqual(['letter_authorities']);
      expect(JSON.stringify(seen)).not.toContain('Confidential visit.');
      expect((await h.json('GET', `/api/cases/${target.id}/actions/${confidential.id}`, { cookie })).status).toBe(404);
    }
  });

  it('lists newest first', async () => {
    await logOn(target.id, asMp, visit({ date: '2026-11-22', type: 'parliamentary_question' }));
    expect((await actionsAs(asMp)).map((a) => a.date)).toEqual(['2026-11-22', '2026-11-20', '2026-11-20']);
  });
});

describe('verification', () => {
  let action: LoggedAction;
  beforeEach(async () => {
    action = await bodyOf(await logOn(target.id, asMp));
  });
  const verify = (cookie: string, body: unknown, etag?: string) =>
    h.json('PUT', `/api/cases/${target.id}/actions/${action.id}/verification`, { cookie, body, headers: etag ? { 'if-match': etag } : {} });

  it('a coordinator verifies; the MP sees the state', async () => {
    const res = await verify(asCoordinator, { state: 'verified' }, '"1"');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"2"');
    const seen = await bodyOf(await h.json('GET', `/api/cases/${target.id}/actions/${action.id}`, { cookie: asMp }));
    expect(seen.verification.state).toBe('verified');
    expect(seen.verification).not.toHaveProperty('by');
  });

  it('asking for more needs a note; the MP corrects the evidence and the action awaits verification again', async () => {
    expect((await verify(asCoordinator, { state: 'needs_more_info' }, '"1"')).status).toBe(400);
    await verify(asCoordinator, { state: 'needs_more_info', note: 'Please link the official record.' }, '"1"');
    const mine = await bodyOf(await h.json('GET', '/api/me/pledges', { cookie: asMp }));
    expect(mine.items).toEqual([]); // no pledge on this case: the action alone does not make an adoption
    const seen = await bodyOf(await h.json('GET', `/api/cases/${target.id}/actions/${action.id}`, { cookie: asMp }));
    expect(seen.verification).toMatchObject({ state: 'needs_more_info', note: 'Please link the official record.' });

    const fixed = await h.json('PATCH', `/api/cases/${target.id}/actions/${action.id}`, {
      cookie: asMp, body: { evidenceUrl: 'https://parliament.example.org/records/official-1' }, headers: { 'if-match': '"2"' },
    });
    expect(fixed.status).toBe(200);
    expect(await bodyOf(fixed)).toMatchObject({ evidenceUrl: 'https://parliament.example.org/records/official-1', verification: { state: 'pending' }, version: 3 });
  });

  it('428 without If-Match, 412 when stale, 403 for MPs and diplomats', async () => {
    expect((await verify(asCoordinator, { state: 'verified' })).status).toBe(428);
    await verify(asCoordinator, { state: 'verified' }, '"1"');
    expect((await verify(asCoordinator, { state: 'verified' }, '"1"')).status).toBe(412);
    expect((await verify(asMp, { state: 'verified' }, '"2"')).status).toBe(403);
    expect((await verify(await h.signIn(await h.addMember('diplomat')), { state: 'verified' }, '"2"')).status).toBe(403);
  });
});

describe('joint letters', () => {
  let letter: LoggedAction;
  let otherMp: Member;
  let asOther: string;
  beforeEach(async () => {
    letter = await bodyOf(await logOn(target.id, asMp, visit({ type: 'joint_letter', description: 'Joint letter to the Attorney General.' })));
    otherMp = await h.addMember('mp');
    asOther = await h.signIn(otherMp);
  });
  const coSign = (cookie: string, id = letter.id) => h.json('POST', `/api/cases/${target.id}/actions/${id}/co-signatures`, { cookie });

  it('another MP co-signs: 201, shown with the letter, and ticks off their pledged joint letter', async () => {
    await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: asOther, body: { actions: ['joint_letter'] } });
    expect((await coSign(asOther)).status).toBe(201);
    const [seen] = await actionsAs(asCoordinator);
    expect(seen!.coSigners!.map((s) => s.memberId)).toEqual([otherMp.id]);
    const mine = await bodyOf(await h.json('GET', '/api/me/pledges', { cookie: asOther }));
    expect(mine.items[0]).toMatchObject({ done: ['joint_letter'], remaining: [] });
  });

  it('twice → 409; the author → 409; a diplomat → 403; a letter that is not joint → 409', async () => {
    await coSign(asOther);
    expect((await coSign(asOther)).status).toBe(409);
    expect((await coSign(asMp)).status).toBe(409);
    expect((await coSign(await h.signIn(await h.addMember('diplomat')))).status).toBe(403);
    const plain = (await bodyOf(await logOn(target.id, asMp))) as LoggedAction;
    expect((await coSign(asOther, plain.id)).status).toBe(409);
  });

  it('10 concurrent co-signatures by the same MP store 1', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => coSign(asOther)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    const [seen] = await actionsAs(asCoordinator);
    expect(seen!.coSigners).toHaveLength(1);
  });
});

describe('suggestions by status', () => {
  it('a detained defender: prison visit, trial observation, letter to the authorities', async () => {
    const res = await bodyOf(await h.json('GET', `/api/cases/${target.id}/suggestions`, { cookie: asMp }));
    expect(res.items.map((s: { action: string }) => s.action)).toEqual(['prison_visit', 'trial_observation', 'letter_authorities']);
  });
});
