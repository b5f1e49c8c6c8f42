/**
 * Gives each request an id (echoed as X-Request-Id) and logs one line when
 * it ends: method, route pattern (never the raw URL: it may hold a token),
 * status and duration, and what the meter counted (DynamoDB calls) if any.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '#shared/ports/logger.ts';
import type { AppEnv, RequestMeter } from '../env.ts';

export function requestLog(log: Logger, meter?: RequestMeter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    // On the answer's own headers: c.header() after the answer is made rebuilds the whole Response.
    c.res.headers.set('X-Request-Id', requestId);
    log.info('request', {
      requestId, method: c.req.method, route: c.req.routePath, status: c.res.status,
      ms: Math.round(performance.now() - started),
      ...meter?.fields(),
    });
  };
}
