/** The request budget's rows for digests (test/support/route-budget.ts orders them). */
import type { GetRoute, BudgetFixture } from './kit.ts';

/** Preferences, digest runs, the settings page, unsubscribing. */
export const digestRows: GetRoute[] = [
  // Issue 6: digests.
  { route: '/api/me/preferences', path: () => '/api/me/preferences' },
  { route: '/api/digest-runs', path: () => '/api/digest-runs' },
  { route: '/settings', path: () => '/settings' },
  { route: '/digests', path: () => '/digests' },
  { route: '/digest-runs', path: () => '/digest-runs' },
  { route: '/unsubscribe/:token', path: (f) => `/unsubscribe/${f.unsubscribeToken}` },
];

/** Digest previews and the send step. */
export const digestPreviewRows: GetRoute[] = [
  ...(['/api/digests/:week/preview', '/digests/:week', '/digests/:week/email.html'] as const).map((route) => ({
    route,
    path: (f: BudgetFixture) => `${route.replace(':week', f.week).replace('/preview', '/preview')}?member=${f.members.mp.id}`,
    exception: {
      maxCalls: 'grows with cases' as const,
      reason: 'a coordinator previewing a digest composes it as the weekly job does, for one member: the session, the member, the case list (one Query per 1 MB page, every case is checked against its own record), the hearings, the week\'s news partition, the cases the member took part in, the notes kept for digests; for a diplomat the posting\'s open requests, for a coordinator the gap coverage (one BatchGet per 100 cases). 7 calls for an MP until the case list passes one page; no read per case with news (digest-reads.test.ts)',
    },
  })),
  {
    route: '/digests/:week/send',
    path: (f: BudgetFixture) => `/digests/${f.week}/send`,
    note: 'the send step: how many members will receive the week',
    exception: {
      maxCalls: 'grows with cases',
      reason: 'the count is the job\'s own rule, read as the job reads: the week\'s inputs (as the preview), every member and every suppressed address (one Query per 1 MB page each) and the week\'s send records; linear in cases + members, never their product',
    },
  },
];
