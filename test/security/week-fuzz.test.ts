/**
 * The `:week` parameter of every digest route, fuzzed (fast-check) as a
 * coordinator, the one caller who gets past the role check: weeks of every
 * year from 0000 to 9999, week numbers 00 to 99, and the edges (the last
 * weeks of 9999, whose digest window would run into year 10000). Each
 * answer is a success or a 4xx problem, never a 500.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, makeHarness, type Harness } from '../support/harness.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const EDGES = ['9999-W52', '9999-W51', '9999-W50', '9999-W01', '0000-W01', '0001-W01', '0099-W52', '1970-W01', '2026-W53', '2020-W53', '2026-W00'];

let h: Harness;
let coordinator: string;
let memberId: string;

beforeAll(async () => {
  h = await makeHarness({ digestTrigger: { start: async () => undefined } });
  coordinator = await h.signIn(await h.addMember('coordinator'));
  memberId = (await h.addMember('mp')).id;
  await h.createCase(coordinator, { visibility: 'public' });
});

/** How to call each digest route for a week; a route the app adds without a line here fails the test. */
function callFor(method: string, route: string, week: string): { path: string; init: RequestInit } | undefined {
  const path = route.replace(':week', week);
  const json = (body: unknown) => ({ method, headers: { cookie: coordinator, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const form = (body: Record<string, string>) => ({
    method, headers: { cookie: coordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString(),
  });
  const calls: Record<string, { path: string; init: RequestInit }> = {
    'GET /api/digests/:week/preview': { path: `${path}?member=${memberId}`, init: { headers: { cookie: coordinator } } },
    'POST /api/digests/:week/test': { path, init: json({ member: memberId }) },
    'POST /api/digests/:week/runs': { path, init: { method, headers: { cookie: coordinator } } },
    'GET /digests/:week': { path: `${path}?member=${memberId}`, init: { headers: { cookie: coordinator } } },
    'GET /digests/:week/email.html': { path: `${path}?member=${memberId}`, init: { headers: { cookie: coordinator } } },
    'GET /digests/:week/send': { path, init: { headers: { cookie: coordinator } } },
    'POST /digests/:week/test': { path, init: form({ member: memberId }) },
    'POST /digests/:week/send': { path, init: form({}) },
  };
  return calls[`${method} ${route}`];
}

const weeks = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }))
  .map(([year, week]) => `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`);

describe(`the week of every digest route, ${RUNS} weeks each plus ${EDGES.length} edges (seed ${SEED})`, () => {
  it('answers a success or a 4xx problem, never a 500', { timeout: 240_000 }, async () => {
    const routes = h.app.routes.filter((r) => r.method !== 'ALL' && r.path.includes(':week'));
    expect(routes.length).toBeGreaterThanOrEqual(7);
    const failures: string[] = [];
    for (const route of routes) {
      for (const week of [...EDGES, ...fc.sample(weeks, { numRuns: RUNS, seed: SEED })]) {
        const call = callFor(route.method, route.path, week);
        if (!call) {
          failures.push(`${route.method} ${route.path}: no call known for this route`);
          break;
        }
        const res = await h.app.request(call.path, call.init);
        const text = await res.text();
        if (res.status >= 500) failures.push(`${route.method} ${route.path} with ${week}: ${res.status}`);
        else if (res.status >= 400 && route.path.startsWith('/api/') && !text.includes('"urn:tandem:problem:')) failures.push(`${route.method} ${route.path} with ${week}: ${res.status} without a problem body`);
      }
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
  });
});
