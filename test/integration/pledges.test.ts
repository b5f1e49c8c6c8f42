/** Pledges and twinning through the JSON API, against DynamoDB Local. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { Pledge } from '#shared/pledges/index.ts';
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
});

const pledgeOn = (caseId: string, cookie: string, body: unknown = { actions: ['prison_visit', 'letter_authorities'] }) =>
  h.json('POST', `/api/cases/${caseId}/pledges`, { cookie, body });

const adopterCount = async (caseId: string) => (await h.store.getCase(caseId))!.adopterCount;

describe('adopting a case', () => {
  it('an MP pledges: 201 with Location and ETag; the case counts 1 adopter; its version does not move', async () => {
    const res = await pledgeOn(target.id, asMp, { actions: ['prison_visit'], note: 'Will ask for a visit in December.' });
    expect(res.status).toBe(201);
    const pledge = (await bodyOf(res)) as Pledge;
    expect(res.headers.get('location')).toBe(`/api/cases/${target.id}/pledges/${mp.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(pledge).toMatchObject({ caseId: target.id, memberId: mp.id, memberName: mp.name, actions: ['prison_visit'], twin: false, version: 1 });
    expect(await h.store.getCase(target.id)).toMatchObject({ adopterCount: 1, version: target.version });

    const read = await h.json('GET', `/api/cases/${target.id}/pledges/${mp.id}`, { cookie: asMp });
    expect(read.headers.get('etag')).toBe('"1"');
    expect(await bodyOf(read)).toEqual(pledge);
  });

  it('writes the pledge and its audit line with the counter, in one transaction', async () => {
    const before = await h.count();
    await pledgeOn(target.id, asMp);
    // The pledge and the audit line are new items; the counter lives on the case.
    expect(await h.count()).toBe(before + 2);
  });

  it('a second pledge by the same MP → 409, the count stays 1', async () => {
    await pledgeOn(target.id, asMp);
    const again = await pledgeOn(target.id, asMp);
    expect(again.status).toBe(409);
    expect((await bodyOf(again)).detail).toContain('already pledged');
    expect(await adopterCount(target.id)).toBe(1);
  });

  it('the case lists its adopters and count for members', async () => {
    const other = await h.addMember('mp');
    await pledgeOn(target.id, asMp);
    await pledgeOn(target.id, await h.signIn(other), { actions: ['trial_observation'] });
    const list = await bodyOf(await h.json('GET', `/api/cases/${target.id}/pledges`, { cookie: asCoordinator }));
    expect(list.adopterCount).toBe(2);
    expect(list.items.map((p: Pledge) => p.memberId).sort()).toEqual([mp.id, other.id].sort());
  });

  it('refuses unknown actions, an empty list, repeated actions and unknown fields, naming the field', async () => {
    const bad: Array<[unknown, string]> = [
      [{ actions: ['gardening'] }, 'actions.0'],
      [{ actions: [] }, 'actions'],
      [{ actions: ['prison_visit', 'prison_visit'] }, 'actions'],
      [{ actions: ['prison_visit'], memberId: mp.id }, 'memberId'],
      [{ actions: ['prison_visit'], note: 'x'.repeat(1001) }, 'note'],
    ];
    const before = await h.count();
    for (const [body, path] of bad) {
      const res = await pledgeOn(target.id, asMp, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await bodyOf(res)).errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await h.count()).toBe(before);
  });

  it('a closed case takes no new pledge (409)', async () => {
    const closed = await h.createCase(asCoordinator, { state: 'closed', closedReason: 'Defender safe abroad.' });
    expect((await pledgeOn(closed.id, asMp)).status).toBe(409);
  });
});

describe('changing and withdrawing a pledge', () => {
  beforeEach(async () => {
    await pledgeOn(target.id, asMp);
  });
  const url = () => `/api/cases/${target.id}/pledges/${mp.id}`;

  it('changes with the current ETag; 428 without If-Match; 412 when stale', async () => {
    expect((await h.json('PATCH', url(), { cookie: asMp, body: { note: 'x' } })).status).toBe(428);
    const ok = await h.json('PATCH', url(), { cookie: asMp, body: { actions: ['trial_observation'], note: 'Changed.' }, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await h.json('PATCH', url(), { cookie: asMp, body: { note: 'Stale.' }, headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(await bodyOf(await h.json('GET', url(), { cookie: asMp }))).toMatchObject({ actions: ['trial_observation'], note: 'Changed.', version: 2 });
  });

  it('a note can be cleared with null', async () => {
    await h.json('PATCH', url(), { cookie: asMp, body: { note: 'Temporary.' }, headers: { 'if-match': '"1"' } });
    const cleared = await bodyOf(await h.json('PATCH', url(), { cookie: asMp, body: { note: null }, headers: { 'if-match': '"2"' } }));
    expect(cleared).not.toHaveProperty('note');
  });

  it('withdraws with If-Match: 204, the pledge is gone and the count back to 0; pledging again works', async () => {
    expect((await h.json('DELETE', url(), { cookie: asMp })).status).toBe(428);
    expect((await h.json('DELETE', url(), { cookie: asMp, headers: { 'if-match': '"9"' } })).status).toBe(412);
    const res = await h.json('DELETE', url(), { cookie: asMp, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(204);
    expect((await h.json('GET', url(), { cookie: asMp })).status).toBe(404);
    expect(await adopterCount(target.id)).toBe(0);
    expect((await pledgeOn(target.id, asMp)).status).toBe(201);
    expect(await adopterCount(target.id)).toBe(1);
  });
});

describe('twinning', () => {
  it('a pledge that asks to twin holds the twin place; a second MP asking gets 409 and nothing is stored', async () => {
    const first = await pledgeOn(target.id, asMp, { actions: ['prison_visit'], twin: true });
    expect(first.status).toBe(201);
    const other = await h.signIn(await h.addMember('mp'));
    const before = await h.count();
    const second = await pledgeOn(target.id, other, { actions: ['prison_visit'], twin: true });
    expect(second.status).toBe(409);
    expect((await bodyOf(second)).detail).toContain('twinned');
    expect(await h.count()).toBe(before);
    expect(await adopterCount(target.id)).toBe(1);
    // Without twinning, the same MP can adopt.
    expect((await pledgeOn(target.id, other, { actions: ['prison_visit'] })).status).toBe(201);
  });

  it('giving up the twin place in an edit frees it for another MP', async () => {
    await pledgeOn(target.id, asMp, { actions: ['prison_visit'], twin: true });
    const otherMp = await h.addMember('mp');
    const other = await h.signIn(otherMp);
    await pledgeOn(target.id, other, { actions: ['prison_visit'] });
    const ask = () => h.json('PATCH', `/api/cases/${target.id}/pledges/${otherMp.id}`, { cookie: other, body: { twin: true }, headers: { 'if-match': '"1"' } });
    expect((await ask()).status).toBe(409);
    await h.json('PATCH', `/api/cases/${target.id}/pledges/${mp.id}`, { cookie: asMp, body: { twin: false }, headers: { 'if-match': '"1"' } });
    expect((await ask()).status).toBe(200);
    expect((await bodyOf(await h.json('GET', `/api/cases/${target.id}/pledges`, { cookie: asMp }))).twin.memberId).toBe(otherMp.id);
  });

  it('a coordinator ends a twinning: the pledge stays, without twin, and the place is free', async () => {
    await pledgeOn(target.id, asMp, { actions: ['prison_visit'], twin: true });
    expect((await h.json('DELETE', `/api/cases/${target.id}/twin`, { cookie: asMp })).status).toBe(403);
    expect((await h.json('DELETE', `/api/cases/${target.id}/twin`, { cookie: asCoordinator })).status).toBe(204);
    const list = await bodyOf(await h.json('GET', `/api/cases/${target.id}/pledges`, { cookie: asMp }));
    expect(list.twin).toBeNull();
    expect(list.items[0]).toMatchObject({ memberId: mp.id, twin: false, version: 2 });
    expect((await h.json('DELETE', `/api/cases/${target.id}/twin`, { cookie: asCoordinator })).status).toBe(404);
  });

  it('withdrawing a twin pledge frees the place', async () => {
    await pledgeOn(target.id, asMp, { actions: ['prison_visit'], twin: true });
    await h.json('DELETE', `/api/cases/${target.id}/pledges/${mp.id}`, { cookie: asMp, headers: { 'if-match': '"1"' } });
    const other = await h.signIn(await h.addMember('mp'));
    expect((await pledgeOn(target.id, other, { actions: ['prison_visit'], twin: true })).status).toBe(201);
  });
});

describe('under concurrency (QUALITY.md 1 and 2)', () => {
  it('50 MPs pledge on one case at once: 50 pledges stored, adopterCount 50, 0 responses ≥ 500', async () => {
    const mps = await Promise.all(Array.from({ length: 50 }, () => h.addMember('mp')));
    const cookies = await Promise.all(mps.map((m) => h.signIn(m)));
    const results = await Promise.all(cookies.map((cookie) => pledgeOn(target.id, cookie)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s >= 500)).toHaveLength(0);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    const stored = await h.store.getCaseBundle(target.id);
    expect(stored!.pledges).toHaveLength(50);
    expect(stored!.case.adopterCount).toBe(50);
    expect((await bodyOf(await h.json('GET', `/api/cases/${target.id}`, { cookie: asCoordinator }))).adopterCount).toBe(50);
  });

  it('20 MPs ask to twin at once: exactly 1 succeeds, 19 get 409, the stored twin is the winner', async () => {
    const mps = await Promise.all(Array.from({ length: 20 }, () => h.addMember('mp')));
    const cookies = await Promise.all(mps.map((m) => h.signIn(m)));
    const results = await Promise.all(cookies.map((cookie) => pledgeOn(target.id, cookie, { actions: ['prison_visit'], twin: true })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = mps[statuses.indexOf(201)]!;
    const stored = await h.store.getCaseBundle(target.id);
    expect(stored!.twin?.memberId).toBe(winner.id);
    expect(stored!.pledges.map((p) => p.memberId)).toEqual([winner.id]);
    expect(stored!.case.adopterCount).toBe(1);
  });

  it('20 already-adopting MPs ask to twin at once by editing: 1 × 200, 19 × 409', async () => {
    const mps = await Promise.all(Array.from({ length: 20 }, () => h.addMember('mp')));
    const cookies = await Promise.all(mps.map((m) => h.signIn(m)));
    await Promise.all(cookies.map((cookie) => pledgeOn(target.id, cookie)));
    const results = await Promise.all(
      mps.map((m, i) =>
        h.json('PATCH', `/api/cases/${target.id}/pledges/${m.id}`, { cookie: cookies[i], body: { twin: true }, headers: { 'if-match': '"1"' } }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const stored = await h.store.getCaseBundle(target.id);
    const twinned = stored!.pledges.filter((p) => p.twin);
    expect(twinned.map((p) => p.memberId)).toEqual([mps[statuses.indexOf(200)]!.id]);
    expect(stored!.twin?.memberId).toBe(twinned[0]!.memberId);
  });
});

describe("a coordinator's edit never overwrites the adopter count", () => {
  it('a pledge landing between the edit’s read and write: the edit succeeds and the count stays right', async () => {
    // Deterministic interleaving: the store pledges for another MP right after the edit has read the case.
    let raceOnce: (() => Promise<void>) | undefined;
    const raced = await makeHarness({
      store: (real) => ({
        ...real,
        getCase: async (id) => {
          const read = await real.getCase(id);
          const race = raceOnce;
          raceOnce = undefined;
          await race?.();
          return read;
        },
      }),
    });
    const coordinator = await raced.signIn(await raced.addMember('coordinator'));
    const c = await raced.createCase(coordinator);
    const rival = await raced.signIn(await raced.addMember('mp'));
    raceOnce = async () => {
      expect((await raced.json('POST', `/api/cases/${c.id}/pledges`, { cookie: rival, body: { actions: ['prison_visit'] } })).status).toBe(201);
    };
    const edit = () => raced.json('PATCH', `/api/cases/${c.id}`, { cookie: coordinator, body: { summary: 'Edited.' }, headers: { 'if-match': '"1"' } });
    // The edit sets every field but adopterCount, so the pledge that landed meanwhile is kept.
    expect((await edit()).status).toBe(200);
    expect(await raced.store.getCase(c.id)).toMatchObject({ adopterCount: 1, version: 2, summary: 'Edited.' });
  });
});
