/**
 * Visibility from day one: who sees which case, through the API and the
 * pages, and lists with filters and cursors (DynamoDB Local).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase, Visibility } from '#shared/domain/case.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
const byVisibility = {} as Record<Visibility, DefenderCase>;
const cookies = {} as Record<'coordinator' | 'mp' | 'diplomat', string>;

beforeAll(async () => {
  h = await makeHarness();
  cookies.coordinator = await h.signIn(await h.addMember('coordinator'));
  cookies.mp = await h.signIn(await h.addMember('mp'));
  cookies.diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO' }));
  for (const visibility of ['public', 'network', 'restricted'] as const) {
    byVisibility[visibility] = await h.createCase(cookies.coordinator, { visibility, defenderName: `Defender ${visibility}` });
  }
});

type Caller = 'anonymous' | 'mp' | 'diplomat' | 'coordinator';
const callers: Caller[] = ['anonymous', 'mp', 'diplomat', 'coordinator'];
const cookieOf = (who: Caller) => (who === 'anonymous' ? undefined : cookies[who]);

/** Expected: may this caller see a case of this visibility? */
const MATRIX: Record<Visibility, Record<Caller, boolean>> = {
  public: { anonymous: true, mp: true, diplomat: true, coordinator: true },
  network: { anonymous: false, mp: true, diplomat: true, coordinator: true },
  restricted: { anonymous: false, mp: false, diplomat: false, coordinator: true },
};

describe('the visibility matrix (API, page, list)', () => {
  for (const visibility of ['public', 'network', 'restricted'] as const) {
    for (const who of callers) {
      const allowed = MATRIX[visibility][who];
      it(`${visibility} case, ${who}: ${allowed ? 'visible' : '404 and absent from lists'}`, async () => {
        const c = byVisibility[visibility];
        const cookie = cookieOf(who);
        const api = await h.json('GET', `/api/cases/${c.id}`, { cookie });
        expect(api.status).toBe(allowed ? 200 : 404);
        const page = await h.app.request(`/cases/${c.id}`, { headers: cookie ? { cookie } : {} });
        expect(page.status).toBe(allowed ? 200 : 404);
        const pageHtml = await page.text();
        expect(pageHtml.includes(c.defenderName)).toBe(allowed);

        const list = await h.json('GET', '/api/cases?limit=100', { cookie });
        const ids = ((await bodyOf(list)).items as DefenderCase[]).map((x) => x.id);
        expect(ids.includes(c.id)).toBe(allowed);
        const listPage = await (await h.app.request('/cases', { headers: cookie ? { cookie } : {} })).text();
        expect(listPage.includes(c.defenderName)).toBe(allowed);
      });
    }
  }

  it('a hidden case answers exactly like a case that does not exist', async () => {
    const hidden = await h.json('GET', `/api/cases/${byVisibility.restricted.id}`, { cookie: cookies.mp });
    const missing = await h.json('GET', '/api/cases/00000000-0000-4000-8000-000000000000', { cookie: cookies.mp });
    const strip = (p: Record<string, unknown>) => ({ ...p, requestId: undefined });
    expect(strip(await bodyOf(hidden))).toEqual(strip(await bodyOf(missing)));
  });

  it('non-coordinators do not receive internal editor ids; anonymous callers not even the visibility level', async () => {
    const asMp = await bodyOf(await h.json('GET', `/api/cases/${byVisibility.network.id}`, { cookie: cookies.mp }));
    expect(asMp).not.toHaveProperty('createdBy');
    expect(asMp).not.toHaveProperty('updatedBy');
    expect(asMp.visibility).toBe('network');
    const anonymous = await bodyOf(await h.json('GET', `/api/cases/${byVisibility.public.id}`));
    expect(anonymous).not.toHaveProperty('createdBy');
    expect(anonymous).not.toHaveProperty('visibility');
  });
});

describe('lists: filters and cursors', () => {
  let lists: Harness;
  let asCoordinator: string;
  beforeAll(async () => {
    lists = await makeHarness();
    asCoordinator = await lists.signIn(await lists.addMember('coordinator'));
    const specs = [
      ...Array.from({ length: 7 }, (_, i) => ({ country: 'CO', riskStatus: 'detained' as const, themes: ['labour' as const], defenderName: `Colombia ${i}` })),
      ...Array.from({ length: 5 }, (_, i) => ({ country: 'KE', riskStatus: 'threatened' as const, themes: ['journalism' as const], defenderName: `Kenya ${i}` })),
      { country: 'KE', riskStatus: 'detained' as const, themes: ['journalism' as const, 'labour' as const], defenderName: 'Kenya detained' },
    ];
    for (const spec of specs) {
      lists.clock.advance(1000);
      await lists.createCase(asCoordinator, { ...spec, visibility: 'public' });
    }
    // A network case that anonymous filters must never return.
    await lists.createCase(asCoordinator, { country: 'KE', riskStatus: 'detained', visibility: 'network', defenderName: 'Kenya hidden' });
  });

  const names = async (query: string, cookie?: string) => {
    const res = await lists.json('GET', `/api/cases?${query}`, { cookie });
    expect(res.status).toBe(200);
    return ((await bodyOf(res)).items as DefenderCase[]).map((c) => c.defenderName);
  };

  it('filters by country, newest first', async () => {
    expect(await names('country=KE&limit=100')).toEqual(['Kenya detained', 'Kenya 4', 'Kenya 3', 'Kenya 2', 'Kenya 1', 'Kenya 0']);
  });

  it('filters by status and by theme, alone or with a country', async () => {
    expect((await names('status=detained&limit=100')).sort()).toEqual([...Array.from({ length: 7 }, (_, i) => `Colombia ${i}`), 'Kenya detained'].sort());
    expect(await names('country=KE&status=detained')).toEqual(['Kenya detained']);
    expect((await names('theme=labour&limit=100')).length).toBe(8);
    expect(await names('country=ke&theme=labour')).toEqual(['Kenya detained']);
  });

  it('walks every page with the cursor, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await lists.json('GET', `/api/cases?limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const body = (await bodyOf(res)) as { items: DefenderCase[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(4);
      seen.push(...body.items.map((c) => c.defenderName));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
    expect(seen).not.toContain('Kenya hidden');
  });

  it('walks a filtered list with the cursor too', async () => {
    const first = await bodyOf(await lists.json('GET', '/api/cases?status=detained&limit=3'));
    const second = await bodyOf(await lists.json('GET', `/api/cases?status=detained&limit=10&cursor=${encodeURIComponent(first.nextCursor)}`));
    const all = [...first.items, ...second.items].map((c: DefenderCase) => c.defenderName);
    expect(all).toHaveLength(8);
    expect(new Set(all).size).toBe(8);
  });

  it('refuses a tampered cursor, and a cursor reused with other filters, with 400 on cursor', async () => {
    const { nextCursor } = await bodyOf(await lists.json('GET', '/api/cases?limit=2'));
    const tampered = await lists.json('GET', `/api/cases?cursor=${encodeURIComponent(`x${nextCursor}`)}`);
    expect(tampered.status).toBe(400);
    expect((await bodyOf(tampered)).errors[0].path).toBe('cursor');
    const otherFilters = await lists.json('GET', `/api/cases?country=KE&cursor=${encodeURIComponent(nextCursor)}`);
    expect(otherFilters.status).toBe(400);
  });

  it('refuses unknown query parameters and out-of-range limits', async () => {
    expect((await lists.json('GET', '/api/cases?sort=name')).status).toBe(400);
    expect((await lists.json('GET', '/api/cases?limit=0')).status).toBe(400);
    expect((await lists.json('GET', '/api/cases?limit=101')).status).toBe(400);
    expect((await lists.json('GET', '/api/cases?country=XX')).status).toBe(400);
  });
});
