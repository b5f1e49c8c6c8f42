/**
 * The digest job's DynamoDB reads grow with members + cases, never
 * members × cases: the call counter on the SDK clients records every
 * call while the job runs for 2 or 4 members and 2 or 4 cases, everyone
 * having acted on every case (the worst case for a per-member reader).
 * A coordinator's preview of one member's digest reads the same whatever
 * the number of cases with news: before the digest board is built, as a batch
 * of the job reads for one member; after, the board and the week (2 calls).
 */
import { inject, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { createCallCounter, createDocumentClient, createDynamoStore } from '#functions/adapters/dynamo/index.ts';
import { runDigest } from '#shared/digests/run-digest.ts';
import { previewDigest } from '#shared/digests/preview.ts';
import { viewerOf } from '#shared/digests/compose.ts';
import { backfillDigestBoard } from '#functions/adapters/dynamo/digest-board.ts';
import { digestProjector } from '#functions/adapters/dynamo/digest-projector.ts';
import { makeHarness } from '../support/harness.ts';
import { FAST, WEEK, duringReportedWeek, plantParticipation, setPreferences } from '../support/digest.ts';

const READS = new Set(['GetCommand', 'BatchGetCommand', 'QueryCommand', 'ScanCommand']);

interface Calls {
  reads: number;
  writes: number;
  scans: number;
  sent: number;
  /** Calls of one coordinator's preview of one member's digest (the session read not included), before the board is built. */
  preview: number;
  /** The same once the digest board is built. */
  boardPreview: number;
}

async function measure(members: number, cases: number): Promise<Calls> {
  const h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  const cookie = await h.signIn(coordinator);
  await setPreferences(h, coordinator, { weeklyDigest: false });
  const mps: Member[] = [];
  for (let i = 0; i < members; i++) {
    const mp = await h.addMember('mp');
    await setPreferences(h, mp, { countries: ['CO'] });
    mps.push(mp);
  }
  await duringReportedWeek(h, async () => {
    for (let i = 0; i < cases; i++) {
      const c = await h.createCase(cookie, { country: 'CO', defenderName: `Case ${i}` });
      await h.json('POST', `/api/cases/${c.id}/events`, { cookie, body: { type: 'update', date: '2026-11-19', title: 'News' } });
      for (const mp of mps) await plantParticipation(h, c.id, mp.id);
    }
  });

  // The call counter, not a middleware on the document client: the plain reads go through a client of their own.
  const counter = createCallCounter();
  const doc = createDocumentClient({ region: 'local', endpoint: inject('dynamoEndpoint') }, { counter });
  const store = createDynamoStore(doc, h.table);
  const run = await runDigest({ ...h.deps, store }, { week: WEEK, trigger: 'cli' }, FAST);
  const sum = (pick: (name: string) => boolean) => Object.entries(counter.total.byCommand).filter(([name]) => pick(name)).reduce((n, [, c]) => n + c, 0);
  const result = { reads: sum((n) => READS.has(n)), writes: sum((n) => !READS.has(n)), scans: counter.total.scans, sent: run.totals.sent };
  counter.reset();
  const before = await previewDigest({ ...h.deps, store }, viewerOf(coordinator), WEEK, { member: mps[0]!.id });
  const preview = sum(() => true);
  await backfillDigestBoard(doc, h.table, digestProjector(doc, h.table));
  counter.reset();
  const after = await previewDigest({ ...h.deps, store }, viewerOf(coordinator), WEEK, { member: mps[0]!.id });
  expect(after.digest).toEqual(before.digest);
  expect(before.digest.updates).toHaveLength(cases);
  return { ...result, preview, boardPreview: sum(() => true) };
}

describe('reads of a digest run', () => {
  it('grow with members + cases, not members × cases', { timeout: 120_000 }, async () => {
    const grid = {
      '2x2': await measure(2, 2), '4x2': await measure(4, 2), '2x4': await measure(2, 4), '4x4': await measure(4, 4),
    };
    console.log('digest run DynamoDB calls (members x cases):', JSON.stringify(grid));

    for (const calls of Object.values(grid)) expect(calls.scans).toBe(0);
    expect([grid['2x2'].sent, grid['4x2'].sent, grid['2x4'].sent, grid['4x4'].sent]).toEqual([2, 4, 2, 4]);
    // Adding members adds no read (members load in one paginated Query)…
    expect(grid['4x2'].reads).toBe(grid['2x2'].reads);
    expect(grid['4x4'].reads).toBe(grid['2x4'].reads);
    // …adding cases adds one partition Query per case with news, whatever the number of members…
    expect(grid['2x4'].reads - grid['2x2'].reads).toBe(2);
    expect(grid['4x4'].reads - grid['4x2'].reads).toBe(2);
    // …plus one Query of the week's news partition for all the events, whatever the number of cases.
    // A preview before the board is built: the board and the week (found not built), then for one member as the job
    // reads: the member, the cases, the hearings, the week's news, the cases the member took part in (byScope MEMBER#),
    // the notifications kept for the digest (issue 11): 8, with no read per case with news.
    expect(grid['4x4'].preview).toBe(grid['2x4'].preview);
    expect(grid['2x4'].preview).toBe(grid['2x2'].preview);
    expect(grid['2x2'].preview).toBe(8);
    // Once it is built: the board and the week, whatever the members and cases.
    for (const calls of Object.values(grid)) expect(calls.boardPreview).toBe(2);
    // …and writes follow the members sent to (claim + mark), never the cases.
    expect(grid['4x4'].writes).toBe(grid['4x2'].writes);
    expect(grid['4x2'].writes - grid['2x2'].writes).toBe(4);
  });
});
