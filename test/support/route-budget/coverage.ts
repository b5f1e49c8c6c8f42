/** The request budget's rows for coverage (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Coverage figures through the API. */
export const coverageApiRows: GetRoute[] = [
  // Issue 13: coverage figures, from the aggregates the table's stream keeps.
  { route: '/api/coverage', path: () => '/api/coverage', note: 'the session, the countries\' aggregates and the period\'s months' },
  { route: '/api/coverage', path: () => '/api/coverage?from=2025-01&to=2026-12&country=CO', note: 'one country, two years' },
];

/** The dashboard, its CSV, the annual report, the members' home. */
export const coveragePageRows: GetRoute[] = [
  { route: '/dashboard', path: () => '/dashboard', note: 'the coordinator\'s home: the session, the countries\' aggregates and the period\'s months' },
  { route: '/dashboard', path: () => '/dashboard?from=2025-01&to=2026-12&country=CO', note: 'one country, two years' },
  { route: '/dashboard/figures.csv', path: () => '/dashboard/figures.csv', note: 'the dashboard\'s figures as CSV' },
  { route: '/reports/annual', path: () => '/reports/annual?year=2026', note: 'the annual report: the year\'s months and the countries now' },
  // Issue 13: the MP's and the diplomat's home: the session, one Query of the member's collection (their item, pledges,
  // waiting alerts, roster, and the hearings, requests and suggested cases the stream projects there) and one BatchGet
  // of the cases it names, as they are now; whatever the number of cases, pledges, hearings or alerts.
  { route: '/home', path: () => '/home', note: 'MPs\' and diplomats\' home (coordinators are sent to /dashboard)' },
];
