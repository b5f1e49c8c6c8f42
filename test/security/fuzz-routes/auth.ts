/** The fuzzed write routes of auth (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { signInRequestSchema } from '#shared/domain/member.ts';
import { type FuzzRoute } from './kit.ts';

/** Asking for a sign-in link. */
export const signInRows: FuzzRoute[] = [
  {
    name: 'POST /api/auth/sign-in', method: 'POST', schema: signInRequestSchema, as: 'anonymous', rateLimited: true,
    valid: fc.record({ email: fc.emailAddress().filter((e) => e.length < 200 && signInRequestSchema.shape.email.safeParse(e).success) }),
    path: () => '/api/auth/sign-in',
  },
];
