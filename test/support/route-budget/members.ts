/** The request budget's rows for members (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Joining and the members' pages. */
export const memberPageRows: GetRoute[] = [
  { route: '/join', path: () => '/join' },
  { route: '/join-requests', path: () => '/join-requests' },
  { route: '/members', path: () => '/members' },
  { route: '/members/:id/audit', path: (f) => `/members/${f.members.coordinator.id}/audit` },
  // Issue 14: the session, the member's byScope Query (their item, pledges and actions, with the cases' names the
  // stream keeps on them) and the audit Query by actor (its lines named the same way): 3 calls.
  { route: '/members/:id', path: (f) => `/members/${f.members.mp.id}`, note: 'a member\'s page: details, edit form, pledges, actions, audit' },
];

/** Members, their audit and join requests through the API. */
export const memberApiRows: GetRoute[] = [
  { route: '/api/members', path: () => '/api/members' },
  { route: '/api/members/:id/audit', path: (f) => `/api/members/${f.members.coordinator.id}/audit` },
  { route: '/api/members/:id', path: (f) => `/api/members/${f.members.mp.id}` },
  { route: '/api/join-requests', path: () => '/api/join-requests' },
];
