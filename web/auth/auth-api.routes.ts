/** JSON sign-in API: request a link, sign out, who am I. */
import { Hono } from 'hono';
import { requestSignIn, signOut, SIGN_IN_LINK_MINUTES } from '#shared/auth/sign-in.ts';
import { requireMember } from '#shared/access/roles.ts';
import type { WebDeps, AppEnv } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { readJson } from '../middleware/json-body.ts';
import { clearSessionCookie } from '../middleware/session.ts';


export function authApi(deps: WebDeps) {
  return new Hono<AppEnv>()
    .post('/auth/sign-in', async (c) => {
      await requestSignIn(deps, await readJson(c), clientAddress(c));
      return c.json({ message: c.get('i18n').t('auth.checkEmail.accepted', { minutes: SIGN_IN_LINK_MINUTES }) }, 202);
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
