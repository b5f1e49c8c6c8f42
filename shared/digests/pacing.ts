/**
 * Sending at the provider's pace: at most `ratePerSecond` sends start per
 * second (SES's maximum send rate), and a send refused for rate is retried
 * with exponential backoff and full jitter, a bounded number of times. Time
 * and randomness are passed in, so the schedule is tested without waiting.
 */
import { MailThrottledError } from '../mail/mail-errors.ts';
import type { Mailer, OutgoingEmail } from '../ports/mailer.ts';

export interface PacingOptions {
  ratePerSecond: number;
  /** Tries per message, the first included. @default 5 */
  maxAttempts?: number;
  /** @default 200 ms */
  baseDelayMs?: number;
  /** @default 10 s */
  maxDelayMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** "Full jitter": a uniform delay between 0 and the capped exponential step. */
export const fullJitter = (attempt: number, baseMs: number, capMs: number, random: () => number): number =>
  random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));

export function pacedMailer(mailer: Mailer, o: PacingOptions): Mailer {
  if (!(o.ratePerSecond > 0)) throw new RangeError('ratePerSecond must be positive');
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? realSleep;
  const random = o.random ?? Math.random;
  const interval = 1000 / o.ratePerSecond;
  let nextSlot = 0;

  /** Reserves the next start time (synchronously, so concurrent senders queue up) and waits for it. */
  async function slot(): Promise<void> {
    const at = Math.max(now(), nextSlot);
    nextSlot = at + interval;
    const wait = at - now();
    if (wait > 0) await sleep(wait);
  }

  return {
    async send(email: OutgoingEmail) {
      for (let attempt = 1; ; attempt++) {
        await slot();
        try {
          return await mailer.send(email);
        } catch (error) {
          if (!(error instanceof MailThrottledError) || attempt >= (o.maxAttempts ?? 5)) throw error;
          await sleep(fullJitter(attempt, o.baseDelayMs ?? 200, o.maxDelayMs ?? 10_000, random));
        }
      }
    },
  };
}
