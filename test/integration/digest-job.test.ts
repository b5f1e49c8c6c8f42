/**
 * The weekly digest job against DynamoDB Local: each member gets at most one
 * digest a week however often, and however concurrently, the job runs; a run
 * that fails half-way is finished by the next one without duplicates.
 *
 * The mailer's failures are injected by wrapping the outbox mailer (said
 * here, as the brief asks): DynamoDB Local is real, the outbox is real, only
 * the refusal or the lost answer is simulated.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { MailOutcomeUnknownError } from '#shared/mail/mail-errors.ts';
import { runDigestFromEvent } from '#shared/digests/digest-event.ts';
import { ValidationError } from '#shared/errors/index.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { FAST, WEEK, digestsByRecipient, duringReportedWeek, failingAfter, runWeek, setPreferences } from '../support/digest.ts';

const MEMBERS = 8;
let h: Harness;
let mps: Member[];

beforeEach(async () => {
  h = await makeHarness();
  const coordinator = await h.addMember('coordinator');
  const cookie = await h.signIn(coordinator);
  // Everyone follows Colombia; a Colombian case opened in the reported week gives each a digest.
  mps = [];
  for (let i = 0; i < MEMBERS; i++) {
    const mp = await h.addMember('mp');
    await setPreferences(h, mp, { countries: ['CO'] });
    mps.push(mp);
  }
  await setPreferences(h, coordinator, { weeklyDigest: false });
  await duringReportedWeek(h, () => h.createCase(cookie, { country: 'CO', defenderName: 'Ana Test' }));
});

const everyMpOnce = async () => {
  const counts = await digestsByRecipient(h);
  return mps.map((m) => counts.get(m.email) ?? 0);
};

describe('a digest goes once', () => {
  it('3 runs for the same week, 2 of them concurrent: each member gets exactly 1 email', async () => {
    const [a, b] = await Promise.all([runWeek(h), runWeek(h)]);
    const c = await runWeek(h);

    expect(await everyMpOnce()).toEqual(Array(MEMBERS).fill(1));
    expect(a.totals.sent + b.totals.sent + c.totals.sent).toBe(MEMBERS);
    expect(c.totals).toMatchObject({ sent: 0, alreadySent: MEMBERS, optedOut: 1 });
    for (const run of [a, b, c]) {
      expect(run.status).toBe('finished');
      expect(run.totals.considered).toBe(MEMBERS + 1);
    }
  });

  it('a run whose mailer fails after half the sends, then a rerun: the rest is sent, no duplicates', async () => {
    const failing = failingAfter(h.outbox, MEMBERS / 2, () => new ServiceUnavailableError('injected: SES refused'));

    const first = await runWeek(h, { mailer: failing, concurrency: 1 });
    const rerun = await runWeek(h);

    expect(first.totals).toMatchObject({ sent: MEMBERS / 2, failed: MEMBERS / 2 });
    expect(rerun.totals).toMatchObject({ sent: MEMBERS / 2, alreadySent: MEMBERS / 2, failed: 0 });
    expect(await everyMpOnce()).toEqual(Array(MEMBERS).fill(1));
  });

  it('a claim left "sending" by a killed run is never resent, and counts as unknown', async () => {
    const victim = mps[3]!;
    await h.store.claimDigest(WEEK, victim.id, 'killed-run', h.clock.now().toISOString());

    const run = await runWeek(h);

    expect(run.totals).toMatchObject({ sent: MEMBERS - 1, unknown: 1 });
    expect((await digestsByRecipient(h)).get(victim.email)).toBeUndefined();
  });

  it('a send whose outcome is unknown (connection lost) is not retried by a rerun', async () => {
    const lost = failingAfter(h.outbox, 0, () => new MailOutcomeUnknownError());

    const first = await runWeek(h, { mailer: lost });
    const rerun = await runWeek(h);

    expect(first.totals).toMatchObject({ sent: 0, unknown: MEMBERS });
    expect(rerun.totals).toMatchObject({ sent: 0, unknown: MEMBERS });
    expect(await digestsByRecipient(h)).toEqual(new Map());
  });

  it('stops after repeated failures instead of hammering a provider that is down', async () => {
    const down = failingAfter(h.outbox, 0, () => new ServiceUnavailableError('injected: SES down'));

    const run = await runWeek(h, { mailer: down, concurrency: 1, maxConsecutiveFailures: 3 });

    expect(run.status).toBe('aborted');
    expect(down.attempts).toBe(3);
    expect(run.totals.failed).toBe(3);
  });

  it('stops claiming at its time budget; the next run finishes the week', async () => {
    const first = await runWeek(h, { stopAt: h.clock.now() });
    const next = await runWeek(h);

    expect(first.status).toBe('incomplete');
    expect(first.totals.considered).toBe(0);
    expect(next.totals.sent).toBe(MEMBERS);
  });

  it('records each run with its totals, newest first', async () => {
    await runWeek(h);
    h.clock.advance(1000);
    await runWeek(h);

    const page = await h.store.listDigestRuns(10);
    expect(page.items.map((r) => [r.week, r.status, r.totals.sent, r.totals.alreadySent])).toEqual([
      [WEEK, 'finished', 0, MEMBERS],
      [WEEK, 'finished', MEMBERS, 0],
    ]);
  });

  it('a member with nothing new gets no email, and opted-out members none either', async () => {
    const quiet = await h.addMember('mp');
    await setPreferences(h, quiet, { countries: ['KE'] });
    await setPreferences(h, mps[0]!, { countries: ['CO'], weeklyDigest: false });

    const run = await runWeek(h);

    expect(run.totals).toMatchObject({ sent: MEMBERS - 1, skippedEmpty: 1, optedOut: 2 });
    const counts = await digestsByRecipient(h);
    expect(counts.get(quiet.email)).toBeUndefined();
    expect(counts.get(mps[0]!.email)).toBeUndefined();
  });

  it("the digest function's scheduled event sends the week it runs in; a coordinator's names its week", async () => {
    const scheduled = await runDigestFromEvent(h.deps, { trigger: 'schedule' }, FAST);
    const requested = await runDigestFromEvent(h.deps, { week: WEEK, trigger: 'coordinator', requestedBy: mps[0]!.id }, FAST);

    expect(scheduled).toMatchObject({ week: WEEK, trigger: 'schedule', totals: { sent: MEMBERS } });
    expect(requested).toMatchObject({ week: WEEK, trigger: 'coordinator', totals: { alreadySent: MEMBERS } });
    await expect(runDigestFromEvent(h.deps, { week: '2026-W99' }, FAST)).rejects.toBeInstanceOf(ValidationError);
    await expect(runDigestFromEvent(h.deps, { week: WEEK, extra: true }, FAST)).rejects.toBeInstanceOf(ValidationError);
  });
});
