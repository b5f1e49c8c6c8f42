/**
 * Who the client is, for per-client rate limits: the address the connection
 * came from, as the runtime saw it. Never a header: X-Forwarded-For and its
 * kin are written by the client, so a new value each time would be a new
 * client, and a victim's value would lock the victim out.
 *
 * - Lambda behind API Gateway (REST): `requestContext.identity.sourceIp`,
 *   which API Gateway fills from the TCP connection it accepted.
 * - The local server (@hono/node-server): the socket's remote address.
 *
 * Tests that call `app.request()` have no socket; they pass the Lambda shape
 * as bindings (see `fromAddress` in the test harness).
 */
import type { Context } from 'hono';

interface RuntimeBindings {
  requestContext?: { identity?: { sourceIp?: unknown } };
  incoming?: { socket?: { remoteAddress?: unknown } };
}

/** Requests whose runtime gave no address share one key: limits still apply, to all of them together. */
export const UNKNOWN_CLIENT = 'unknown';

export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as RuntimeBindings;
  const address = env.requestContext?.identity?.sourceIp ?? env.incoming?.socket?.remoteAddress;
  return typeof address === 'string' && address.length > 0 ? address : UNKNOWN_CLIENT;
}
