/**
 * The request budget (docs/architecture.md): every GET page and API route, asked
 * by each kind of caller, makes at most 3 DynamoDB calls and 0 Scans,
 * counted by the SDK middleware on a table where lists must read past a
 * page of cases the caller may not see. The table of routes lives in
 * test/support/route-budget.ts; a GET route without a row fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { makeHarness, type Harness } from '../support/harness.ts';
import {
  budgetExceptions, buildBudgetFixture, GET_ROUTES, MAX_CALLS, measureGetRoutes, overBudget, unmappedGetRoutes, type BudgetRow,
} from '../support/route-budget.ts';

let h: Harness;
let rows: BudgetRow[];

beforeAll(async () => {
  h = await makeHarness({ localRoutes: true });
  // 120 restricted cases newer than the visible ones: a member's first query page is all filtered out.
  const fixture = await buildBudgetFixture(h, { fillers: 120 });
  rows = await measureGetRoutes(h, fixture);
}, 240_000);

describe('DynamoDB calls per request', () => {
  it('every GET route the app registers has a row in the budget table', () => {
    expect(unmappedGetRoutes(h.app)).toEqual([]);
  });

  it('every row was measured for every caller it names', () => {
    const expected = GET_ROUTES.reduce((n, r) => n + (r.callers?.length ?? 5), 0);
    expect(rows.length).toBe(expected);
  });

  it(`at most ${MAX_CALLS} calls and 0 Scans for every route × caller, and no 5xx`, () => {
    const offenders = overBudget(rows).map((r) => `${r.caller} GET ${r.path} → ${r.status}, ${r.calls} calls ${JSON.stringify(r.byCommand)}`);
    expect(offenders).toEqual([]);
  });

  it('the only pages over 3 calls are the documented exceptions (digest previews, the named audit log), for coordinators', () => {
    const over = rows.filter((r) => r.calls > MAX_CALLS);
    expect([...new Set(over.map((r) => r.route))].sort()).toEqual(budgetExceptions().map((e) => e.route).sort());
    const mayExceed = (r: BudgetRow) => (budgetExceptions().find((e) => e.route === r.route)?.callers ?? ['coordinator']).includes(r.caller);
    expect(over.filter((r) => !mayExceed(r)).map((r) => `${r.caller} GET ${r.path}: ${r.calls} calls`)).toEqual([]);
  });

  it('an MP\'s and a diplomat\'s home: the session, their collection, the cases it names', () => {
    for (const caller of ['mp', 'diplomat'] as const) {
      const home = rows.find((r) => r.path === '/home' && r.caller === caller);
      expect(home?.status, caller).toBe(200);
      expect(home?.calls, caller).toBeLessThanOrEqual(MAX_CALLS);
      expect(home?.byCommand.QueryCommand, caller).toBe(1);
    }
  });

  it('the worst case really is exercised: a member list reads a second query page', () => {
    const list = rows.find((r) => r.path === '/api/cases' && r.caller === 'mp');
    expect(list?.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 2 });
  });

  it('the counter sees what the app does: a signed-in page costs its session lookup', () => {
    const anonymous = rows.find((r) => r.path === '/sign-in' && r.caller === 'anonymous');
    const member = rows.find((r) => r.path === '/sign-in' && r.caller === 'mp');
    expect(anonymous?.calls).toBe(0);
    expect(member?.byCommand).toEqual({ GetItemCommand: 1 });
  });

  it('the request log line carries the count', async () => {
    h.logs.length = 0;
    await h.app.request('/api/cases');
    const line = JSON.parse(h.logs.find((l) => l.includes('"route":"/api/cases"'))!);
    expect(line).toMatchObject({ dynamoCalls: expect.any(Number), dynamoScans: 0 });
    expect(line.dynamoCalls).toBeGreaterThan(0);
  });
});
