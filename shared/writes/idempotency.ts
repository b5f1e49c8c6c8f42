/**
 * Idempotent creates (the `Idempotency-Key` header). The first request claims
 * the key in the same transaction as the item it creates; a replay with the
 * same body gets the first answer back, a replay with another body is refused.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConflictError, UnprocessableError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import type { IdempotencyClaim, IdempotencyStore, IdempotentResponse } from './records.ts';

/** Keys are client-chosen; keep them short and printable. */
export const idempotencyKeySchema = z
  .string()
  .min(8, 'At least 8 characters.')
  .max(128, 'At most 128 characters.')
  .regex(/^[\x21-\x7E]+$/, 'Printable ASCII only.');

const ONE_DAY_SECONDS = 24 * 60 * 60;

/** Stable hash of a parsed request: key order does not matter. */
export function hashRequest(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)]))
        : v;
  return createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex');
}

export interface Replay {
  replayed: true;
  response: IdempotentResponse;
}

/** Builds the claim to store with the created item, from the answer about to be sent. */
export type ClaimFor = (response: Omit<IdempotentResponse, 'requestHash'>) => IdempotencyClaim;

/** What `once` uses: the key's earlier answer, and the clock for the claim's expiry. */
export interface OnceDeps {
  store: IdempotencyStore;
  clock: Clock;
}

/**
 * Runs `create` once per (scope, key). `create` receives the claim to write
 * atomically with its item, or undefined when no key was sent.
 */
export async function once<T>(
  deps: OnceDeps,
  scope: string,
  rawKey: string | undefined,
  request: unknown,
  create: (claimFor?: ClaimFor) => Promise<T>,
): Promise<T | Replay> {
  if (rawKey === undefined) return create();
  const key = parseOrThrow(idempotencyKeySchema, rawKey, 'Idempotency-Key');
  const requestHash = hashRequest(request);

  const replay = async (): Promise<Replay | undefined> => {
    const first = await deps.store.getIdempotent(scope, key);
    if (!first) return undefined;
    if (first.requestHash !== requestHash) {
      throw new UnprocessableError('This Idempotency-Key was already used with a different request body.');
    }
    return { replayed: true, response: first };
  };

  const earlier = await replay();
  if (earlier) return earlier;
  try {
    const expiresAt = Math.floor(deps.clock.now().getTime() / 1000) + ONE_DAY_SECONDS;
    return await create((response) => ({ scope, key, expiresAt, response: { ...response, requestHash } }));
  } catch (error) {
    // A concurrent request with the same key won the claim: answer as it did.
    if (error instanceof ConflictError && error.message === 'idempotency') {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}

/**
 * Deps whose first Idempotency-Key lookup answers with `first`, read already in the same call as the
 * case (a BatchGet of the case and the key): the use case then asks as usual and costs no extra read.
 */
export function withFirstIdempotentLookup<D extends { store: IdempotencyStore }>(deps: D, first: IdempotentResponse | undefined): D {
  let served = false;
  const store = Object.create(deps.store) as D['store'];
  store.getIdempotent = async (scope, key) => {
    if (served) return deps.store.getIdempotent(scope, key);
    served = true;
    return first;
  };
  return { ...deps, store };
}
