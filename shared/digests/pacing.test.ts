import { describe, expect, it } from 'vitest';
import { MailThrottledError } from '../mail/mail-errors.ts';
import { ServiceUnavailableError } from '../errors/index.ts';
import type { Mailer, OutgoingEmail } from '../ports/mailer.ts';
import { fullJitter, pacedMailer } from './pacing.ts';

const EMAIL: OutgoingEmail = { to: 'mp@example.org', subject: 's', text: 't' };

/** A fake clock: a sleeper wakes at (its start + ms), moving the clock there if it is behind; every sleep is recorded. */
function fakeTime() {
  let t = 0;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      const wake = t + ms;
      await Promise.resolve();
      t = Math.max(t, wake);
    },
    sleeps,
  };
}

function mailer(outcomes: Array<'ok' | 'throttle' | 'fail'>, starts: number[], now: () => number): Mailer {
  return {
    async send() {
      starts.push(now());
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome === 'throttle') throw new MailThrottledError();
      if (outcome === 'fail') throw new ServiceUnavailableError();
      return { messageId: `m${starts.length}` };
    },
  };
}

describe('paced sending', () => {
  it('starts at most ratePerSecond sends per second', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    const paced = pacedMailer(mailer([], starts, time.now), { ratePerSecond: 4, now: time.now, sleep: time.sleep });

    for (let i = 0; i < 9; i++) await paced.send(EMAIL);

    expect(starts).toEqual([0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000]);
  });

  it('keeps the pace when several workers send at once (each send reserves its own slot)', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    const paced = pacedMailer(mailer([], starts, time.now), { ratePerSecond: 20, now: time.now, sleep: time.sleep });

    await Promise.all(Array.from({ length: 4 }, () => paced.send(EMAIL)));

    // Four concurrent sends at 20 per second: each waits for its own slot, 50 ms after the previous one.
    expect(starts).toHaveLength(4);
    expect([...time.sleeps].sort((a, b) => a - b)).toEqual([50, 100, 150]);
  });

  it('retries a throttled send with growing, jittered pauses until it goes through', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    const paced = pacedMailer(mailer(['throttle', 'throttle', 'ok'], starts, time.now), {
      ratePerSecond: 1000, now: time.now, sleep: time.sleep, random: () => 0.5, baseDelayMs: 100,
    });

    expect(await paced.send(EMAIL)).toEqual({ messageId: 'm3' });
    expect(starts).toHaveLength(3);
    expect(time.sleeps.filter((ms) => ms >= 50)).toEqual([50, 100]);
  });

  it('gives up after maxAttempts throttled tries', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    const paced = pacedMailer(mailer(Array(10).fill('throttle'), starts, time.now), { ratePerSecond: 10, maxAttempts: 4, now: time.now, sleep: time.sleep });

    await expect(paced.send(EMAIL)).rejects.toBeInstanceOf(MailThrottledError);
    expect(starts).toHaveLength(4);
  });

  it('does not retry a failure that is not throttling', async () => {
    const time = fakeTime();
    const starts: number[] = [];
    const paced = pacedMailer(mailer(['fail'], starts, time.now), { ratePerSecond: 10, now: time.now, sleep: time.sleep });

    await expect(paced.send(EMAIL)).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(starts).toHaveLength(1);
  });

  it('full jitter stays between 0 and the capped exponential step', () => {
    expect(fullJitter(1, 200, 10_000, () => 0.999)).toBeLessThan(200);
    expect(fullJitter(4, 200, 10_000, () => 0.999)).toBeLessThan(1600);
    expect(fullJitter(20, 200, 10_000, () => 1)).toBe(10_000);
    expect(fullJitter(3, 200, 10_000, () => 0)).toBe(0);
  });
});
