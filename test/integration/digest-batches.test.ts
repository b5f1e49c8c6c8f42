/**
 * A digest run fanned out in batches of members (issue 14, part 4) on the
 * DynamoDB-backed queue: every member once, the run's totals added once per
 * batch, and a batch delivered again (a duplicate, or after its worker died
 * mid-batch) sends nobody a second digest.
 */
import { describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import type { Mailer } from '#shared/ports/mailer.ts';
import { runDigestBatch, startDigestRun, type DigestBatch } from '#shared/digests/digest-batches.ts';
import { localDigestQueue, startDigestPoller } from '#functions/adapters/digest-queue/local-digest-queue.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { FAST, WEEK, digestsByRecipient, duringReportedWeek, setPreferences } from '../support/digest.ts';

async function network(mps: number): Promise<{ h: Harness; members: Member[] }> {
  const h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  const cookie = await h.signIn(coordinator);
  await setPreferences(h, coordinator, { weeklyDigest: false });
  const members: Member[] = [];
  for (let i = 0; i < mps; i++) {
    const mp = await h.addMember('mp');
    await setPreferences(h, mp, { countries: ['CO'] });
    members.push(mp);
  }
  await duringReportedWeek(h, () => h.createCase(cookie, { country: 'CO', defenderName: 'Batch Defender' }));
  return { h, members };
}

/** The run's messages (at most 10), received once as a worker would (a second receive could see them again after a short visibility timeout). */
const takeAll = (queue: ReturnType<typeof localDigestQueue>['queue']) => queue.receive(10);

describe('a digest run in batches', () => {
  it('sends each member once through the queue, and records each batch once', { timeout: 120_000 }, async () => {
    const { h, members } = await network(7);
    const digests = localDigestQueue(h.doc, h.table);
    const poller = startDigestPoller(h.deps, digests.queue, { ...FAST, idleMs: 20 });
    try {
      const run = await startDigestRun(h.deps, digests, { week: WEEK, trigger: 'cli' }, { batchSize: 3 });
      expect([run.members, run.batches]).toEqual([8, 3]);
      await poller.drain();
      const done = await h.store.getDigestRun(run.id);
      expect(done).toMatchObject({ status: 'finished', batches: 3, batchesDone: 3 });
      expect(done?.totals).toMatchObject({ considered: 8, sent: 7, optedOut: 1, alreadySent: 0 });
      const counts = await digestsByRecipient(h);
      expect(members.map((m) => counts.get(m.email))).toEqual(members.map(() => 1));
    } finally {
      await poller.stop();
    }
  });

  it('a batch delivered twice sends nothing the second time and adds nothing to the totals', { timeout: 120_000 }, async () => {
    const { h } = await network(4);
    const digests = localDigestQueue(h.doc, h.table);
    const run = await startDigestRun(h.deps, digests, { week: WEEK, trigger: 'cli' }, { batchSize: 10 });
    const [first, ...rest] = await takeAll(digests.queue);
    expect(rest).toHaveLength(0);
    const once = await runDigestBatch(h.deps, JSON.parse(first!.body), FAST);
    expect(once.recorded).toBe(true);
    expect(once.run.totals).toMatchObject({ sent: 4, optedOut: 1 });
    const again = await runDigestBatch(h.deps, JSON.parse(first!.body), FAST);
    expect(again.recorded).toBe(false);
    expect(again.run.totals).toMatchObject({ sent: 0, alreadySent: once.run.totals.sent });
    expect(await h.store.getDigestRun(run.id)).toMatchObject({ status: 'finished', batchesDone: 1, totals: { considered: 5, sent: 4, alreadySent: 0 } });
    expect([...(await digestsByRecipient(h)).values()]).toEqual(Array.from({ length: once.run.totals.sent }, () => 1));
  });

  it('a worker killed mid-batch: the redelivered batch finishes it, the member it was sending to is never sent twice', { timeout: 120_000 }, async () => {
    const { h, members } = await network(5);
    const digests = localDigestQueue(h.doc, h.table, { visibilityTimeoutMs: 300 });
    const run = await startDigestRun(h.deps, digests, { week: WEEK, trigger: 'cli' }, { batchSize: 10 });
    const [message] = await takeAll(digests.queue);
    const batch = JSON.parse(message!.body) as DigestBatch;

    // The first worker sends two digests, then dies during its third send (the call never returns, nothing is deleted).
    let sends = 0;
    let died: () => void = () => {};
    const dying = new Promise<void>((r) => (died = r));
    const mailer: Mailer = {
      async send(email) {
        if (++sends > 2) {
          died();
          return new Promise(() => {});
        }
        return h.deps.mailer.send(email);
      },
    };
    void runDigestBatch({ ...h.deps, mailer }, batch, { ...FAST, concurrency: 1 });
    await dying;
    expect(await h.store.getDigestRun(run.id)).toMatchObject({ status: 'running', batchesDone: 0 });

    // Its visibility timeout ends; the queue hands the batch to a fresh worker.
    await new Promise((r) => setTimeout(r, 400));
    const poller = startDigestPoller(h.deps, digests.queue, { ...FAST, idleMs: 20 });
    try {
      await poller.drain();
    } finally {
      await poller.stop();
    }
    const done = await h.store.getDigestRun(run.id);
    expect(done, h.logs.filter((l) => l.includes('digest')).join('\n')).toMatchObject({ status: 'finished', batchesDone: 1 });
    // 2 sent by the dead worker (already sent), 1 claimed while it died (unknown, never resent), 2 sent now.
    expect(done?.totals).toMatchObject({ considered: 6, sent: 2, alreadySent: 2, unknown: 1, optedOut: 1 });
    const counts = await digestsByRecipient(h);
    expect(members.filter((m) => counts.get(m.email) === 1)).toHaveLength(4);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});
