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
  {
    route: '/home', path: () => '/home', note: 'MPs\' and diplomats\' home (coordinators are sent to /dashboard)',
    exception: {
      maxCalls: 9,
      callers: ['mp', 'diplomat'],
      reason: 'issue 13\'s member homes apply the visibility rule to the cases as they are now, reading what the pages they summarise read: for an MP the session, their byScope collection (pledges, actions, co-signatures and the alerts waiting for their answer: one Query), one BatchGet of those cases with the member\'s own item (their follows), the calendar (one Query of the window, one BatchGet of its cases) and the active cases without an adopter (one Query, a second when the first page held only cases the MP may not see): at most 7; for a diplomat the session, the waiting alerts (one Query, one BatchGet of their cases), the posting\'s open requests (one Query, one BatchGet), the calendar (two) and the posting\'s cases without an adopter (one or two Queries): at most 9, whatever the number of cases',
    },
  },
];
