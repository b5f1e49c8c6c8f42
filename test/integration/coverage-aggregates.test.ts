/**
 * The coverage aggregates kept by DynamoDB Streams equal a full recount.
 * Random writes go through the JSON API (so through the app's use cases):
 * cases, pledges and their withdrawal, MP actions, requests and their answers,
 * mission actions, pauses and closures, intake reports and their triage. The same stream poller `npm start`
 * runs applies DynamoDB Local's stream (drained every 250 writes and at the
 * end); the aggregates must then equal a recount from the base items
 * (test/support/coverage-recount.ts). A second poller reading the whole stream
 * again from its trim horizon must change nothing (idempotent per record).
 * FUZZ_RUNS sets the number of writes (200 by default), FUZZ_SEED the seed.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PARLIAMENTARY_ACTIONS } from '#shared/domain/parliamentary-actions.ts';
import { createDocumentClient } from '#functions/adapters/dynamo/index.ts';
import { inject } from 'vitest';
import { bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { coverageBeside, type CoverageBeside } from '../support/coverage.ts';
import { recount, scanAll } from '../support/coverage-recount.ts';
import { report } from '../support/intake-reports.ts';

// 200 in npm test (CI time); FUZZ_RUNS=1000 runs the full property (about 10 minutes on 2 cores).
const WRITES = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 1313);
const COUNTRIES = ['CO', 'GT', 'HN'] as const;
const EU_TYPES = ['meeting_hrds', 'trial_observation', 'demarche', 'detention_visit'] as const;
/** Actions an MP may log as non-public without co-signers. */
const LOGGABLE = PARLIAMENTARY_ACTIONS.filter((t) => t !== 'public_statement' && t !== 'social_media' && t !== 'joint_letter');

type Op =
  | { kind: 'case'; country: number }
  | { kind: 'pledge'; mp: number; c: number; actions: number[]; twin: boolean }
  | { kind: 'withdraw'; mp: number; c: number }
  | { kind: 'action'; mp: number; c: number; type: number; daysAgo: number }
  | { kind: 'request'; c: number; country: number; dueIn: number }
  | { kind: 'answer'; c: number; r: number; how: 'acknowledged' | 'declined' | 'withdrawn' }
  | { kind: 'mission'; c: number; type: number; daysAgo: number; fulfil: boolean }
  | { kind: 'pause'; c: number }
  | { kind: 'close'; c: number }
  | { kind: 'wait'; minutes: number }
  | { kind: 'report' }
  | { kind: 'triage'; r: number; to: number };

const n = fc.nat({ max: 1000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('case' as const), country: n }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('pledge' as const), mp: n, c: n, actions: fc.uniqueArray(fc.nat({ max: PARLIAMENTARY_ACTIONS.length - 1 }), { minLength: 1, maxLength: 3 }), twin: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), mp: n, c: n }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('action' as const), mp: n, c: n, type: n, daysAgo: fc.nat({ max: 400 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('request' as const), c: n, country: n, dueIn: fc.nat({ max: 60 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('answer' as const), c: n, r: n, how: fc.constantFrom('acknowledged' as const, 'declined' as const, 'withdrawn' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mission' as const), c: n, type: n, daysAgo: fc.nat({ max: 400 }), fulfil: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pause' as const), c: n }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), c: n }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('report' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('triage' as const), r: n, to: n }) },
);

/** The triage steps a report may take from each status (conversion has its own route, not drawn here). */
const TRIAGE_STEPS: Record<string, readonly string[]> = { new: ['in_review', 'duplicate', 'declined'], in_review: ['duplicate', 'declined'] };

let h: Harness;
let coverage: CoverageBeside;
beforeEach(async () => {
  h = await makeHarness({ stream: true });
  coverage = coverageBeside(h);
});
afterEach(async () => coverage.poller.stop());

const day = (date: Date, offsetDays: number) => new Date(date.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('coverage aggregates kept by the stream', () => {
  it(`after ${WRITES} random writes, equal a full recount from the base items; a replay of the whole stream changes nothing`, async () => {
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    const mpMembers = await Promise.all([0, 1, 2].map(() => h.addMember('mp')));
    const mps = await Promise.all(mpMembers.map((m) => h.signIn(m)));
    const diplomats = await Promise.all(COUNTRIES.map(async (country) => h.signIn(await h.addMember('diplomat', { country, mission: `EU Delegation ${country}` }))));
    const caseIds: string[] = [];
    const statuses = new Map<string, number>();
    /** Intake reports by id: their version and status, as the triage answers gave them. */
    const reports = new Map<string, { version: number; status: string }>();

    const run = async (o: Op): Promise<Response | undefined> => {
      const today = h.clock.now();
      const pick = <T>(list: readonly T[], i: number) => list[i % list.length];
      const caseId = caseIds.length ? pick(caseIds, 'c' in o ? o.c : 0)! : undefined;
      // Versions and ids for the writes that need them, read as a client would before writing.
      const needsBundle = ['withdraw', 'answer', 'mission', 'close'].includes(o.kind);
      const bundle = caseId ? (needsBundle ? await h.store.getCaseBundle(caseId) : { skipped: true }) : undefined;
      switch (o.kind) {
        case 'case': {
          const created = await h.createCase(coordinator, { country: pick(COUNTRIES, o.country), riskStatus: 'detained', visibility: 'network' });
          caseIds.push(created.id);
          return undefined;
        }
        case 'wait':
          h.clock.advance(o.minutes * 60_000);
          return undefined;
        case 'report': {
          const res = await h.json('POST', '/api/reports', { body: report(), from: h.nextAddress() });
          const newest = (await bodyOf(await h.json('GET', '/api/reports', { cookie: coordinator }))).items[0] as { id: string } | undefined;
          if (res.status === 202 && newest) reports.set(newest.id, { version: 1, status: 'new' });
          return res;
        }
        case 'triage': {
          const ids = [...reports.keys()];
          const id = ids.length ? pick(ids, o.r)! : undefined;
          const current = id ? reports.get(id)! : undefined;
          const steps = current ? TRIAGE_STEPS[current.status] : undefined;
          if (!id || !current || !steps) return undefined;
          const res = await h.json('PATCH', `/api/reports/${id}`, { cookie: coordinator, headers: { 'if-match': `"${current.version}"` }, body: { status: pick(steps, o.to) } });
          if (res.status === 200) {
            const saved = (await bodyOf(res.clone())) as { version: number; status: string };
            reports.set(id, { version: saved.version, status: saved.status });
          }
          return res;
        }
      }
      if (!caseId || !bundle) return undefined;
      if ('skipped' in bundle) {
        switch (o.kind) {
          case 'pledge':
            return h.json('POST', `/api/cases/${caseId}/pledges`, { cookie: pick(mps, o.mp), body: { actions: o.actions.map((i) => PARLIAMENTARY_ACTIONS[i]), twin: o.twin } });
          case 'action':
            return h.json('POST', `/api/cases/${caseId}/actions`, {
              cookie: pick(mps, o.mp), body: { type: pick(LOGGABLE, o.type), date: day(today, -o.daysAgo), description: 'Done.', public: false },
            });
          case 'request':
            return h.json('POST', `/api/cases/${caseId}/action-requests`, {
              cookie: coordinator, body: { actionType: pick(EU_TYPES, o.c), country: pick(COUNTRIES, o.country), dueDate: day(today, o.dueIn) },
            });
          case 'pause':
            return h.json('POST', `/api/cases/${caseId}/pause`, { cookie: coordinator, body: { reason: 'Reprisal reported.', basis: 'reprisal' } });
        }
        return undefined;
      }
      switch (o.kind) {
        case 'withdraw': {
          const pledge = bundle.pledges[o.mp % Math.max(1, bundle.pledges.length)];
          if (!pledge) return undefined;
          const cookie = mps[mpMembers.findIndex((m) => m.id === pledge.memberId)]!;
          return h.json('DELETE', `/api/cases/${caseId}/pledges/${pledge.memberId}`, { cookie, headers: { 'if-match': `"${pledge.version}"` } });
        }
        case 'answer': {
          const request = bundle.requests[o.r % Math.max(1, bundle.requests.length)];
          if (!request) return undefined;
          const cookie = o.how === 'withdrawn' ? coordinator : diplomats[COUNTRIES.indexOf(request.country as never)]!;
          const body = o.how === 'declined' ? { status: o.how, reason: 'No access.' } : { status: o.how };
          return h.json('PATCH', `/api/cases/${caseId}/action-requests/${request.id}`, { cookie, headers: { 'if-match': `"${request.version}"` }, body });
        }
        case 'mission': {
          const country = bundle.case.country;
          const open = bundle.requests.find((r) => r.country === country && (r.status === 'open' || r.status === 'acknowledged'));
          const fulfil = o.fulfil && open;
          return h.json('POST', `/api/cases/${caseId}/mission-actions`, {
            cookie: diplomats[COUNTRIES.indexOf(country as never)]!,
            body: {
              actionType: fulfil ? open.actionType : pick(EU_TYPES, o.type), mission: `EU Delegation ${country}`, date: day(today, -o.daysAgo),
              outcome: 'Met.', confidential: false, ...(fulfil ? { requestId: open.id } : {}),
            },
          });
        }
        case 'close':
          return h.json('PATCH', `/api/cases/${caseId}`, { cookie: coordinator, headers: { 'if-match': `"${bundle.case.version}"` }, body: { state: 'closed', closedReason: 'Relocated safely.' } });
      }
    };

    const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: WRITES, maxLength: WRITES }), async (ops) => {
        for (const [i, o] of [{ kind: 'case', country: 0 } as Op, ...ops].entries()) {
          const res = await run(o);
          if (res) {
            statuses.set(`${o.kind} ${res.status}`, (statuses.get(`${o.kind} ${res.status}`) ?? 0) + 1);
            expect(res.status, `${o.kind}: ${await res.clone().text()}`).toBeLessThan(500);
          }
          if (i % 250 === 249) await coverage.poller.drain();
        }
        await h.settled();
        await coverage.poller.drain();
        expect(await coverage.aggregates()).toEqual(recount(await scanAll(doc, h.table)));
      }),
      { seed: SEED, numRuns: 1 },
    );

    // Enough of the writes were accepted for the comparison to mean something.
    const accepted = [...statuses].filter(([k]) => / 20\d$/.test(k)).reduce((sum, [, count]) => sum + count, 0);
    expect(accepted, JSON.stringify(Object.fromEntries(statuses))).toBeGreaterThan(WRITES * 0.3);
    for (const kind of ['pledge', 'withdraw', 'action', 'request', 'answer', 'mission', 'pause', 'close', 'report', 'triage']) {
      expect([...statuses.keys()].some((k) => k.startsWith(`${kind} 20`)), `${kind} accepted at least once: ${JSON.stringify(Object.fromEntries(statuses))}`).toBe(true);
    }

    // Every record again, from the trim horizon, through a second poller: all recognised, nothing moves.
    const before = await coverage.aggregates();
    const again = coverageBeside(h);
    await again.poller.drain();
    await again.poller.stop();
    expect(await coverage.aggregates()).toEqual(before);
  }, Math.max(600_000, WRITES * 2_500));
});
