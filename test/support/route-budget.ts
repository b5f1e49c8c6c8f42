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
 */
import type { Hono } from 'hono';
import type { CallTally } from '#functions/adapters/dynamo/index.ts';
import type { Member } from '#shared/domain/member.ts';
import type { AppEnv } from '#web/env.ts';
import { FAVICON_PATH, STYLES_PATH, STYLES_ROUTE } from '#web/assets/asset-paths.ts';
import { APP_URL, type Harness } from './harness.ts';
import { emailedReportWithFile } from './intake-email.ts';
import { formOnPage, sendToStore } from './direct-upload.ts';
import { unsubscribeToken } from '#shared/digests/unsubscribe-token.ts';
import { alertUnsubscribeToken } from '#shared/alerts/index.ts';

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

const withCursor = async (f: BudgetFixture, caller: Caller, path: string) => {
  const cursor = await f.nextCursor(path, caller);
  return cursor ? `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : path;
};

/**
 * Issue 15: the gap view's first page reads, beside its candidates and their markers, the raised-risk
 * index (one Query, in parallel with the candidates') and the raised cases with their any-action
 * markers (one BatchGet per 50 raised cases): coordinators only, who alone may read this list.
 */
const RISK_GAPS_READ = {
  maxCalls: 5,
  reason: 'the first page also reads the raised-risk index (one Query) and those cases with their any-action markers (one BatchGet per 50 raised cases)',
} as const;

export const GET_ROUTES: GetRoute[] = [
  { route: '/', path: () => '/' },
  { route: '/sign-in', path: () => '/sign-in' },
  { route: '/auth/verify', path: (f) => f.freshSignInPath(), callers: ['anonymous', 'mp'], note: 'a valid one-time link (its page; the POST uses it)' },
  { route: '/cases', path: () => '/cases' },
  { route: '/cases', path: () => '/cases?country=CO', note: 'by country (byScope index)' },
  { route: '/cases', path: (f, caller) => withCursor(f, caller, '/cases'), note: 'second page (cursor)' },
  { route: '/cases/new', path: () => '/cases/new' },
  {
    route: '/cases/:id', path: (f) => `/cases/${f.cases.network}`, note: 'network case with timeline, ledger and an urgent alert',
    exception: {
      maxCalls: 4,
      reason: 'coordinators only: besides the session and the case, the member picker and the case\'s latest urgent alerts with their live roster (one byScope Query each); members stay within 3',
    },
  },
  { route: '/cases/:id', path: (f) => `/cases/${f.cases.public}`, note: 'public case' },
  { route: '/cases/:id/edit', path: (f) => `/cases/${f.cases.network}/edit` },
  { route: '/cases/:id/sensitive', path: (f) => `/cases/${f.cases.restricted}/sensitive`, note: 'audited read' },
  { route: '/cases/:id/risk', path: (f) => `/cases/${f.cases.restricted}/risk`, note: 'audited read' },
  {
    route: '/cases/:id/audit',
    path: (f) => `/cases/${f.cases.network}/audit`,
    note: 'actors by name',
    exception: {
      maxCalls: 4,
      reason: 'issue 17 asks the audit log to name each actor: besides the session, the case (its heading) and the audit Query, one BatchGetItem reads the names of the page\'s actors (at most 100, one call whatever the page holds)',
    },
  },
  { route: '/join', path: () => '/join' },
  { route: '/join-requests', path: () => '/join-requests' },
  { route: '/members', path: () => '/members' },
  { route: '/members/:id/audit', path: (f) => `/members/${f.members.coordinator.id}/audit` },
  {
    route: '/members/:id', path: (f) => `/members/${f.members.mp.id}`, note: 'a member\'s page: details, edit form, pledges, actions, audit',
    exception: {
      maxCalls: 5,
      reason: 'issue 18 asks the member page for their pledges, actions and audit trail: besides the session and the member, the member\'s byScope Query (pledges and actions), the audit Query by actor and one BatchGetItem for the names of the cases they name (at most 100); coordinators only',
    },
  },
  { route: '/dev/outbox', path: () => '/dev/outbox', note: 'local mode only' },
  { route: STYLES_ROUTE, path: () => STYLES_PATH },
  { route: FAVICON_PATH, path: () => FAVICON_PATH },
  { route: '/assets/:script{[a-z-]+\\.js}', path: () => '/assets/time-zone.js', note: 'the sign-in page\'s script' },
  { route: '/assets/:script{[a-z-]+\\.js}', path: () => '/assets/checklist-filter.js', note: 'the settings page\'s script' },
  { route: '/api/openapi.json', path: () => '/api/openapi.json' },
  { route: '/api/me', path: () => '/api/me' },
  { route: '/api/cases', path: () => '/api/cases' },
  { route: '/api/cases', path: () => '/api/cases?country=CO&limit=100', note: 'by country, 100 a page' },
  { route: '/api/cases', path: (f, caller) => withCursor(f, caller, '/api/cases'), note: 'second page (cursor)' },
  { route: '/api/cases/:id', path: (f) => `/api/cases/${f.cases.network}` },
  { route: '/api/cases/:id', path: (f) => `/api/cases/${f.cases.restricted}`, note: 'restricted, MP named' },
  { route: '/api/cases/:id/events', path: (f) => `/api/cases/${f.cases.network}/events` },
  // Issue 18: corrections of the timeline (coordinators: the session, the case with its timeline).
  { route: '/cases/:id/events/:eventId/edit', path: (f) => `/cases/${f.cases.network}/events/${f.eventId}/edit`, note: 'the correction form' },
  { route: '/cases/:id/events/:eventId/delete', path: (f) => `/cases/${f.cases.network}/events/${f.eventId}/delete`, note: 'the confirmation before a deletion' },
  { route: '/api/cases/:id/consent', path: (f) => `/api/cases/${f.cases.network}/consent` },
  { route: '/api/cases/:id/sensitive', path: (f) => `/api/cases/${f.cases.restricted}/sensitive`, note: 'audited read' },
  { route: '/api/cases/:id/risk-assessment', path: (f) => `/api/cases/${f.cases.restricted}/risk-assessment`, note: 'audited read' },
  { route: '/api/cases/:id/audit', path: (f) => `/api/cases/${f.cases.network}/audit` },
  { route: '/api/members', path: () => '/api/members' },
  { route: '/api/members/:id/audit', path: (f) => `/api/members/${f.members.coordinator.id}/audit` },
  { route: '/api/members/:id', path: (f) => `/api/members/${f.members.mp.id}` },
  { route: '/api/join-requests', path: () => '/api/join-requests' },
  // Issue 12: intake. Every read of reports writes its audit line first (one call).
  { route: '/report', path: () => '/report' },
  { route: '/reports', path: () => '/reports', note: 'audited; counts and list from one Query of summaries' },
  { route: '/reports/:id', path: (f) => `/reports/${f.reportId}`, note: 'audited, with the contact details' },
  { route: '/reports/:id/case', path: (f) => `/reports/${f.reportId}/case`, note: 'audited; the case form prefilled' },
  { route: '/api/reports', path: () => '/api/reports', note: 'audited' },
  { route: '/api/reports/:id', path: (f) => `/api/reports/${f.reportId}`, note: 'audited, with the contact details' },
  {
    route: '/api/reports/:id/attachments/:attachmentId', path: (f) => `/api/reports/${f.reportFile.reportId}/attachments/${f.reportFile.attachmentId}`,
    note: 'audited; the file itself comes from the file store',
  },
  { route: '/api/exports/cases.csv', path: () => '/api/exports/cases.csv', note: 'audited export' },
  {
    route: '/api/exports/cases.xlsx', path: () => '/api/exports/cases.xlsx', note: 'audited export with timelines and actions',
    exception: {
      maxCalls: 'grows with cases',
      reason: 'a workbook carries each case\'s timeline and logged actions: besides the session, the audit line and the list Query, one Query of each exported case\'s partition (at most 100 cases a file, the rest behind Link rel=next); linear in the cases of one file, never a Scan',
    },
  },
  { route: '/api/dev/outbox', path: () => '/api/dev/outbox', note: 'local mode only' },
  // Issue 4: adoption.
  { route: '/api/cases/:id/pledges', path: (f) => `/api/cases/${f.cases.network}/pledges` },
  { route: '/api/cases/:id/pledges/:memberId', path: (f) => `/api/cases/${f.cases.network}/pledges/${f.members.mp.id}` },
  { route: '/api/cases/:id/actions', path: (f) => `/api/cases/${f.cases.network}/actions` },
  { route: '/api/cases/:id/actions/:actionId', path: (f) => `/api/cases/${f.cases.network}/actions/${f.actionId}` },
  { route: '/api/cases/:id/suggestions', path: (f) => `/api/cases/${f.cases.network}/suggestions` },
  { route: '/api/me/pledges', path: () => '/api/me/pledges' },
  { route: '/my-cases', path: () => '/my-cases' },
  { route: '/cases/:id/pledge', path: (f) => `/cases/${f.cases.network}/pledge` },
  { route: '/cases/:id/actions/new', path: (f) => `/cases/${f.cases.network}/actions/new` },
  { route: '/cases/:id/actions/:actionId/edit', path: (f) => `/cases/${f.cases.network}/actions/${f.actionId}/edit` },
  // Issue 5: missions, gaps, calendar.
  { route: '/api/eu-guidelines', path: () => '/api/eu-guidelines' },
  { route: '/api/action-requests', path: () => '/api/action-requests?country=CO' },
  { route: '/api/cases/:id/action-requests', path: (f) => `/api/cases/${f.cases.network}/action-requests` },
  { route: '/api/cases/:id/mission-actions', path: (f) => `/api/cases/${f.cases.network}/mission-actions` },
  // Issue 15: the gap view's first page also lists the risk gaps, from their own index.
  { route: '/api/gaps', path: () => '/api/gaps', exception: RISK_GAPS_READ },
  { route: '/api/calendar', path: () => '/api/calendar' },
  { route: '/api/calendar/feed', path: () => '/api/calendar/feed' },
  { route: '/calendar', path: () => '/calendar' },
  { route: '/calendar/feed', path: () => '/calendar/feed' },
  { route: '/calendar/:file', path: (f) => `/calendar/${f.feedToken}.ics`, note: 'iCalendar feed by secret token' },
  { route: '/requests', path: () => '/requests' },
  { route: '/cases/:id/action-requests/new', path: (f) => `/cases/${f.cases.network}/action-requests/new` },
  { route: '/cases/:id/mission-actions/new', path: (f) => `/cases/${f.cases.network}/mission-actions/new` },
  { route: '/gaps', path: () => '/gaps', exception: RISK_GAPS_READ },
  // Issue 6: digests.
  { route: '/api/me/preferences', path: () => '/api/me/preferences' },
  { route: '/api/digest-runs', path: () => '/api/digest-runs' },
  { route: '/settings', path: () => '/settings' },
  { route: '/digests', path: () => '/digests' },
  { route: '/digest-runs', path: () => '/digest-runs' },
  { route: '/unsubscribe/:token', path: (f) => `/unsubscribe/${f.unsubscribeToken}` },
  // Issue 11: urgent alerts.
  { route: '/api/alerts/:id', path: (f) => `/api/alerts/${f.alertId}`, note: 'the roster (coordinators)' },
  { route: '/alerts/:id', path: (f) => `/alerts/${f.alertId}`, note: 'the answer page (the MP is a recipient)' },
  { route: '/alerts/unsubscribe/:token', path: (f) => `/alerts/unsubscribe/${f.alertUnsubscribeToken}` },
  {
    route: '/cases/:id/alerts/new', path: (f) => `/cases/${f.cases.network}/alerts/new`, note: 'the compose page with its recipient count',
    exception: {
      maxCalls: 'grows with followers',
      reason: 'the count before sending is the send\'s own rule: the case, its posting roster, the follows index of its country and of each of its themes (one Query each), then the members so tied (one BatchGet per 100); linear in the members tied to the case, never in the whole membership (alert-recipients.test.ts), never a Scan',
    },
  },
  ...(['/api/digests/:week/preview', '/digests/:week', '/digests/:week/email.html'] as const).map((route) => ({
    route,
    path: (f: BudgetFixture) => `${route.replace(':week', f.week).replace('/preview', '/preview')}?member=${f.members.mp.id}`,
    exception: {
      maxCalls: 'grows with cases' as const,
      reason: 'a coordinator previewing a digest composes it as the weekly job does, for one member: the session, the member, the case list (one Query per 1 MB page, every case is checked against its own record), the hearings, the week\'s news partition, the cases the member took part in, the notes kept for digests; for a diplomat the posting\'s open requests, for a coordinator the gap coverage (one BatchGet per 100 cases). 7 calls for an MP until the case list passes one page; no read per case with news (digest-reads.test.ts)',
    },
  })),
  {
    route: '/digests/:week/send',
    path: (f: BudgetFixture) => `/digests/${f.week}/send`,
    note: 'the send step: how many members will receive the week',
    exception: {
      maxCalls: 'grows with cases',
      reason: 'the count is the job\'s own rule, read as the job reads: the week\'s inputs (as the preview), every member and every suppressed address (one Query per 1 MB page each) and the week\'s send records; linear in cases + members, never their product',
    },
  },
  // Issue 13: coverage figures, from the aggregates the table's stream keeps.
  { route: '/api/coverage', path: () => '/api/coverage', note: 'the session, the countries\' aggregates and the period\'s months' },
  { route: '/api/coverage', path: () => '/api/coverage?from=2025-01&to=2026-12&country=CO', note: 'one country, two years' },
  // Issue 15: proceedings at international bodies (read with the case's one Query; the edit form's one BatchGet).
  { route: '/api/cases/:id/proceedings', path: (f) => `/api/cases/${f.cases.network}/proceedings` },
  { route: '/cases/:id/proceedings/new', path: (f) => `/cases/${f.cases.network}/proceedings/new` },
  { route: '/cases/:id/proceedings/:proceedingId/edit', path: (f) => `/cases/${f.cases.network}/proceedings/${f.proceedingId}/edit` },
  // Issue 15: the communication to the UN Special Rapporteur, on the public case (its consent allows it): the case's one Query and the audit line.
  { route: '/api/cases/:id/communications/un-sr.docx', path: (f) => `/api/cases/${f.cases.public}/communications/un-sr.docx?language=fr` },
  { route: '/cases/:id/communications/un-sr', path: (f) => `/cases/${f.cases.public}/communications/un-sr` },
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
  // Issue 18: spreadsheet imports and exports.
  { route: '/imports', path: () => '/imports', callers: ['coordinator'], note: 'the import page (coordinators), with the recent jobs (one Query)' },
  // Issue 18, imports as jobs: the session and the job's item.
  { route: '/imports/:jobId', path: (f) => `/imports/${f.importJobId}`, callers: ['coordinator'], note: 'an import job\'s progress page' },
  { route: '/api/imports/:jobId', path: (f) => `/api/imports/${f.importJobId}`, note: 'an import job' },
  // Issue 18: case attachments. A download is the session, the case's Query (the attachment is in its
  // partition) and the audit line; anonymous callers stop at the case.
  { route: '/api/cases/:id/attachments/:attachmentId', path: (f) => `/api/cases/${f.cases.network}/attachments/${f.attachmentId}`, note: 'audited download' },
  { route: '/cases/:id/attachments/new', path: (f) => `/cases/${f.cases.network}/attachments/new`, callers: ['mp', 'diplomat', 'coordinator'], note: 'the upload form' },
  // Issue 18: direct uploads and deleting a file. Completing reads the session and the case, and writes the
  // attachment in one transaction; the confirmation page reads the session and the case.
  { route: '/cases/:id/attachments/uploads/:uploadId', path: (f) => f.freshUploadReturn(), callers: ['coordinator'], note: 'completing a direct upload' },
  { route: '/cases/:id/attachments/:attachmentId/delete', path: (f) => `/cases/${f.cases.network}/attachments/${f.attachmentId}/delete`, callers: ['coordinator'], note: 'the delete confirmation' },
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

const FILLER_BATCH = 10;

/**
 * Members of each role signed in through the outbox, three cases (public,
 * network with a timeline event and ledger, restricted naming the MP, with
 * sensitive fields), a join request, and `fillers` restricted cases that
 * nobody but coordinators sees, created last so they are the newest.
 */
export async function buildBudgetFixture(h: Harness, options: { fillers?: number } = {}): Promise<BudgetFixture> {
  const coordinator = await h.addMember('coordinator');
  const mp = await h.addMember('mp');
  const diplomat = await h.addMember('diplomat', { country: 'CO', mission: 'EU Delegation to Colombia' });
  const leaver = await h.addMember('mp');
  const asCoordinator = await h.signIn(coordinator);
  const signedOut = await h.signIn(leaver);
  const out = await h.json('POST', '/api/auth/sign-out', { cookie: signedOut, headers: { origin: APP_URL } });
  if (out.status >= 300) throw new Error(`sign-out answered ${out.status}`);

  const publicCase = await h.createCase(asCoordinator, { visibility: 'public', defenderName: 'Budget Public' });
  const networkCase = await h.createCase(asCoordinator, { visibility: 'network', defenderName: 'Budget Network' });
  const restricted = await h.createCase(asCoordinator, { visibility: 'restricted', namedMemberIds: [mp.id], defenderName: 'Budget Restricted' });
  const ok = async (res: Response, what: string) => {
    if (res.status >= 300) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  };
  const posted = await h.json('POST', `/api/cases/${networkCase.id}/events`, {
    cookie: asCoordinator, body: { type: 'threat', date: '2026-11-20', title: 'Threatening messages' },
  });
  await ok(posted.clone(), 'timeline event');
  const eventId = ((await posted.json()) as { event: { id: string } }).event.id;
  await ok(
    await h.json('PUT', `/api/cases/${restricted.id}/sensitive`, {
      cookie: asCoordinator, headers: { 'if-match': '"0"' }, body: { contactDetails: 'Signal only', legalNotes: 'Hearing pending' },
    }),
    'sensitive fields',
  );
  const join = await h.json('POST', '/api/join-requests', {
    body: { name: 'Budget Applicant', email: 'applicant@example.org', role: 'mp', institution: 'Parliament', country: 'NO' },
  });
  await ok(join, 'join request');
  const pending = await h.json('GET', '/api/join-requests', { cookie: asCoordinator });
  const joinRequestId = ((await pending.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!joinRequestId) throw new Error('no join request listed');
  await ok(
    await h.json('POST', '/api/reports', {
      body: {
        whatHappened: 'Budget report', country: 'CO', atRisk: 'A defender', immediateDanger: 'no', mayShareWithNetwork: 'yes', mayPublish: 'no',
        reporterName: 'Budget Reporter', contactOther: 'Signal',
      },
      from: h.nextAddress(),
    }),
    'report',
  );
  const reports = await h.json('GET', '/api/reports', { cookie: asCoordinator });
  const reportId = ((await reports.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!reportId) throw new Error('no report listed');
  const reportFile = await emailedReportWithFile(h);

  const asMpForSetup = await h.signIn(mp);
  await ok(await h.json('POST', `/api/cases/${networkCase.id}/pledges`, { cookie: asMpForSetup, body: { actions: ['prison_visit'] } }), 'pledge');
  // A public action on a network case needs a coordinator's clearance first (issue 16, item 3).
  const caseEtag = (await h.json('GET', `/api/cases/${networkCase.id}`, { cookie: asCoordinator })).headers.get('etag')!;
  const clearance = { cleared: true, basis: 'explicit_consent' };
  await ok(await h.json('PUT', `/api/cases/${networkCase.id}/public-action-clearance`, { cookie: asCoordinator, headers: { 'if-match': caseEtag }, body: clearance }), 'clearance');
  const logged = await h.json('POST', `/api/cases/${networkCase.id}/actions`, {
    cookie: asMpForSetup, body: { type: 'letter_authorities', date: '2026-11-10', description: 'Budget letter', public: true },
  });
  await ok(logged.clone(), 'logged action');
  const actionId = ((await logged.json()) as { id: string }).id;
  await ok(
    await h.json('POST', `/api/cases/${networkCase.id}/action-requests`, { cookie: asCoordinator, body: { actionType: 'trial_observation', country: 'CO', dueDate: '2026-12-05' } }),
    'action request',
  );
  const feed = await h.json('POST', '/api/calendar/feed', { cookie: asMpForSetup });
  await ok(feed.clone(), 'calendar feed');
  const alert = await h.json('POST', `/api/cases/${networkCase.id}/alerts`, {
    cookie: asCoordinator, body: { happened: 'Arrested.', askedActions: ['letter_authorities'], asked: 'Write.', deadline: '2026-12-20T12:00:00Z' },
  });
  await ok(alert.clone(), 'urgent alert');
  const alertId = ((await alert.json()) as { id: string }).id;
  const proceeding = await h.json('POST', `/api/cases/${networkCase.id}/proceedings`, {
    cookie: asCoordinator, body: { internationalBody: 'ecthr', reference: 'no. 1/26', finalDomesticDecisionDate: '2026-10-01' },
  });
  await ok(proceeding.clone(), 'proceeding');
  const proceedingId = ((await proceeding.json()) as { id: string }).id;
  const feedToken = ((await feed.json()) as { url: string }).url.split('/calendar/')[1]!.replace(/\.ics$/, '');
  const attachmentForm = new FormData();
  attachmentForm.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'order.pdf', { type: 'application/pdf' }));
  const attached = await h.app.request(`/api/cases/${networkCase.id}/attachments`, { method: 'POST', body: attachmentForm, headers: { cookie: asCoordinator, origin: APP_URL } });
  await ok(attached.clone(), 'attachment');
  const attachmentId = ((await attached.json()) as { id: string }).id;
  const importJob = await h.app.request('/api/imports/cases', {
    method: 'POST', body: 'defenderName,country,themes,riskStatus,summary,visibility,consentBasis\r\nBudget Job,CO,journalism,threatened,Budget,network,explicit_consent\r\n',
    headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'text/csv' },
  });
  await ok(importJob.clone(), 'import job');
  const importJobId = ((await importJob.json()) as { id: string }).id;

  const fillers = options.fillers ?? 0;
  for (let i = 0; i < fillers; i += FILLER_BATCH) {
    const batch = Array.from({ length: Math.min(FILLER_BATCH, fillers - i) }, (_, j) =>
      h.createCase(asCoordinator, { visibility: 'restricted', defenderName: `Filler ${i + j}` }),
    );
    await Promise.all(batch);
  }

  const cookies: Record<Caller, string | undefined> = {
    anonymous: undefined,
    mp: await h.signIn(mp),
    diplomat: await h.signIn(diplomat),
    coordinator: asCoordinator,
    'signed-out': signedOut,
  };

  return {
    cookies,
    members: { coordinator, mp, diplomat },
    cases: { public: publicCase.id, network: networkCase.id, restricted: restricted.id },
    joinRequestId,
    eventId,
    reportId,
    reportFile,
    actionId,
    feedToken,
    unsubscribeToken: unsubscribeToken(h.deps.secret, mp.id),
    week: '2026-W48',
    alertId,
    alertUnsubscribeToken: alertUnsubscribeToken(h.deps.secret, mp.id),
    attachmentId,
    importJobId,
    proceedingId,
    async freshUploadReturn() {
      const chosen = await h.app.request(`/cases/${networkCase.id}/attachments/new`, {
        method: 'POST', body: new URLSearchParams({ target: '' }), headers: { cookie: asCoordinator, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      });
      const sent = await sendToStore(formOnPage(await chosen.text()), { bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), name: 'order.pdf' });
      return sent.headers.get('location')!.slice(APP_URL.length);
    },
    async freshSignInPath() {
      await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email }, from: h.nextAddress() });
      const mail = (await h.outbox.list()).find((m) => m.to === mp.email);
      const link = mail?.text.match(/https?:\/\/\S+\/auth\/verify\?token=\S+/)?.[0];
      if (!link) throw new Error('no sign-in link in the outbox');
      return link.replace(APP_URL, '');
    },
    async nextCursor(path, caller) {
      const api = path.startsWith('/api/') ? path : `/api${path}`;
      const res = await h.json('GET', api, { cookie: cookies[caller] });
      return ((await res.json()) as { nextCursor?: string | null }).nextCursor ?? undefined;
    },
  };
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
