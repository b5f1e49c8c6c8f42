/**
 * What the request budget's rows are written with (test/support/route-budget.ts): the callers,
 * the budget, the fixture the rows read, the row type, and the cursor helper.
 */
import type { Member } from '#shared/domain/member.ts';

/** Who asks: each role, nobody, and a session that was signed out. */
export const CALLERS = ['anonymous', 'mp', 'diplomat', 'coordinator', 'signed-out'] as const;
export type Caller = (typeof CALLERS)[number];

/** The budget (docs/architecture.md, Performance budgets). */
export const MAX_CALLS = 3;
export const MAX_SCANS = 0;

export interface BudgetFixture {
  cookies: Record<Caller, string | undefined>;
  members: { coordinator: Member; mp: Member; diplomat: Member };
  cases: { public: string; network: string; restricted: string };
  joinRequestId: string;
  /** The network case's timeline event. */
  eventId: string;
  /** An intake report (with contact details). */
  reportId: string;
  /** An emailed report and its one kept file. */
  reportFile: { reportId: string; attachmentId: string };
  /** The MP's logged action on the network case, the diplomat's request there, a feed token, a week. */
  actionId: string;
  feedToken: string;
  unsubscribeToken: string;
  week: string;
  /** An urgent alert on the network case (the MP, who pledged, receives it), and the MP's alerts unsubscribe token. */
  alertId: string;
  alertUnsubscribeToken: string;
  /** A PDF a coordinator attached to the network case. */
  attachmentId: string;
  /** Issue 18: an import job a coordinator started. */
  importJobId: string;
  /** Issue 14: an XLSX export the coordinator started, its workbook built. */
  exportJobId: string;
  /** Where the store sends the coordinator back after a new direct upload onto the network case (each call makes one). */
  freshUploadReturn(): Promise<string>;
  /** An ECtHR application recorded on the network case. */
  proceedingId: string;
  /** A fresh one-time sign-in link for the MP (each call makes one). */
  freshSignInPath(): Promise<string>;
  /** The cursor of the second page of a list, as this caller sees it. */
  nextCursor(path: string, caller: Caller): Promise<string | undefined>;
}

export interface GetRoute {
  /** The route pattern exactly as the app registers it (app.routes). */
  route: string;
  /** What is asked for: one concrete path per row; several rows may share a route. */
  path(f: BudgetFixture, caller: Caller): string | Promise<string>;
  /** Defaults to every caller. */
  callers?: readonly Caller[];
  /** Shown in the table: what the row exercises beyond the plain path. */
  note?: string;
  /**
   * A page known to exceed the budget, with the reason: measured and reported
   * (the bench prints it), checked against this ceiling instead of 3.
   */
  exception?: {
    maxCalls: number | 'grows with cases' | 'grows with followers'; reason: string;
    /** Who may exceed 3 calls on this route; coordinators only unless it says. */
    callers?: readonly Caller[];
  };
}

export const withCursor = async (f: BudgetFixture, caller: Caller, path: string) => {
  const cursor = await f.nextCursor(path, caller);
  return cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : path;
};
