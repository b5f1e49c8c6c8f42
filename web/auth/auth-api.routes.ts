/** JSON sign-in API: request a link, sign out, who am I. */
import { Hono } from 'hono';
import { requestSignIn, signOut } from '#shared/auth/sign-in.ts';
import { requireMember } from '#shared/access/roles.ts';
import type { WebDeps, AppEnv } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { readJson } from '../middleware/json-body.ts';
import { clearSessionCookie } from '../middleware/session.ts';

export const SIGN_IN_ACCEPTED = 'If this address belongs to a member, a sign-in link is on its way. It works once, for 15 minutes.';

export function authApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .post('/auth/sign-in', async (c) => {
      await requestSignIn(deps, await readJson(c), clientAddress(c));
      return c.json({ message: SIGN_IN_ACCEPTED }, 202);
    })
    .post('/auth/sign-out', async (c) => {
      const sessionId = c.get('sessionId');
      if (sessionId) await signOut(deps, sessionId);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .get('/me', (c) => {
      const me = requireMember(c.get('viewer'));
      return c.json({ id: me.id, email: me.email, name: me.name, role: me.role });
    });
}
