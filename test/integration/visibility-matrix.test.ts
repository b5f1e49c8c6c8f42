/**
 * The visibility matrix (issue 3): every case visibility × every caller ×
 * every way a case can be seen, in one table. A hidden case answers 404.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';

type Level = 'public' | 'network' | 'restricted (not named)' | 'restricted (naming mp)' | 'paused';
type Caller = 'anonymous' | 'mp' | 'another mp' | 'diplomat' | 'coordinator';
type Way = 'api' | 'page' | 'list' | 'list page' | 'export' | 'public page';

const LEVELS: Level[] = ['public', 'network', 'restricted (not named)', 'restricted (naming mp)', 'paused'];
const CALLERS: Caller[] = ['anonymous', 'mp', 'another mp', 'diplomat', 'coordinator'];
const WAYS: Way[] = ['api', 'page', 'list', 'list page', 'export', 'public page'];

/** Who may see each level at all. */
const SEES: Record<Level, Caller[]> = {
  public: CALLERS,
  network: ['mp', 'another mp', 'diplomat', 'coordinator'],
  'restricted (not named)': ['coordinator'],
  'restricted (naming mp)': ['mp', 'coordinator'],
  paused: ['coordinator'],
};

/** Expected: does the case show through this way for this caller? */
function expected(level: Level, caller: Caller, way: Way): boolean {
  if (way === 'export') return caller === 'coordinator';
  // The public landing page is what anonymous visitors see; members are sent to their home.
  if (way === 'public page') return caller === 'anonymous' && level === 'public';
  return SEES[level].includes(caller);
}

let h: Harness;
const cookies = {} as Record<Exclude<Caller, 'anonymous'>, string>;
const cases = {} as Record<Level, DefenderCase>;
let mp: Member;

beforeAll(async () => {
  h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  mp = await h.addMember('mp');
  cookies.coordinator = await h.signIn(coordinator);
  cookies.mp = await h.signIn(mp);
  cookies['another mp'] = await h.signIn(await h.addMember('mp'));
  cookies.diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO' }));
  const make = (level: Level, input: Record<string, unknown>) =>
    h.createCase(cookies.coordinator, { defenderName: `Matrix ${level}`, ...input }).then((c) => (cases[level] = c));
  await make('public', { visibility: 'public' });
  await make('network', { visibility: 'network' });
  await make('restricted (not named)', { visibility: 'restricted' });
  await make('restricted (naming mp)', { visibility: 'restricted', namedMemberIds: [mp.id] });
  await make('paused', { visibility: 'public' });
  const paused = await h.json('POST', `/api/cases/${cases.paused.id}/pause`, { cookie: cookies.coordinator, body: { reason: 'Reprisal after a statement' } });
  expect(paused.status).toBe(200);
});

async function shows(level: Level, caller: Caller, way: Way): Promise<boolean> {
  const c = cases[level];
  const cookie = caller === 'anonymous' ? undefined : cookies[caller];
  const headers: Record<string, string> = cookie ? { cookie } : {};
  switch (way) {
    case 'api': {
      const res = await h.json('GET', `/api/cases/${c.id}`, { cookie });
      expect([200, 404]).toContain(res.status);
      return res.status === 200;
    }
    case 'page': {
      const res = await h.app.request(`/cases/${c.id}`, { headers });
      expect([200, 404]).toContain(res.status);
      const seen = (await res.text()).includes(c.defenderName);
      expect(seen).toBe(res.status === 200);
      return seen;
    }
    case 'list':
      return ((await bodyOf(await h.json('GET', '/api/cases?limit=100', { cookie }))).items as DefenderCase[]).some((x) => x.id === c.id);
    case 'list page':
      return (await (await h.app.request('/cases', { headers })).text()).includes(c.defenderName);
    case 'export': {
      const res = await h.app.request('/api/exports/cases.csv', { headers });
      return res.status === 200 && (await res.text()).includes(c.id);
    }
    case 'public page':
      return (await (await h.app.request('/', { headers })).text()).includes(c.defenderName);
  }
}

describe('the visibility matrix', () => {
  for (const level of LEVELS) {
    for (const caller of CALLERS) {
      it(`${level} × ${caller}`, async () => {
        const got = Object.fromEntries(await Promise.all(WAYS.map(async (way) => [way, await shows(level, caller, way)] as const)));
        const want = Object.fromEntries(WAYS.map((way) => [way, expected(level, caller, way)]));
        expect(got).toEqual(want);
      });
    }
  }

  it('covers 5 levels × 5 callers × 6 ways = 150 cells', () => {
    expect(LEVELS.length * CALLERS.length * WAYS.length).toBe(150);
  });
});
