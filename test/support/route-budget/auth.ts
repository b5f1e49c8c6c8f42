/** The request budget's rows for auth (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The home page and signing in. */
export const signInPageRows: GetRoute[] = [
  { route: '/', path: () => '/' },
  { route: '/sign-in', path: () => '/sign-in' },
  { route: '/auth/verify', path: (f) => f.freshSignInPath(), callers: ['anonymous', 'mp'], note: 'a valid one-time link (its page; the POST uses it)' },
];

/** The signed-in member. */
export const meApiRows: GetRoute[] = [
  { route: '/api/me', path: () => '/api/me' },
];
