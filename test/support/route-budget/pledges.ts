/** The request budget's rows for pledges (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Pledges, logged actions, suggestions. */
export const pledgeRows: GetRoute[] = [
  // Issue 4: adoption.
  { route: '/api/cases/:id/pledges', path: (f) => `/api/cases/${f.cases.network}/pledges` },
  { route: '/api/cases/:id/pledges/:memberId', path: (f) => `/api/cases/${f.cases.network}/pledges/${f.members.mp.id}` },
  { route: '/api/cases/:id/actions', path: (f) => `/api/cases/${f.cases.network}/actions` },
  { route: '/api/cases/:id/actions/:actionId', path: (f) => `/api/cases/${f.cases.network}/actions/${f.actionId}` },
  { route: '/api/cases/:id/suggestions', path: (f) => `/api/cases/${f.cases.network}/suggestions` },
  { route: '/api/me/pledges', path: () => '/api/me/pledges' },
  { route: '/my-cases', path: () => '/my-cases' },
  { route: '/cases/:id/pledge', path: (f) => `/cases/${f.cases.network}/pledge` },
  { route: '/cases/:id/actions/new', path: (f) => `/cases/${f.cases.network}/actions/new` },
  { route: '/cases/:id/actions/:actionId/edit', path: (f) => `/cases/${f.cases.network}/actions/${f.actionId}/edit` },
];
