/** The sign-in pages: ask for a link, open it and press its button, sign out. The JSON API's twin is auth-api.routes.ts. */
import { Hono } from 'hono';
import { requestSignIn, verifySignIn, signOut } from '#shared/auth/sign-in.ts';
import { ValidationError } from '#shared/errors/index.ts';
import type { AppEnv, WebDeps } from '../env.ts';
import { clearSessionCookie, setSessionCookie } from '../middleware/session.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { HOME } from '../ui/home.ts';
import { CheckEmailPage, SignInLinkPage, SignInPage } from './sign-in-pages.tsx';

export function signInPages(deps: WebDeps) {
  const app = new Hono<AppEnv>();

  app.get('/sign-in', (c) => c.html(<SignInPage viewer={c.get('viewer')} />));

  app.post('/sign-in', async (c) => {
    const body = await c.req.parseBody();
    const email = typeof body.email === 'string' ? body.email : '';
    try {
      await requestSignIn(deps, { email }, clientAddress(c));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return c.html(<SignInPage viewer={c.get('viewer')} email={email} error={error.errors[0]} />, 400);
    }
    return c.html(<CheckEmailPage viewer={c.get('viewer')} />, 202);
  });

  // The emailed link: a page with a button, so that a GET (a mail scanner, a link preview) uses nothing up.
  app.get('/auth/verify', (c) => {
    // Not cached anywhere. Its Referrer-Policy stays the app's `same-origin`: the token goes in a Referer
    // to this site only, and `no-referrer` would make browsers send `Origin: null` with the button's POST,
    // which the CSRF check rightly refuses.
    c.header('Cache-Control', 'private, no-store');
    return c.html(<SignInLinkPage viewer={c.get('viewer')} token={c.req.query('token') ?? ''} />);
  });

  // The button: a same-origin form post (the CSRF middleware refuses any other), which uses the token up.
  app.post('/auth/verify', async (c) => {
    const body = await c.req.parseBody();
    const { sessionId, member } = await verifySignIn(deps, typeof body.token === 'string' ? body.token : undefined, body.timeZone);
    setSessionCookie(c, sessionId);
    return c.redirect(HOME[member.role], 303);
  });

  app.post('/sign-out', async (c) => {
    const sessionId = c.get('sessionId');
    if (sessionId) await signOut(deps, sessionId);
    clearSessionCookie(c);
    return c.redirect('/', 303);
  });
  return app;
}
