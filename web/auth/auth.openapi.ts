/** The OpenAPI part for signing in and out and "who am I". Spread into the document in `web/openapi/openapi.ts`. */
import { z } from 'zod';
import { ROLES, signInRequestSchema } from '#shared/domain/member.ts';
import { anyone, answer, errors, json, problem, schema } from '../ui/openapi-parts.ts';

export const authSchemas = {
  SignIn: schema(signInRequestSchema),
  Me: schema(z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.enum(ROLES) }), 'output'),
};

export function authPaths() {
  const tags = ['Sign-in'];
  return {
    '/api/auth/sign-in': {
      post: {
        operationId: 'requestSignInLink', tags, security: anyone,
        summary: 'Email a one-time sign-in link (same answer for unknown addresses)',
        requestBody: { required: true, content: json('SignIn') },
        responses: { 202: answer('Accepted: check your email', 'Accepted'), 429: problem, ...errors },
      },
    },
    '/api/auth/sign-out': {
      post: { operationId: 'signOut', tags, security: anyone, summary: 'End the session (if any) and clear its cookie', responses: { 204: { description: 'Signed out' }, 403: problem, 500: problem, 503: problem } },
    },
    '/api/me': {
      get: { operationId: 'getMe', tags, summary: 'The signed-in member', responses: { 200: answer('The member', 'Me'), 401: problem, 500: problem, 503: problem } },
    },
  };
}
