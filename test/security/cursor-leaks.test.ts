/**
 * Cursors reveal nothing (QUALITY 17), as a property over every route that
 * hands one out, every caller and several filters, in a network where 210
 * restricted cases are newer than the visible ones and requests on hidden
 * cases are due first: (a) no cursor, read any way (raw, base64, base64url,
 * JSON), holds the id or key of an item the caller may not see; (b) cursors
 * are opaque: nothing in them reads as JSON or as a key, and the same page
 * asked twice gives two different cursors (a fresh nonce each time); (c) a
 * cursor is refused (400) for another caller and for another filter; (d)
 * paging returns every item the caller may see exactly once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { unsealCursor } from '#shared/paging/cursor.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { CALLERS, seedCursorWorld, type Caller, type CursorWorld } from './cursor-world.ts';
import { CURSOR_ROUTES, cursorOf, type CursorRoute } from './cursor-routes.ts';

let h: Harness;
let w: CursorWorld;
/** A second coordinator: coordinator-only cursors must not pass between two of them either. */
let otherCoordinator: string;

beforeAll(async () => {
  h = await makeHarness({ digestTrigger: { start: async () => undefined } });
  w = await seedCursorWorld(h);
  otherCoordinator = await h.signIn(await h.addMember('coordinator'));
}, 240_000);

const get = (path: string, cookie: string | undefined) => h.app.request(path, { headers: cookie ? { cookie } : {} });
const pathOf = (route: CursorRoute, filter: Record<string, string>, cursor?: string) =>
  `${route.path(w)}?${new URLSearchParams({ ...filter, ...(route.limit ? { limit: route.limit } : {}), ...(cursor ? { cursor } : {}) })}`;

interface Walk { cursors: string[]; ids: string[]; failure?: string }

async function walk(route: CursorRoute, caller: Caller, filter: Record<string, string>): Promise<Walk> {
  const cursors: string[] = [];
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 300; page++) {
    const res = await get(pathOf(route, filter, cursor), w.cookies[caller]);
    const text = await res.text();
    if (res.status !== 200) return { cursors, ids, failure: `${route.route} as ${caller} ${JSON.stringify(filter)}: ${res.status}` };
    if (route.ids) ids.push(...route.ids(JSON.parse(text)));
    cursor = cursorOf(res, text);
    if (!cursor) break;
    cursors.push(cursor);
  }
  return { cursors, ids };
}

/** Every way someone might read a cursor: the raw text, each dot-separated part, base64 and base64url of each. */
function readings(cursor: string): string[] {
  const parts = [cursor, ...cursor.split('.')];
  return parts.flatMap((p) => [p, Buffer.from(p, 'base64').toString('utf8'), Buffer.from(p, 'base64url').toString('utf8')]);
}

const leaksHidden = (cursor: string) => readings(cursor).some((r) => [...w.hidden].some((id) => r.includes(id)));
const readable = (cursor: string) =>
  readings(cursor).some((r) => /(CASE|REQUEST|COUNTRY|MEMBER|AUDIT|RUN)#|"pk"|"key"/.test(r) || (() => {
    try { return typeof JSON.parse(r) === 'object'; } catch { return false; }
  })());

/** The inside view: what the cursor holds, opened with the app's own key, must not name a hidden item either. */
const pointsAtHidden = (cursor: string) => {
  const held = JSON.stringify(unsealCursor(h.deps.secret, cursor) ?? null);
  return [...w.hidden].some((id) => held.includes(id));
};

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('list cursors', () => {
  it('the table lists every route that hands out a cursor', { timeout: 240_000 }, async () => {
    const handsOut = new Set<string>();
    const gets = h.app.routes.filter((r) => r.method === 'GET' && !/:(?!id\b)/.test(r.path));
    for (const r of gets) {
      const path = r.path.replace('/members/:id', `/members/${w.mp.id}`).replace(':id', w.auditedCase);
      for (const caller of CALLERS) {
        for (const query of ['?limit=1', '']) {
          const res = await get(`${path}${query}`, w.cookies[caller]);
          if (res.status === 200 && cursorOf(res, await res.text())) handsOut.add(`GET ${r.path}`);
        }
      }
    }
    expect(handsOut.size).toBeGreaterThan(5);
    expect([...handsOut].filter((r) => !CURSOR_ROUTES.some((c) => c.route === r)), 'cursor routes missing from the table').toEqual([]);
  });

  it('no cursor reveals a hidden item, every cursor is opaque, and paging returns every visible item once', { timeout: 300_000 }, async () => {
    let total = 0;
    let leaking = 0;
    let plain = 0;
    let sealedHidden = 0;
    const wrongLists: string[] = [];
    const failures: string[] = [];
    for (const route of CURSOR_ROUTES) {
      for (const caller of route.callers) {
        for (const filter of route.filters) {
          const { cursors, ids, failure } = await walk(route, caller, filter);
          if (failure) failures.push(failure);
          total += cursors.length;
          if (caller !== 'coordinator') {
            leaking += cursors.filter(leaksHidden).length;
            sealedHidden += cursors.filter(pointsAtHidden).length;
          }
          plain += cursors.filter(readable).length;
          if (route.expected && route.ids) {
            const want = sorted(route.expected(w, caller, filter));
            if (JSON.stringify(sorted(ids)) !== JSON.stringify(want)) {
              wrongLists.push(`${route.route} as ${caller} ${JSON.stringify(filter)}: got ${ids.length} (${new Set(ids).size} distinct), want ${want.length}`);
            }
          }
        }
      }
    }
    console.info(`cursors leaking hidden keys: ${leaking} of ${total}; readable: ${plain}; holding a hidden position (opened with the key): ${sealedHidden}`);
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThan(50);
    expect(leaking, 'cursors leaking hidden keys').toBe(0);
    expect(plain, 'readable cursors').toBe(0);
    expect(sealedHidden, 'cursors that, opened, point at a hidden item').toBe(0);
    expect(wrongLists).toEqual([]);
  });

  it('the same page asked twice gives two different cursors, both good', async () => {
    for (const route of CURSOR_ROUTES) {
      const caller = route.callers[0]!;
      const filter = route.filters[0]!;
      const first = await get(pathOf(route, filter), w.cookies[caller]);
      const a = cursorOf(first, await first.text());
      if (!a) continue;
      const again = await get(pathOf(route, filter), w.cookies[caller]);
      const b = cursorOf(again, await again.text());
      expect(b, route.route).toBeDefined();
      expect(b, route.route).not.toBe(a);
      for (const cursor of [a, b!]) expect((await get(pathOf(route, filter, cursor), w.cookies[caller])).status, route.route).toBe(200);
    }
  });

  it('a cursor is refused for another caller and for another filter', { timeout: 120_000 }, async () => {
    const accepted: string[] = [];
    let checks = 0;
    for (const route of CURSOR_ROUTES) {
      for (const caller of route.callers) {
        for (const filter of route.filters) {
          const first = await get(pathOf(route, filter), w.cookies[caller]);
          const cursor = cursorOf(first, await first.text());
          if (!cursor) continue;
          const others = [
            ...route.callers.filter((c) => c !== caller).map((c) => ({ who: c, cookie: w.cookies[c], f: filter })),
            ...(caller === 'coordinator' ? [{ who: 'another coordinator', cookie: otherCoordinator, f: filter }] : []),
            ...route.filters.filter((f) => f !== filter).map((f) => ({ who: `${caller} with ${JSON.stringify(f)}`, cookie: w.cookies[caller], f })),
          ];
          for (const other of others) {
            checks++;
            const res = await get(pathOf(route, other.f, cursor), other.cookie);
            if (res.status !== 400) accepted.push(`${route.route}: ${caller}'s cursor for ${JSON.stringify(filter)} used by ${other.who}: ${res.status}`);
          }
        }
      }
    }
    expect(checks).toBeGreaterThan(20);
    expect(accepted).toEqual([]);
  });
});
