/** The authorization matrix's rows for auth (test/security/authorization-table.ts orders them). */
import { type Row, all, membersRedirected, membersOnly } from './kit.ts';

/** Signing in through the API, the signed-in member. */
export const authApiRows: Row[] = [
  { method: 'POST', route: '/api/auth/sign-in', expect: all(202), call: (ctx) => ({ path: '/api/auth/sign-in', json: { email: `nobody-${ctx.unique()}@example.org` } }) },
  { method: 'GET', route: '/api/me', expect: membersOnly(200) },
];

/** The home redirect, signing in through pages. */
export const signInPageRows: Row[] = [
  { method: 'GET', route: '/', expect: membersRedirected(200) },
  { method: 'GET', route: '/sign-in', expect: all(200) },
  { method: 'POST', route: '/sign-in', expect: all(202), call: (ctx) => ({ path: '/sign-in', form: { email: `nobody-${ctx.unique()}@example.org` } }) },
  // Opening the link shows a button and uses nothing up; the button's form post signs in.
  { method: 'GET', route: '/auth/verify', expect: all(200), call: async (ctx) => ({ path: `/auth/verify?token=${await ctx.signInToken()}` }) },
  { method: 'POST', route: '/auth/verify', expect: all(303), call: async (ctx) => ({ path: '/auth/verify', form: { token: await ctx.signInToken() } }) },
];

/** Signing out (last: it ends the sessions the rows above use). */
export const signOutRows: Row[] = [
  // Last: they end the sessions the rows above use.
  { method: 'POST', route: '/api/auth/sign-out', expect: all(204) },
  { method: 'POST', route: '/sign-out', expect: all(303), call: () => ({ path: '/sign-out', form: {} }) },
];
