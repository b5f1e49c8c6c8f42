/**
 * Benchmark (a): DynamoDB calls per request for every GET page and API route
 * × caller, from the same table and fixture as the request-budget test
 * (test/support/route-budget.ts), counted by the SDK middleware.
 */
import { makeHarness } from '../support/harness.ts';
import {
  budgetExceptions, buildBudgetFixture, CALLERS, MAX_CALLS, measureGetRoutes, overBudget, type BudgetRow,
} from '../support/route-budget.ts';
import { callsGrid, section, table } from './report.ts';

export interface CallsResult {
  budget: { maxCalls: number; maxScans: number };
  /** Pages allowed past the budget, with the reason (test/support/route-budget.ts). */
  exceptions: { route: string; maxCalls: number | string; reason: string }[];
  callers: string[];
  fixture: string;
  maxCalls: number;
  totalScans: number;
  overBudget: BudgetRow[];
  rows: BudgetRow[];
}

export async function benchCallsPerRoute(endpoint: string, fillers = 120): Promise<CallsResult> {
  const h = await makeHarness({ endpoint, localRoutes: true });
  const fixture = await buildBudgetFixture(h, { fillers });
  // Tokens and cursors are one-time values of a throwaway table: shortened before they are printed or written.
  const shorten = (path: string) =>
    path.replace(/(token|cursor)=[^&]+/, '$1=…').replace(/^\/calendar\/[\w-]{20,}\.ics$/, '/calendar/….ics').replace(/^\/unsubscribe\/.+$/, '/unsubscribe/…');
  const rows = (await measureGetRoutes(h, fixture)).map((r) => ({ ...r, path: shorten(r.path) }));
  const result: CallsResult = {
    budget: { maxCalls: MAX_CALLS, maxScans: 0 },
    exceptions: budgetExceptions(),
    callers: [...CALLERS],
    fixture: `3 cases (public, network with timeline, restricted with sensitive fields) + ${fillers} newer restricted cases; 1 join request`,
    maxCalls: Math.max(...rows.map((r) => r.calls)),
    totalScans: rows.reduce((n, r) => n + r.scans, 0),
    overBudget: overBudget(rows),
    rows,
  };

  section('(a) DynamoDB calls per request (budget: at most 3, 0 Scans)');
  console.log(table(['GET', ...CALLERS], callsGrid(rows, CALLERS).map((l) => [`${l.path}${l.note ? ` (${l.note})` : ''}`, ...l.cells])));
  console.log(`cells: calls (status). ${rows.length} requests; max ${result.maxCalls} calls; ${result.totalScans} Scans; ${result.overBudget.length} over budget.`);
  return result;
}
