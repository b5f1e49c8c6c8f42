/** The request budget's rows for imports (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The import page. */
export const importRows: GetRoute[] = [
  // Issue 18: spreadsheet imports and exports.
  { route: '/imports', path: () => '/imports', callers: ['coordinator'], note: 'the import page (coordinators)' },
];
