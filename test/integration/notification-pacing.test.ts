/**
 * Notification emails keep to the send rate, as alerts and digests do: the
 * notifications function paces its sends at its share of the SES rate
 * (`pacedShare`, the same limiter as the alert sender's), so N reminders at
 * R emails a second take at least (N − 1) / R seconds of the limiter's
 * clock. The clock is injected: nothing here waits in real time.
 */
import { describe, expect, it } from 'vitest';
import type { Mailer } from '#shared/ports/mailer.ts';
import { runReminders } from '#shared/notifications/reminder-jobs.ts';
import { pacedShare } from '#functions/lambda/mail-lambda-deps.ts';
import { makeHarness } from '../support/harness.ts';

const DAY = 86_400_000;

/** The limiter's clock: a sleep moves it forward at once. */
function limiterClock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      const wake = t + ms;
      await Promise.resolve();
      t = Math.max(t, wake);
    },
  };
}

describe('notification sends are paced', () => {
  it('6 overdue-request reminders at 2 emails a second (10 for the account, 5 instances) start 0.5 s apart: 2.5 s at least from first to last', async () => {
    const h = await makeHarness();
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    for (let i = 0; i < 6; i++) await h.addMember('diplomat', { country: 'GT', mission: `Embassy ${i}` });
    const c = await h.createCase(coordinator, { country: 'GT', visibility: 'network' });
    const ask = await h.json('POST', `/api/cases/${c.id}/action-requests`, { cookie: coordinator, body: { actionType: 'trial_observation', dueDate: '2026-11-25' } });
    expect(ask.status).toBe(201);
    await h.settled();
    h.clock.advance(3 * DAY); // one day overdue

    const clock = limiterClock();
    const starts: number[] = [];
    const recording: Mailer = {
      send: (email) => {
        starts.push(clock.now());
        return h.deps.mailer.send(email);
      },
    };
    const results = await runReminders({ ...h.deps, mailer: pacedShare(recording, 10, 5, clock) });

    expect(results.overdueRequest).toMatchObject({ sent: 6 });
    expect(starts).toHaveLength(6);
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(((6 - 1) / 2) * 1000);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(500);
  }, 120_000);
});
