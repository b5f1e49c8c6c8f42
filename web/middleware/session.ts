/**
 * Reads the session cookie and puts the viewer on the context. One GetItem
 * per request with a cookie; none without, and none on the sign-in link,
 * which starts a new session whoever held the old one (its three calls are
 * the whole request budget).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessionFor, SESSION_HOURS } from '#shared/auth/session.ts';
import type { CoreDeps } from '#shared/deps.ts';
import { ANONYMOUS } from '#shared/domain/member-model.ts';
import type { AppEnv } from '../env.ts';

/** With the __Host- prefix: Secure, Path=/, no Domain, so no subdomain can set or read it. */
const COOKIE = 'tandem_session';
export const SESSION_COOKIE_NAME = `__Host-${COOKIE}`;
/**
 * Routes that never look at the viewer, so a cookie costs no lookup there:
 * the sign-in link's page, and calendar feeds (authorized by their secret URL).
 */
const sessionless = (path: string): boolean => path === '/auth/verify' || /^\/calendar\/[^/]+\.ics$/.test(path);

export function session(deps: CoreDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('viewer', ANONYMOUS);
    const id = sessionless(c.req.path) ? undefined : getCookie(c, COOKIE, 'host');
    if (id) {
      const found = await sessionFor(deps, id);
      if (found) {
        c.set('viewer', {
          kind: 'member', id: found.memberId, email: found.email, name: found.name, role: found.role,
          ...(found.country ? { country: found.country } : {}), ...(found.mission ? { mission: found.mission } : {}),
          ...(found.uiLanguage ? { uiLanguage: found.uiLanguage } : {}), ...(found.timeZone ? { timeZone: found.timeZone } : {}),
        });
        c.set('sessionId', id);
      }
    }
    await next();
  };
}

export function setSessionCookie(c: Context<AppEnv>, sessionId: string): void {
  setCookie(c, COOKIE, sessionId, {
    prefix: 'host',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'Lax',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, COOKIE, { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
}
