/**
 * The gap view against DynamoDB Local, on the demo network: exactly the
 * seeded gaps, filterable by country, aged, for coordinators only; and a gap
 * closes when the matching action is logged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import type { Gap } from '#shared/missions/gap-rules.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let members: Map<string, Member>;
const cookies = {} as Record<'coordinator' | 'diplomat' | 'mp', string>;

const SEEDED_GAPS = [
  ['Julián Mora', 'detained_no_detention_visit'],
  ['Camilo Ortega Ruiz', 'on_trial_no_trial_observation'],
  ['Rosa Ixchel', 'on_trial_no_trial_observation'],
  ['Lawyer M. (pseudonym)', 'on_trial_no_trial_observation'],
  ['Aliaksei Nowak', 'detained_no_detention_visit'],
  ['Maria dos Santos', 'threatened_no_meeting'],
  ['Tran Van Minh', 'disappeared_no_demarche'],
];

const gapsOf = async (query = '') => {
  const res = await h.json('GET', `/api/gaps${query}`, { cookie: cookies.coordinator });
  expect(res.status).toBe(200);
  return (await bodyOf(res)) as { items: Gap[]; nextCursor: string | null };
};
const pairs = (gaps: Gap[]) => gaps.map((g) => [g.defenderName, g.rule]).sort();

beforeAll(async () => {
  h = await makeHarness();
  members = await seedDemo(h.deps);
  cookies.coordinator = await h.signIn(members.get('coordinator@example.org')!);
  cookies.diplomat = await h.signIn(members.get('diplomat@example.org')!);
  cookies.mp = await h.signIn(members.get('mp.one@example.org')!);
});

describe('the gap view', () => {
  it('lists exactly the seeded gaps (the threatened defender the mission met has none)', async () => {
    const { items, nextCursor } = await gapsOf();
    expect(pairs(items)).toEqual([...SEEDED_GAPS].sort());
    expect(nextCursor).toBeNull();
  });

  it('filters by country', async () => {
    expect(pairs((await gapsOf('?country=CO')).items)).toEqual([
      ['Camilo Ortega Ruiz', 'on_trial_no_trial_observation'],
      ['Julián Mora', 'detained_no_detention_visit'],
    ]);
    expect((await gapsOf('?country=NO')).items).toEqual([]);
  });

  it('says how long each gap has lasted', async () => {
    h.clock.advance(3 * 86_400_000);
    try {
      // Sessions last 12 hours: sign in again three days later.
      const later = await h.signIn(members.get('coordinator@example.org')!);
      const { items } = await bodyOf(await h.json('GET', '/api/gaps?country=CO', { cookie: later }));
      expect(items.map((g: Gap) => g.ageDays)).toEqual([3, 3]);
    } finally {
      h.clock.advance(-3 * 86_400_000);
    }
  });

  it('is for coordinators only: 403 for a diplomat and an MP, 401 signed out', async () => {
    expect((await h.json('GET', '/api/gaps', { cookie: cookies.diplomat })).status).toBe(403);
    expect((await h.json('GET', '/api/gaps', { cookie: cookies.mp })).status).toBe(403);
    expect((await h.json('GET', '/api/gaps')).status).toBe(401);
    expect((await h.json('GET', '/api/gaps?country=XX', { cookie: cookies.coordinator })).status).toBe(400);
  });

  it('a gap disappears when the matching action is logged, and only that gap', async () => {
    const julian = (await gapsOf('?country=CO')).items.find((g) => g.defenderName === 'Julián Mora')!;
    const unrelated = await h.json('POST', `/api/cases/${julian.caseId}/mission-actions`, {
      cookie: cookies.diplomat,
      body: { actionType: 'demarche', mission: 'EU Delegation to Colombia', date: '2026-11-22', outcome: 'Raised with the ministry.', confidential: true },
    });
    expect(unrelated.status).toBe(201);
    expect(pairs((await gapsOf()).items)).toEqual([...SEEDED_GAPS].sort());

    const visit = await h.json('POST', `/api/cases/${julian.caseId}/mission-actions`, {
      cookie: cookies.diplomat,
      body: { actionType: 'detention_visit', mission: 'EU Delegation to Colombia', date: '2026-11-23', outcome: 'Visited; in fair health.', confidential: true },
    });
    expect(visit.status).toBe(201);
    expect(pairs((await gapsOf()).items)).toEqual(SEEDED_GAPS.filter(([name]) => name !== 'Julián Mora').sort());
  });

  it('a case that enters a watched status opens a new gap, aged from that moment', async () => {
    const ana = (await bodyOf(await h.json('GET', '/api/cases?country=CO&q=ana&limit=5', { cookie: cookies.coordinator }))).items[0];
    h.clock.advance(60_000);
    const res = await h.json('PATCH', `/api/cases/${ana.id}`, {
      cookie: cookies.coordinator, headers: { 'if-match': `"${ana.version}"` }, body: { riskStatus: 'detained' },
    });
    expect(res.status).toBe(200);
    const gap = (await gapsOf('?country=CO')).items.find((g) => g.caseId === ana.id);
    expect(gap).toMatchObject({ rule: 'detained_no_detention_visit', ageDays: 0, since: h.clock.now().toISOString() });
  });

  it('an MP’s prison visit closes a "detained, no visit" gap too (MPs’ actions count)', async () => {
    const aliaksei = (await gapsOf()).items.find((g) => g.defenderName === 'Aliaksei Nowak')!;
    expect(aliaksei.rule).toBe('detained_no_detention_visit');
    h.clock.advance(60_000);
    const visit = await h.json('POST', `/api/cases/${aliaksei.caseId}/actions`, {
      cookie: cookies.mp, body: { type: 'prison_visit', date: '2026-11-22', description: 'Visited him in the remand prison.' },
    });
    expect(visit.status).toBe(201);
    expect((await gapsOf()).items.find((g) => g.caseId === aliaksei.caseId)).toBeUndefined();
  });
});
