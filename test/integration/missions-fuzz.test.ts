/**
 * Bad input on the missions' write routes (QUALITY.md 12): 1,000 generated
 * payloads per route with fast-check, against DynamoDB Local. 0 responses
 * ≥ 500, rejections are 4xx problems with no stack frames, and the table
 * grows by exactly what the accepted payloads write (0 for the rejected).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import { EU_ACTION_CODES } from '#shared/domain/eu-guidelines.ts';
import { makeHarness, type Harness, bodyOf } from '../support/harness.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const STACK_FRAME = /\bat [\w.<>]+ \(|\.ts:\d+:\d+/;

let h: Harness;
let coordinator: string;
let diplomat: string;
let target: DefenderCase;

beforeAll(async () => {
  h = await makeHarness();
  coordinator = await h.signIn(await h.addMember('coordinator'));
  diplomat = await h.signIn(await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' }));
  target = await h.createCase(coordinator, { country: 'CO', visibility: 'network' });
});

const day = fc.integer({ min: -400, max: 400 }).map((d) => new Date(Date.parse('2026-11-23T00:00:00Z') + d * 86_400_000).toISOString().slice(0, 10));
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
/** Bodies near the schema (each field valid, wrong or missing), plus arbitrary JSON and broken text. */
const payloads = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record(fields, { requiredKeys: [] }).map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
  );

type Outcome = { status: number; body: string };
async function fuzz(send: (raw: string) => Promise<Response>, arbitrary: fc.Arbitrary<string>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await fc.assert(
    fc.asyncProperty(arbitrary, async (raw) => {
      const res = await send(raw);
      outcomes.push({ status: res.status, body: await res.text() });
    }),
    { numRuns: RUNS, seed: 20261123 },
  );
  return outcomes;
}

function expectQuietRejections(outcomes: Outcome[]) {
  expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
  for (const o of outcomes.filter((x) => x.status >= 400)) {
    expect([400, 403, 404, 409, 412, 415, 422, 428]).toContain(o.status);
    expect(JSON.parse(o.body)).toHaveProperty('type');
    expect(o.body).not.toMatch(STACK_FRAME);
  }
}

describe(`${RUNS} generated payloads per write route: 0 responses ≥ 500, nothing written by the rejected ones`, () => {
  it('POST /api/cases/{id}/action-requests', { timeout: 240_000 }, async () => {
    const before = await h.count();
    const outcomes = await fuzz(
      (raw) => h.json('POST', `/api/cases/${target.id}/action-requests`, { cookie: coordinator, body: raw }),
      payloads({
        actionType: field(fc.constantFrom(...EU_ACTION_CODES)), dueDate: field(day), note: field(fc.string({ maxLength: 40 })),
        country: field(fc.constantFrom('CO', 'KE', 'XX')), publicActionCleared: field(fc.constant(true)),
      }),
    );
    expectQuietRejections(outcomes);
    const accepted = outcomes.filter((o) => o.status === 201).length;
    // Each accepted request: the request, its audit line, and the new-request email's claim for the one
    // diplomat posted in Colombia (a posting with nobody is refused, so nothing else is accepted).
    expect(await h.count()).toBe(before + 3 * accepted);
    console.info(`action requests: ${accepted} accepted, ${RUNS - accepted} rejected`);
  });

  it('POST /api/cases/{id}/mission-actions', { timeout: 240_000 }, async () => {
    const before = await h.count();
    const bundleBefore = await h.store.getCaseBundle(target.id);
    const outcomes = await fuzz(
      (raw) => h.json('POST', `/api/cases/${target.id}/mission-actions`, { cookie: diplomat, body: raw }),
      payloads({
        actionType: field(fc.constantFrom(...EU_ACTION_CODES)), mission: field(fc.string({ minLength: 1, maxLength: 20 })), date: field(day),
        outcome: field(fc.string({ minLength: 1, maxLength: 40 })), confidential: field(fc.boolean()),
        evidenceUrl: field(fc.constantFrom('https://example.org/record', 'http://example.org', 'javascript:alert(1)')),
        publicActionCleared: field(fc.constant(true)),
      }),
    );
    expectQuietRejections(outcomes);
    const accepted = outcomes.filter((o) => o.status === 201).map((o) => JSON.parse(o.body) as { actionType: string });
    expect(bundleBefore?.missionActions).toEqual([]);
    // Each accepted action writes itself and its audit line; its first of a kind also a coverage marker, and the first
    // of all the "some action" marker (the risk gap's).
    expect(await h.count()).toBe(before + 2 * accepted.length + new Set(accepted.map((a) => a.actionType)).size + (accepted.length > 0 ? 1 : 0));
    console.info(`mission actions: ${accepted.length} accepted, ${RUNS - accepted.length} rejected`);
  });

  it('PATCH /api/cases/{id}/action-requests/{requestId}', { timeout: 240_000 }, async () => {
    const request = await bodyOf(await h.json('POST', `/api/cases/${target.id}/action-requests`, { cookie: coordinator, body: { actionType: 'demarche', dueDate: '2026-12-01' } }));
    const before = await h.count();
    const outcomes = await fuzz(
      (raw) => h.json('PATCH', `/api/cases/${target.id}/action-requests/${request.id}`, { cookie: diplomat, body: raw, headers: { 'if-match': '"1"' } }),
      payloads({ status: field(fc.constantFrom('acknowledged', 'declined', 'done', 'withdrawn')), reason: field(fc.string({ maxLength: 40 })), mission: field(fc.string({ maxLength: 20 })) }),
    );
    expectQuietRejections(outcomes);
    const accepted = outcomes.filter((o) => o.status === 200).length;
    // If-Match "1": at most one answer can win; it adds one audit line (the request is replaced in place).
    expect(accepted).toBeLessThanOrEqual(1);
    expect(await h.count()).toBe(before + accepted);
  });
});
