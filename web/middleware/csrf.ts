/**
 * CSRF protection for every state-changing request (forms and API alike):
 * it must prove it comes from one of our own pages, or it is refused with
 * 403 before any handler runs. Proof is an `Origin` equal to the configured
 * app URL's origin, or, without Origin, `Sec-Fetch-Site: same-origin`.
 * Neither present means 403: browsers send Origin on every POST, so only a
 * script or an unusual client omits both, and a missing Content-Type is no
 * proof of anything. The Host header is never consulted: whoever forges a
 * request chooses it, and an Origin that merely matches it proves nothing.
 */
import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '#shared/errors/index.ts';
import type { AppEnv } from '../env.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Exempt by name: the one-click unsubscribes (RFC 8058) of the digest and of urgent alerts. Mail
 * providers POST `List-Unsubscribe=One-Click` from their own servers, with
 * no Origin and no cookie, and some webmails from the browser, cross-site.
 * It carries no ambient authority to abuse: the signed token in the path
 * is its only credential, and all it can do is turn that member's digest (or alerts) off.
 */
const TOKEN_AUTHENTICATED = /^\/(alerts\/)?unsubscribe\/[A-Za-z0-9._-]+$/;

export function csrf(appUrl: string): MiddlewareHandler<AppEnv> {
  const ours = new URL(appUrl).origin;
  return async (c, next) => {
    if (SAFE.has(c.req.method) || TOKEN_AUTHENTICATED.test(c.req.path)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    // A browser that says the request is not same-origin is believed, whatever the Origin says.
    const crossSite = { wording: { key: 'app.request.crossSite' } };
    if (site !== undefined && site !== 'same-origin') throw new ForbiddenError('Cross-site request refused.', crossSite);
    if (origin !== undefined && origin !== ours) throw new ForbiddenError('Cross-origin request refused.', crossSite);
    if (origin === undefined && site === undefined) {
      throw new ForbiddenError('State changes must come from a Tandem page (send Origin).', { wording: { key: 'app.request.noOrigin' } });
    }
    return next();
  };
}
