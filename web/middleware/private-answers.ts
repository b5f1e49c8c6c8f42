/**
 * No cache keeps or shares what a member saw: every answer to a request
 * that carries our session cookie (or that sets one) is `Cache-Control:
 * private, no-store`, whatever the handler said, and every answer varies on
 * the cookie, since the same URL answers a visitor and a member differently.
 * It looks at the cookie itself, not at the session: a request refused
 * before the session is read (CSRF), or with an expired session, is treated
 * the same.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../env.ts';
import { SESSION_COOKIE_NAME } from './session.ts';

export function privateAnswers(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.append('Vary', 'Cookie');
    const signedIn = getCookie(c, SESSION_COOKIE_NAME) !== undefined || c.res.headers.has('set-cookie');
    if (signedIn) c.res.headers.set('Cache-Control', 'private, no-store');
  };
}
