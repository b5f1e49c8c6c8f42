/** The request budget's rows for missions (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The EU Guidelines, action requests, mission actions, the gap view through the API. */
export const missionApiRows: GetRoute[] = [
  // Issue 5: missions, gaps, calendar.
  { route: '/api/eu-guidelines', path: () => '/api/eu-guidelines' },
  { route: '/api/action-requests', path: () => '/api/action-requests?country=CO' },
  { route: '/api/cases/:id/action-requests', path: (f) => `/api/cases/${f.cases.network}/action-requests` },
  { route: '/api/cases/:id/mission-actions', path: (f) => `/api/cases/${f.cases.network}/mission-actions` },
  // Issue 15: the gap view's first page also lists the risk gaps; issue 14: from the roster read with its markers.
  { route: '/api/gaps', path: () => '/api/gaps', note: 'risk gaps listed' },
];

/** Requests and mission actions through pages, the gap view. */
export const missionPageRows: GetRoute[] = [
  { route: '/requests', path: () => '/requests' },
  { route: '/cases/:id/action-requests/new', path: (f) => `/cases/${f.cases.network}/action-requests/new` },
  { route: '/cases/:id/mission-actions/new', path: (f) => `/cases/${f.cases.network}/mission-actions/new` },
  { route: '/gaps', path: () => '/gaps', note: 'risk gaps listed' },
];
