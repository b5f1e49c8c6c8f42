/** The request budget's rows for imports (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The import page. */
export const importRows: GetRoute[] = [
  // Issue 18: spreadsheet imports and exports.
  { route: '/imports', path: () => '/imports', callers: ['coordinator'], note: 'the import page (coordinators), with the recent jobs (one Query)' },
  // Issue 18, imports as jobs: the session and the job's item.
  { route: '/imports/:jobId', path: (f) => `/imports/${f.importJobId}`, callers: ['coordinator'], note: 'an import job\'s progress page' },
  { route: '/api/imports/:jobId', path: (f) => `/api/imports/${f.importJobId}`, note: 'an import job' },
];
