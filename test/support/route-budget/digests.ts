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

/**
 * Digest previews and the send step (issue 14): the session, then the digest board and the week's partition
 * (two Queries, whoever is previewed: an MP, a diplomat with their posting's requests, a coordinator with the
 * gaps), which the table's stream keeps (functions/adapters/dynamo/digest-board-items.ts).
 */
export const digestPreviewRows: GetRoute[] = [
  ...(['/api/digests/:week/preview', '/digests/:week', '/digests/:week/email.html'] as const).flatMap((route) =>
    (['mp', 'diplomat', 'coordinator'] as const).map((previewed) => ({
      route,
      path: (f: BudgetFixture) => `${route.replace(':week', f.week)}?member=${f.members[previewed].id}`,
      note: `the digest of ${previewed === 'mp' ? 'an MP' : `a ${previewed}`}`,
    }))),
  {
    route: '/digests/:week/send',
    path: (f: BudgetFixture) => `/digests/${f.week}/send`,
    note: 'the send step: how many members will receive the week (every member\'s digest composed, as the job would)',
  },
];
