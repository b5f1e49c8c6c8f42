/**
 * JSON sign-in API, declared once: request a link, sign out, who am I. The `createRoute` configs
 * below validate the request, type the handlers and write the operations of `/api/openapi.json`
 * (web/ui/openapi-route.ts). Rate limits and the link itself live in shared/auth.
 */
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireMember } from '#shared/access/roles.ts';
import { requestSignIn, signOut, SIGN_IN_LINK_MINUTES } from '#shared/auth/sign-in.ts';
import { ROLES, signInRequestSchema } from '#shared/domain/member.ts';
import type { WebDeps } from '../env.ts';
import { clientAddress } from '../middleware/client-address.ts';
import { clearSessionCookie } from '../middleware/session.ts';
import { anyone, errors, problem } from '../ui/openapi-parts.ts';
import { acceptedSchema, apiApp, jsonAnswer, jsonBody, jsonRequest, openApiPart, session } from '../ui/openapi-route.ts';

const meSchema = z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES) });
const tags = ['Sign-in'];

// The same answer for an address that is no member's: the link is sent (or not) after the answer.
const signInRoute = createRoute({
  method: 'post', path: '/api/auth/sign-in', operationId: 'requestSignInLink', tags, security: anyone,
  summary: 'Email a one-time sign-in link (same answer for unknown addresses)',
  middleware: [jsonBody],
  request: { body: jsonRequest('SignIn', signInRequestSchema) },
  responses: { 202: jsonAnswer('Accepted: check your email', 'Accepted', acceptedSchema), 429: problem, ...errors },
});

const signOutRoute = createRoute({
  method: 'post', path: '/api/auth/sign-out', operationId: 'signOut', tags, security: anyone,
  summary: 'End the session (if any) and clear its cookie',
  responses: { 204: { description: 'Signed out' }, 403: problem, 500: problem, 503: problem },
});

const meRoute = createRoute({
  method: 'get', path: '/api/me', operationId: 'getMe', tags, security: session,
  summary: 'The signed-in member',
  responses: { 200: jsonAnswer('The member', 'Me', meSchema), 401: problem, 500: problem, 503: problem },
});

/** The routes as declared, for the document and for the test that holds it to them. */
export const authRoutes = [signInRoute, signOutRoute, meRoute];
/** Signing in's part of `/api/openapi.json`. */
export const authOpenApi = () => openApiPart(authRoutes);

export function authApi(deps: WebDeps) {
  return apiApp()
    .openapi(signInRoute, async (c) => {
      await requestSignIn(deps, c.req.valid('json'), clientAddress(c));
      return c.json({ message: c.get('i18n').t('auth.checkEmail.accepted', { minutes: SIGN_IN_LINK_MINUTES }) }, 202);
    })

    .openapi(signOutRoute, async (c) => {
      const sessionId = c.get('sessionId');
      if (sessionId) await signOut(deps, sessionId);
      clearSessionCookie(c);
      return c.body(null, 204);
    })

    .openapi(meRoute, (c) => {
      const me = requireMember(c.get('viewer'));
      return c.json({ id: me.id, email: me.email, name: me.name, role: me.role }, 200);
    });
}
