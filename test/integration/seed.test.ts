/** The fictional demo network that `npm start` writes into an empty table. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import { seedDemo, DEMO_MEMBERS } from '#functions/local/seed.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let cases: DefenderCase[];

beforeAll(async () => {
  h = await makeHarness();
  const members = await seedDemo(h.deps);
  const coordinator = members.get('coordinator@example.org')!;
  const cookie = await h.signIn(coordinator);
  cases = (await bodyOf(await h.json('GET', '/api/cases?limit=100', { cookie }))).items;
});

describe('the demo network', () => {
  it('has at least 12 cases across several countries, statuses and themes, and all three visibilities', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(cases.map((c) => c.country)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(cases.flatMap((c) => c.riskStatuses)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(cases.flatMap((c) => c.themes)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(cases.map((c) => c.visibility))).toEqual(new Set(['public', 'network', 'restricted']));
  });

  it('has the four demo accounts, each able to sign in with its role', async () => {
    expect(DEMO_MEMBERS.map((m) => [m.email, m.role])).toEqual([
      ['coordinator@example.org', 'coordinator'],
      ['mp.one@example.org', 'mp'],
      ['mp.two@example.org', 'mp'],
      ['diplomat@example.org', 'diplomat'],
    ]);
    for (const demo of DEMO_MEMBERS) {
      const id = await h.store.getMemberIdByEmail(demo.email);
      const member = await h.store.getMember(id!);
      const cookie = await h.signIn(member!);
      expect((await bodyOf(await h.json('GET', '/api/me', { cookie }))).role).toBe(demo.role);
    }
  });

  it('posts the diplomat to a country that has seeded cases', () => {
    const diplomat = DEMO_MEMBERS.find((m) => m.role === 'diplomat')!;
    expect(cases.some((c) => c.country === diplomat.country)).toBe(true);
  });
});
