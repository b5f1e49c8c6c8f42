/**
 * The visibility matrix (issue 3): every case visibility × every caller ×
 * every way a case can be seen, in one table. A hidden case answers 404.
 * Issue 16 adds the calendar feed (pause × feeds: a paused case is in no
 * feed; a feed names the defender and court of public cases only) and the
 * members a pause notice went to, who keep the case page and API but see
 * the case in no list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import { addHearing } from '#functions/local/seed-missions.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';

type Level =
  | 'public' | 'network' | 'restricted (not named)' | 'restricted (naming mp)'
  | 'paused' | 'paused (naming mp)' | 'paused (mp pledged)';
type Caller = 'anonymous' | 'mp' | 'another mp' | 'diplomat' | 'coordinator';
type Way = 'api' | 'page' | 'list' | 'list page' | 'export' | 'public page' | 'feed';

const LEVELS: Level[] = [
  'public', 'network', 'restricted (not named)', 'restricted (naming mp)', 'paused', 'paused (naming mp)', 'paused (mp pledged)',
];
const CALLERS: Caller[] = ['anonymous', 'mp', 'another mp', 'diplomat', 'coordinator'];
const WAYS: Way[] = ['api', 'page', 'list', 'list page', 'export', 'public page', 'feed'];

/** Who may see each level at all. */
const SEES: Record<Level, Caller[]> = {
  public: CALLERS,
  network: ['mp', 'another mp', 'diplomat', 'coordinator'],
  'restricted (not named)': ['coordinator'],
  'restricted (naming mp)': ['mp', 'coordinator'],
  paused: ['coordinator'],
  'paused (naming mp)': ['mp', 'coordinator'],
  'paused (mp pledged)': ['coordinator'],
};

/** Members the pause notice went to: they keep the case page and its API (to follow the guidance), nothing else. */
const NOTIFIED: Partial<Record<Level, Caller[]>> = { 'paused (mp pledged)': ['mp'] };

/** Expected: does the case show through this way for this caller? */
function expected(level: Level, caller: Caller, way: Way): boolean {
  if (way === 'export') return caller === 'coordinator';
  // A feed is read by third-party calendar servers: a paused case leaves every feed, coordinators' too.
  if (way === 'feed') return caller !== 'anonymous' && !cases[level].pausedAt && SEES[level].includes(caller);
  if ((way === 'api' || way === 'page') && NOTIFIED[level]?.includes(caller)) return true;
  // The public landing page is what anonymous visitors see; members are sent to their home.
  if (way === 'public page') return caller === 'anonymous' && level === 'public';
  return SEES[level].includes(caller);
}

let h: Harness;
const cookies = {} as Record<Exclude<Caller, 'anonymous'>, string>;
const cases = {} as Record<Level, DefenderCase>;
const courts = {} as Record<Level, string>;
const hearingIds = {} as Record<Level, string>;
const feeds = {} as Record<Exclude<Caller, 'anonymous'>, string>;
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
  await make('paused (naming mp)', { visibility: 'restricted', namedMemberIds: [mp.id], defenderName: 'Matrix named, then paused' });
  await make('paused (mp pledged)', { visibility: 'public', defenderName: 'Matrix pledged, then paused' });
  const pledged = await h.json('POST', `/api/cases/${cases['paused (mp pledged)'].id}/pledges`, { cookie: cookies.mp, body: { actions: ['public_statement'] } });
  expect(pledged.status).toBe(201);
  const soon = new Date(h.clock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
  for (const level of LEVELS) {
    courts[level] = `Court ${level} ${crypto.randomUUID().slice(0, 8)}`;
    hearingIds[level] = (await addHearing(h.deps, coordinator.id, cases[level].id, { hearingAt: `${soon}T09:30`, court: courts[level], title: 'Hearing' })).id;
  }
  for (const level of ['paused', 'paused (naming mp)', 'paused (mp pledged)'] as const) {
    const paused = await h.json('POST', `/api/cases/${cases[level].id}/pause`, {
      cookie: cookies.coordinator, body: { reason: 'Reprisal after a statement', basis: 'reprisal' },
    });
    expect(paused.status).toBe(200);
    cases[level] = (await bodyOf(paused)).case;
  }
  for (const caller of Object.keys(cookies) as Array<keyof typeof cookies>) {
    const res = await h.json('POST', '/api/calendar/feed', { cookie: cookies[caller] });
    feeds[caller] = ((await bodyOf(res)).url as string).replace(APP_URL, '');
  }
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
    case 'feed': {
      if (caller === 'anonymous') return false;
      const ics = await (await h.app.request(feeds[caller])).text();
      const shown = ics.includes(`hearing-${hearingIds[level]}@`);
      // The feed goes to a third-party calendar server: only a public case may be named there.
      const named = ics.includes(c.defenderName) || ics.includes(courts[level]);
      expect(named, `${level} named in the ${caller}'s feed`).toBe(shown && c.visibility === 'public');
      return shown;
    }
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

  it('covers 7 levels × 5 callers × 7 ways = 245 cells', () => {
    expect(LEVELS.length * CALLERS.length * WAYS.length).toBe(245);
  });
});
