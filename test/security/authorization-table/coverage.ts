/** The authorization matrix's rows for coverage (test/security/authorization-table.ts orders them). */
import { type Row, membersOnly, coordinatorOnly, coordinatorPage } from './kit.ts';

/** Coverage figures and dashboards. */
export const coverageRows: Row[] = [
  // Issue 13: coverage figures and dashboards.
  { method: 'GET', route: '/api/coverage', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/home', expect: { ...membersOnly(200, 303), coordinator: 303 } },
  { method: 'GET', route: '/dashboard', expect: coordinatorPage(200) },
  { method: 'GET', route: '/dashboard/figures.csv', expect: coordinatorPage(200) },
  { method: 'GET', route: '/reports/annual', expect: coordinatorPage(200), call: () => ({ path: '/reports/annual?year=2026' }) },
];
