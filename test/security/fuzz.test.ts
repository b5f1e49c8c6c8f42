/**
 * Fuzzing every write route (fast-check, ≥ 1,000 inputs per route, against
 * DynamoDB Local): 0 responses ≥ 500; rejected inputs answer 400/413/415
 * with field errors and no stack frames, and write 0 items (the table is
 * counted before and after all of them); 100% of schema-valid inputs are
 * accepted.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_URL, bodyOf, fromAddress, makeHarness } from '../support/harness.ts';
import { expectedOutcome, fuzzInputs, STACK_FRAME, type FuzzInput } from './fuzz-kit.ts';
import { FUZZ_ROUTES, type FuzzContext } from './fuzz-routes.ts';

/** Runs `work` over `items`, at most `size` at a time. */
async function inPool<T>(size: number, items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: size }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

describe(`fuzzing ${FUZZ_ROUTES.length} write routes, ${RUNS} inputs each (seed ${SEED})`, () => {
  for (const route of FUZZ_ROUTES) {
    it(route.name, { timeout: 240_000 }, async () => {
      const h = await makeHarness();
      const coordinator = await h.signIn(await h.addMember('coordinator'));
      const mp = await h.addMember('mp');
      const asMp = await h.signIn(mp);
      // Planted values: the run-wide log check (test/setup) fails if any reaches a log line.
      const target = await h.createCase(coordinator, { visibility: 'public', defenderName: 'Planted Fuzz Defender' });
      await h.json('PUT', `/api/cases/${target.id}/sensitive`, {
        cookie: coordinator, headers: { 'if-match': '"0"' }, body: { contactDetails: 'planted-contact +1 555 0100', exactLocation: 'planted-location' },
      });
      // Public action is cleared (and withdrawn) on a case the defender did not make public.
      const network = await h.createCase(coordinator, { visibility: 'network' });
      await h.json('POST', `/api/cases/${target.id}/pledges`, { cookie: asMp, body: { actions: ['prison_visit'] } });
      const logged = await h.json('POST', `/api/cases/${target.id}/actions`, {
        cookie: asMp, body: { type: 'letter_authorities', date: '2026-11-01', description: 'Fuzz target', public: true },
      });
      const actionId = ((await logged.json()) as { id: string }).id;
      // A plain event to correct (never a hearing: the correction oracle assumes its type, fuzz-routes.ts).
      const posted = await h.json('POST', `/api/cases/${target.id}/events`, { cookie: coordinator, body: { type: 'update', date: '2026-11-02', title: 'Fuzz event' } });
      const eventId = ((await posted.json()) as { event: { id: string } }).event.id;
      const byCoordinator = (path: string) => async () => (await h.json('GET', path, { cookie: coordinator })).headers.get('etag')!;
      const fresh: FuzzContext = {
        caseId: target.id,
        caseEtag: async () => (await h.json('GET', `/api/cases/${target.id}`, { cookie: coordinator })).headers.get('etag')!,
        networkCaseId: network.id,
        networkCaseEtag: byCoordinator(`/api/cases/${network.id}`),
        // An audited read: it writes an audit line, so the rejected phase reads it once, before counting.
        sensitiveEtag: async () => (await h.json('GET', `/api/cases/${target.id}/sensitive`, { cookie: coordinator })).headers.get('etag')!,
        freshCase: async () => (await h.createCase(coordinator, { visibility: 'public' })).id,
        mpId: mp.id,
        pledgeEtag: byCoordinator(`/api/cases/${target.id}/pledges/${mp.id}`),
        actionId,
        actionEtag: byCoordinator(`/api/cases/${target.id}/actions/${actionId}`),
        eventId,
        eventEtag: async () => {
          const { items } = (await (await h.json('GET', `/api/cases/${target.id}/events`, { cookie: coordinator })).json()) as { items: { id: string; version: number }[] };
          return `"${items.find((e) => e.id === eventId)!.version}"`;
        },
        preferencesEtag: async () => (await h.json('GET', '/api/me/preferences', { cookie: asMp })).headers.get('etag')!,
        alertId: async () => {
          const res = await h.json('POST', `/api/cases/${target.id}/alerts`, {
            cookie: coordinator, body: { happened: 'Fuzz alert', asked: 'Fuzz ask', deadline: '2026-12-20T12:00:00Z' },
          });
          return ((await res.json()) as { id: string }).id;
        },
        spareMember: async () => (await h.addMember('mp')).id,
        pendingJoinRequest: async () => {
          const id = randomUUID();
          const at = h.clock.now().toISOString();
          await h.store.createJoinRequest(
            { id, name: 'Fuzz', email: `${id}@example.org`, role: 'mp', institution: 'P', country: 'FR', status: 'pending', createdAt: at, version: 1 },
            { id: randomUUID(), at, actorId: 'public', action: 'join.requested' },
          );
          return id;
        },
      };
      // Rejected inputs change nothing, so one value of each fixture serves them all.
      const once = {
        caseEtag: await fresh.caseEtag(), networkCaseEtag: await fresh.networkCaseEtag(), sensitiveEtag: await fresh.sensitiveEtag(), join: await fresh.pendingJoinRequest(),
        pledgeEtag: await fresh.pledgeEtag(), actionEtag: await fresh.actionEtag(), eventEtag: await fresh.eventEtag(), freshCase: await fresh.freshCase(),
        preferencesEtag: await fresh.preferencesEtag(), alertId: await fresh.alertId(), spareMember: await fresh.spareMember(),
      };
      const stable: FuzzContext = {
        ...fresh,
        caseEtag: async () => once.caseEtag,
        networkCaseEtag: async () => once.networkCaseEtag,
        sensitiveEtag: async () => once.sensitiveEtag,
        pendingJoinRequest: async () => once.join,
        pledgeEtag: async () => once.pledgeEtag,
        actionEtag: async () => once.actionEtag,
        eventEtag: async () => once.eventEtag,
        freshCase: async () => once.freshCase,
        preferencesEtag: async () => once.preferencesEtag,
        alertId: async () => once.alertId,
        spareMember: async () => once.spareMember,
      };
      let ctx = stable;
      const inputs = fc.sample(fuzzInputs(route.valid), { numRuns: RUNS, seed: SEED });
      const send = async (input: FuzzInput) => {
        if (route.rateLimited) h.clock.advance(3600 * 1000);
        const headers: Record<string, string> = {
          ...(route.as === 'anonymous' ? {} : { cookie: route.as === 'mp' ? asMp : coordinator }),
          ...(route.headers ? await route.headers(ctx) : {}),
          origin: APP_URL,
          'content-type': input.kind === 'raw' ? input.contentType : 'application/json',
        };
        const body = input.kind === 'raw' ? input.body : JSON.stringify(input.body);
        // Anonymous inputs come from clients of their own (the source address; headers do not count).
        const from = route.as === 'anonymous' ? fromAddress(`192.0.2.${inputs.indexOf(input) % 250}`) : undefined;
        return h.app.request(await route.path(ctx), { method: route.method, headers, body }, from);
      };

      const rejected = inputs.filter((i) => expectedOutcome(route.schema, i) === 'reject');
      const accepted = inputs.filter((i) => expectedOutcome(route.schema, i) === 'accept');

      const before = await h.count();
      const failures: string[] = [];
      // Rejections touch no state, so they run 8 at a time.
      await inPool(8, rejected, async (input) => {
        const res = await send(input);
        const text = await res.text();
        if (![400, 413, 415].includes(res.status)) failures.push(`${res.status} for ${JSON.stringify(input).slice(0, 200)}`);
        else if (res.status === 400 && !(JSON.parse(text).errors?.length > 0)) failures.push(`400 without field errors: ${text.slice(0, 200)}`);
        if (STACK_FRAME.test(text)) failures.push(`stack frame in ${text.slice(0, 200)}`);
      });
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(await h.count(), 'items written by rejected inputs').toBe(before);

      ctx = fresh;
      // Routes guarded by If-Match must see each other's versions: one at a time, unless each input has a target of its own.
      await inPool((route.headers && !route.ownTarget) || route.rateLimited ? 1 : 8, accepted, async (input) => {
        const res = await send(input);
        if (res.status >= 300) failures.push(`${res.status} for valid ${JSON.stringify(input).slice(0, 200)}: ${JSON.stringify(await bodyOf(res)).slice(0, 200)}`);
      });
      expect(failures, `seed ${SEED}`).toEqual([]);
      expect(rejected.length + accepted.length).toBe(RUNS);
      expect(accepted.length).toBeGreaterThan(RUNS / 10);
    });
  }
});
