/**
 * Answers a replayed create (same Idempotency-Key, same body) exactly as the first answer; `T` is
 * the type of that first answer, for routes whose answers are typed (createRoute).
 */
import type { Context } from 'hono';
import type { Replay } from '#shared/writes/idempotency.ts';
import type { AppEnv } from '../env.ts';

export function replayed<T = unknown>(c: Context<AppEnv>, result: Replay) {
  const { status, body, location, etag } = result.response;
  c.header('Idempotent-Replayed', 'true');
  if (location) c.header('Location', location);
  if (etag) c.header('ETag', etag);
  return c.json(body as T, status as 201);
}
