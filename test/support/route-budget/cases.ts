/** The request budget's rows for cases (test/support/route-budget.ts orders them). */
import { type GetRoute, withCursor } from './kit.ts';

/** The case list and the case pages. */
export const casePageRows: GetRoute[] = [
  { route: '/cases', path: () => '/cases' },
  { route: '/cases', path: () => '/cases?country=CO', note: 'by country (byScope index)' },
  { route: '/cases', path: (f, caller) => withCursor(f, caller, '/cases'), note: 'second page (cursor)' },
  { route: '/cases/new', path: () => '/cases/new' },
  // Issue 14: a coordinator's case Query also returns the alerts' rosters the stream keeps under the case; the member picker is the third call.
  { route: '/cases/:id', path: (f) => `/cases/${f.cases.network}`, note: 'network case with timeline, ledger and an urgent alert' },
  { route: '/cases/:id', path: (f) => `/cases/${f.cases.public}`, note: 'public case' },
  { route: '/cases/:id/edit', path: (f) => `/cases/${f.cases.network}/edit` },
];

/** The case list, a case and its timeline through the API. */
export const caseApiRows: GetRoute[] = [
  { route: '/api/cases', path: () => '/api/cases' },
  { route: '/api/cases', path: () => '/api/cases?country=CO&limit=100', note: 'by country, 100 a page' },
  { route: '/api/cases', path: (f, caller) => withCursor(f, caller, '/api/cases'), note: 'second page (cursor)' },
  { route: '/api/cases/:id', path: (f) => `/api/cases/${f.cases.network}` },
  { route: '/api/cases/:id', path: (f) => `/api/cases/${f.cases.restricted}`, note: 'restricted, MP named' },
  { route: '/api/cases/:id/events', path: (f) => `/api/cases/${f.cases.network}/events` },
];

/** The case list as CSV (the XLSX workbook is a job: test/support/route-budget/exports.ts). */
export const exportRows: GetRoute[] = [
  { route: '/api/exports/cases.csv', path: () => '/api/exports/cases.csv', note: 'audited export' },
];
