/** The request budget's rows for members (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Joining and the members' pages. */
export const memberPageRows: GetRoute[] = [
  { route: '/join', path: () => '/join' },
  { route: '/join-requests', path: () => '/join-requests' },
  { route: '/members', path: () => '/members' },
  { route: '/members/:id/audit', path: (f) => `/members/${f.members.coordinator.id}/audit` },
  {
    route: '/members/:id', path: (f) => `/members/${f.members.mp.id}`, note: 'a member\'s page: details, edit form, pledges, actions, audit',
    exception: {
      maxCalls: 5,
      reason: 'issue 18 asks the member page for their pledges, actions and audit trail: besides the session and the member, the member\'s byScope Query (pledges and actions), the audit Query by actor and one BatchGetItem for the names of the cases they name (at most 100); coordinators only',
    },
  },
];

/** Members, their audit and join requests through the API. */
export const memberApiRows: GetRoute[] = [
  { route: '/api/members', path: () => '/api/members' },
  { route: '/api/members/:id/audit', path: (f) => `/api/members/${f.members.coordinator.id}/audit` },
  { route: '/api/members/:id', path: (f) => `/api/members/${f.members.mp.id}` },
  { route: '/api/join-requests', path: () => '/api/join-requests' },
];
