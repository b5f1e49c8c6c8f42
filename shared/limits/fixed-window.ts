/**
 * Fixed-window counters in the store, for the public forms (sign-in, join).
 *
 * Two kinds, for two purposes:
 * - `refuseOver`: a limit on one client (its source address). Past it, that
 *   client gets 429; since the key is its own address, no other client can
 *   use it up.
 * - `within`: a cap on what reaches one email address. Past it, the request
 *   is answered as usual but does nothing more: a refusal keyed on an address
 *   anyone can type would let anyone lock its owner out.
 */
import { TooManyRequestsError } from '../errors/index.ts';
import { epochSeconds, type Clock } from '../ports/clock.ts';

/** What a limit uses: one counter per bucket and window (the auth feature's port has it), and the clock. */
export interface LimitDeps {
  store: { hitRateLimit(bucket: string, windowEndsAt: number): Promise<number> };
  clock: Clock;
}

async function hit(deps: LimitDeps, bucket: string, windowSeconds: number): Promise<{ hits: number; secondsLeft: number }> {
  const now = epochSeconds(deps.clock.now());
  const windowEndsAt = (Math.floor(now / windowSeconds) + 1) * windowSeconds;
  return { hits: await deps.store.hitRateLimit(bucket, windowEndsAt), secondsLeft: windowEndsAt - now };
}

/** Counts one request in the bucket; throws 429 with Retry-After once it holds more than `max`. */
export async function refuseOver(deps: LimitDeps, bucket: string, windowSeconds: number, max: number): Promise<void> {
  const { hits, secondsLeft } = await hit(deps, bucket, windowSeconds);
  if (hits > max) throw new TooManyRequestsError(secondsLeft);
}

/** Counts one use of the bucket; true while it holds no more than `max`. */
export async function within(deps: LimitDeps, bucket: string, windowSeconds: number, max: number): Promise<boolean> {
  return (await hit(deps, bucket, windowSeconds)).hits <= max;
}
