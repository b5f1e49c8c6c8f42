/** The demo network that `npm start` writes shows adoption: pledges, a twin, actions, a joint letter, verification. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let members: Map<string, Member>;
let cases: DefenderCase[];

beforeAll(async () => {
  h = await makeHarness();
  members = await seedDemo(h.deps);
  const cookie = await h.signIn(members.get('coordinator@example.org')!);
  cases = (await bodyOf(await h.json('GET', '/api/cases?limit=100', { cookie }))).items;
});

describe('demo adoption', () => {
  it('some cases have adopters, one of them a twin, and others none (gaps to fill)', async () => {
    const adopted = cases.filter((c) => c.adopterCount > 0);
    expect(adopted.length).toBeGreaterThanOrEqual(3);
    expect(cases.some((c) => c.adopterCount === 0)).toBe(true);
    const julian = cases.find((c) => c.defenderName === 'Julián Mora')!;
    const bundle = await h.store.getCaseBundle(julian.id);
    expect(bundle!.case.adopterCount).toBe(2);
    expect(bundle!.twin?.memberId).toBe(members.get('mp.one@example.org')!.id);
    const letter = bundle!.actions.find((a) => a.type === 'joint_letter')!;
    expect(letter.coSigners!.map((s) => s.memberId)).toEqual([members.get('mp.two@example.org')!.id]);
  });

  it('mp.one@example.org sees their adoptions on "My cases", with what is done and verified', async () => {
    const cookie = await h.signIn(members.get('mp.one@example.org')!);
    const mine = await bodyOf(await h.json('GET', '/api/me/pledges', { cookie }));
    expect(mine.items.map((i: { case: DefenderCase }) => i.case.defenderName).sort()).toEqual(['Julián Mora', 'Rosa Ixchel']);
    const page = await (await h.app.request('/my-cases', { headers: { cookie } })).text();
    expect(page).toContain('Verified by a coordinator');
    expect(page).toContain('Still to do');
  });
});
