/**
 * Benchmark (a): DynamoDB calls per request for every GET page and API route
 * × caller, from the same table and fixture as the request-budget test
 * (test/support/route-budget.ts), counted by the SDK middleware.
 */
import { makeHarness } from '../support/harness.ts';
import { buildBudgetFixture, CALLERS, MAX_CALLS, measureGetRoutes, overBudget, type BudgetRow } from '../support/route-budget.ts';
import { section, table } from './report.ts';

export interface CallsResult {
  budget: { maxCalls: number; maxScans: number };
  fixture: string;
  maxCalls: number;
  totalScans: number;
  overBudget: BudgetRow[];
  rows: BudgetRow[];
}

export async function benchCallsPerRoute(endpoint: string): Promise<CallsResult> {
  const h = await makeHarness({ endpoint, localRoutes: true });
  const fillers = 120;
  const fixture = await buildBudgetFixture(h, { fillers });
  // Tokens and cursors are one-time values of a throwaway table: shortened before they are printed or written.
  const rows = (await measureGetRoutes(h, fixture)).map((r) => ({ ...r, path: r.path.replace(/(token|cursor)=[^&]+/, '$1=…') }));
  const result: CallsResult = {
    budget: { maxCalls: MAX_CALLS, maxScans: 0 },
    fixture: `3 cases (public, network with timeline, restricted with sensitive fields) + ${fillers} newer restricted cases; 1 join request`,
    maxCalls: Math.max(...rows.map((r) => r.calls)),
    totalScans: rows.reduce((n, r) => n + r.scans, 0),
    overBudget: overBudget(rows),
    rows,
  };

  section('(a) DynamoDB calls per request (budget: at most 3, 0 Scans)');
  // One line per table row (path and note), one column per caller; ids and tokens shortened.
  const label = (r: BudgetRow) => `${r.path.replace(/[0-9a-f-]{36}/g, ':id')}${r.note ? ` (${r.note})` : ''}`;
  const lines = [...new Set(rows.map(label))];
  const cell = (line: string, caller: string) => {
    const found = rows.find((r) => label(r) === line && r.caller === caller);
    return found ? `${found.calls} (${found.status})` : '';
  };
  console.log(table(['GET', ...CALLERS], lines.map((line) => [line, ...CALLERS.map((c) => cell(line, c))])));
  console.log(`cells: calls (status). ${rows.length} requests; max ${result.maxCalls} calls; ${result.totalScans} Scans; ${result.overBudget.length} over budget.`);
  return result;
}
