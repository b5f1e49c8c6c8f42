/**
 * CSRF protection for every state-changing request (forms and API alike):
 * a request a browser marks as cross-site, or whose Origin is not ours, is
 * refused with 403 before any handler runs. Browsers send Origin on every
 * POST; a form post without it is refused too, since only an unusual client
 * would omit it. JSON requests without Origin (scripts, curl) pass: a browser
 * cannot send them cross-site without a CORS preflight we never grant.
 */
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '#shared/errors/index.ts';
import type { AppEnv } from '../env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Exempt by name: the digest's one-click unsubscribe (RFC 8058). Mail
 * providers POST `List-Unsubscribe=One-Click` from their own servers, with
 * no Origin and no cookie, and some webmails from the browser, cross-site.
 * It carries no ambient authority to abuse: the signed token in the path
 * is its only credential, and all it can do is turn that member's digest off.
 */
const TOKEN_AUTHENTICATED = /^\/unsubscribe\/[A-Za-z0-9._-]+$/;
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)/i;

export function csrf(appUrl: string): MiddlewareHandler<AppEnv> {
  const ours = new URL(appUrl).origin;
  return async (c, next) => {
    if (SAFE.has(c.req.method) || TOKEN_AUTHENTICATED.test(c.req.path)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const requestOrigin = new URL(c.req.url).origin;
    const sameOrigin = origin === ours || origin === requestOrigin;
    if (site === 'cross-site' || site === 'same-site') throw new ForbiddenError('Cross-site request refused.');
    if (origin !== undefined && !sameOrigin) throw new ForbiddenError('Cross-origin request refused.');
    if (origin === undefined && FORM_TYPES.test(c.req.header('content-type') ?? '')) {
      throw new ForbiddenError('Form posts must come from a Tandem page.');
    }
    return next();
  };
}
