/**
 * Who the client is, for rate limits on public forms. Behind API Gateway the
 * last X-Forwarded-For entry is the address API Gateway saw (earlier entries
 * are the client's own claims); locally there is no proxy, so one key.
 */
import type { Context } from 'hono';

export function clientKey(c: Context): string {
  const forwarded = c.req.header('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return last ?? 'direct';
}
