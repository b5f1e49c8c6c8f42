/**
 * The request budget, table-driven: every GET route the app registers, the
 * paths that exercise it, and each caller, measured with the DynamoDB call
 * counter. Shared by the test (test/integration/request-budget.test.ts) and
 * the benchmark (npm run bench), so both read one table. A new GET route
 * fails the test until it has a row here.
 *
 * The fixture is deliberately the expensive shape for lists: many restricted
 * cases newer than the visible ones, so a member's list filters out a whole
 * query page and has to read a second one.
 *
 * The rows live by feature in test/support/route-budget/<feature>.ts, the fixture in
 * route-budget/fixture.ts; GET_ROUTES lists the rows in the order they are measured and reported.
 */
import type { Hono } from 'hono';
import type { CallTally } from '#functions/adapters/dynamo/index.ts';
import type { AppEnv } from '#web/env.ts';
import type { Harness } from './harness.ts';
import { CALLERS, MAX_CALLS, MAX_SCANS, type BudgetFixture, type Caller, type GetRoute } from './route-budget/kit.ts';
import { signInPageRows, meApiRows } from './route-budget/auth.ts';
import { casePageRows, caseApiRows, exportRows } from './route-budget/cases.ts';
import { exportJobRows } from './route-budget/exports.ts';
import { sensitivePageRows, auditPageRows, caseSafetyApiRows, auditApiRows } from './route-budget/case-safety.ts';
import { riskPageRows, riskApiRows } from './route-budget/risk.ts';
import { memberPageRows, memberApiRows } from './route-budget/members.ts';
import { assetAndDocumentRows, localApiRows } from './route-budget/app.ts';
import { correctionRows } from './route-budget/corrections.ts';
import { intakeRows } from './route-budget/intake.ts';
import { pledgeRows } from './route-budget/pledges.ts';
import { missionApiRows, missionPageRows } from './route-budget/missions.ts';
import { calendarRows } from './route-budget/calendar.ts';
import { digestRows, digestPreviewRows } from './route-budget/digests.ts';
import { alertRows } from './route-budget/alerts.ts';
import { coverageApiRows, coveragePageRows } from './route-budget/coverage.ts';
import { proceedingRows } from './route-budget/proceedings.ts';
import { importRows } from './route-budget/imports.ts';
import { attachmentRows } from './route-budget/attachments.ts';

export { CALLERS, MAX_CALLS, MAX_SCANS, type BudgetFixture, type Caller, type GetRoute } from './route-budget/kit.ts';
export { buildBudgetFixture } from './route-budget/fixture.ts';

export const GET_ROUTES: GetRoute[] = [
  ...signInPageRows,
  ...casePageRows,
  ...sensitivePageRows,
  ...riskPageRows,
  ...auditPageRows,
  ...memberPageRows,
  ...assetAndDocumentRows,
  ...meApiRows,
  ...caseApiRows,
  ...correctionRows,
  ...caseSafetyApiRows,
  ...riskApiRows,
  ...auditApiRows,
  ...memberApiRows,
  ...intakeRows,
  ...exportRows,
  ...exportJobRows,
  ...localApiRows,
  ...pledgeRows,
  ...missionApiRows,
  ...calendarRows,
  ...missionPageRows,
  ...digestRows,
  ...alertRows,
  ...digestPreviewRows,
  ...coverageApiRows,
  ...proceedingRows,
  ...coveragePageRows,
  ...importRows,
  ...attachmentRows,
];

/**
 * Writes that grow with their input, the documented exceptions among POST routes: the most
 * DynamoDB calls an import of `rows` new rows may make, the request and its job together
 * (test/integration/import-page.test.ts).
 */
export const IMPORT_BUDGETS = [
  {
    route: 'POST /api/imports/cases',
    maxCalls: (rows: number) => 7 + Math.ceil(rows / 200) * 3 + Math.ceil(rows / 25),
    reason: 'the request: the session, the Idempotency-Key\'s earlier answer when one is sent, the job saved (one transaction, with the key\'s claim) and read back; the job: its item, its creator, then per chunk of 200 rows one BatchGetItem per 100 external ids and the progress record, one TransactWriteItems per 25 new cases (case, consent entry, audit line, external id: 4 items of the 100 a transaction takes; an update is 2), and the import\'s audit line; about 0.05 calls per row',
  },
  {
    route: 'POST /api/imports/members',
    maxCalls: (rows: number) => 7 + Math.ceil(rows / 200) + rows,
    reason: 'the request as for cases; the job: its item, its creator, one transaction per member (member, unique email, audit line) as every member creation, the progress record per chunk of 200 rows, and the import\'s audit line; 1 call per row',
  },
] as const;

/** GET routes the app registers that have no row above (should be none). */
export function unmappedGetRoutes(app: Hono<AppEnv>): string[] {
  const mapped = new Set(GET_ROUTES.map((r) => r.route));
  const registered = new Set(app.routes.filter((r) => r.method === 'GET').map((r) => r.path));
  return [...registered].filter((path) => !mapped.has(path)).sort();
}

export interface BudgetRow {
  route: string;
  path: string;
  caller: Caller;
  status: number;
  calls: number;
  scans: number;
  byCommand: CallTally['byCommand'];
  note?: string;
}

/** Every row × caller, one request each, counted in a scope of its own. */
export async function measureGetRoutes(h: Harness, f: BudgetFixture): Promise<BudgetRow[]> {
  const rows: BudgetRow[] = [];
  for (const row of GET_ROUTES) {
    for (const caller of row.callers ?? CALLERS) {
      const path = await row.path(f, caller);
      const cookie = f.cookies[caller];
      const { result, tally } = await h.calls.measure(() =>
        Promise.resolve(h.app.request(path, { headers: cookie ? { cookie } : {} })),
      );
      await result.arrayBuffer();
      rows.push({
        route: row.route, path, caller, status: result.status, calls: tally.calls, scans: tally.scans,
        byCommand: tally.byCommand, ...(row.note ? { note: row.note } : {}),
      });
    }
  }
  return rows;
}

/** Rows over the budget (or failing with 5xx, which would make a low count meaningless). */
const ceilingOf = (route: string): number => {
  const ceiling = GET_ROUTES.find((r) => r.route === route)?.exception?.maxCalls ?? MAX_CALLS;
  return typeof ceiling === 'string' ? Number.POSITIVE_INFINITY : ceiling;
};

export const overBudget = (rows: BudgetRow[]) =>
  rows.filter((r) => r.calls > ceilingOf(r.route) || r.scans > MAX_SCANS || r.status >= 500);

/** The documented exceptions, for the report. */
export const budgetExceptions = () => GET_ROUTES.filter((r) => r.exception).map((r) => ({ route: r.route, ...r.exception! }));
