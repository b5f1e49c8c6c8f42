import { createHash } from 'node:crypto';

/**
 * The authorization matrix: every route the app registers × every kind of
 * caller, with the status each must get. Object routes use a case visible to
 * the network (so "may not see" is 404 and "may see but not do" is 403).
 * Add a row for every new route: the test fails on any unmapped route.
 */
import { FAVICON_PATH, STYLES_PATH, STYLES_ROUTE } from '#web/assets/asset-paths.ts';

export const ROLES = ['anonymous', 'mp', 'another mp', 'diplomat', 'coordinator', 'signed-out', 'diplomat elsewhere'] as const;
export type Role = (typeof ROLES)[number];
/** 'diplomat elsewhere' (posted to Belarus; the case is in Colombia) expects what 'diplomat' does unless the row says. */
export type Expect = Record<Exclude<Role, 'diplomat elsewhere'>, number> & { 'diplomat elsewhere'?: number };
/** The status `role` must get on `row`. */
export const expectedStatus = (row: { expect: Expect }, role: Role): number => row.expect[role] ?? row.expect.diplomat;

export interface MatrixContext {
  caseId: string;
  /** The MP's own member id (objects an MP owns). */
  mpId: string;
  caseEtag(): Promise<string>;
  sensitiveEtag(): Promise<string>;
  /** A new network case, for actions that change what later rows see (pause). */
  freshCase(): Promise<string>;
  pendingJoinRequest(): Promise<string>;
  /** A new MP none of the callers is, for coordinators' changes to a member (version 1). */
  spareMember(): Promise<string>;
  signInToken(): Promise<string>;
  unique(): string;
  /** The MP's pledge on the case and its ETag; a logged action of theirs and its ETag. */
  pledgeEtag(): Promise<string>;
  actionId: string;
  actionEtag(): Promise<string>;
  /** A new network case the MP has pledged on, as twin: for withdrawing and ending the twinning. */
  pledgedCase(): Promise<string>;
  /** A new joint letter by the MP on the case, for co-signing. */
  jointLetter(): Promise<string>;
  /** A new open request to the missions in Colombia (where the diplomat is posted), on the case. */
  openRequest(): Promise<string>;
  /** A new mission action by the diplomat on the case, and its ETag. */
  missionAction(): Promise<{ id: string; etag: string }>;
  /** A hearing on the case (for the observer roster). */
  hearingId: string;
  /** A new timeline event on the case (version 1), for its corrections. */
  freshEvent(): Promise<string>;
  /** The calendar feed token of a member who is none of the callers. */
  feedToken: string;
  /** ETag of the caller's own preferences. */
  preferencesEtag(role: Role): Promise<string>;
  unsubscribeToken: string;
  /** A week whose digest may be sent now, and the number of recipients its send page states (the send confirms it). */
  week: string;
  digestRecipients(): Promise<string>;
  /** An urgent alert on the case: the MP (pledged) and the diplomat (posted in Colombia) receive it. */
  alertId(): Promise<string>;
  alertUnsubscribeToken: string;
  /** A new intake report (status new, version 1). */
  newReport(): Promise<string>;
  /** A PDF a coordinator attached to the case (made once, on first use). */
  attachmentId(): Promise<string>;
  /** Issue 18: an import job a coordinator started (made once, on first use). */
  importJobId(): Promise<string>;
  /** A new PDF a coordinator attached to the case (one per call: deleting it spends it). */
  freshAttachment(): Promise<string>;
  /** A new direct upload the coordinator asked for on the case, its file in quarantine, not completed. */
  coordinatorUpload(): Promise<{ uploadId: string; ticket: string; key: string }>;
  /** An emailed report with one kept file (made once). */
  reportFile(): Promise<{ reportId: string; attachmentId: string }>;
  /** A new ECtHR application on the case, not lodged (version 1). */
  proceeding(): Promise<string>;
}

export interface Call {
  path: string;
  json?: unknown;
  /** A raw body (a spreadsheet), its content type in `headers`; a FormData body sets its own. */
  body?: string | FormData;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  route: string;
  expect: Expect;
  call?: (ctx: MatrixContext, role: Role) => Promise<Call> | Call;
}

const all = (status: number): Expect => ({ anonymous: status, mp: status, 'another mp': status, diplomat: status, coordinator: status, 'signed-out': status });
/** Public, but members are sent to their home page. */
const membersRedirected = (anonymousStatus: number): Expect => ({ ...all(303), anonymous: anonymousStatus, 'signed-out': anonymousStatus });
const membersOnly = (ok: number, signedOut = 401): Expect => ({ ...all(ok), anonymous: signedOut, 'signed-out': signedOut });
/** Coordinator-only, not tied to a case. */
const coordinatorOnly = (ok: number): Expect => ({ anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: ok, 'signed-out': 401 });
/** Coordinator-only on the network case: who cannot see it gets 404, who can gets 403. */
const coordinatorOnCase = (ok: number): Expect => ({ anonymous: 404, mp: 403, 'another mp': 403, diplomat: 403, coordinator: ok, 'signed-out': 404 });
/** Role checked first (401 signed out, 403 wrong role), then the case: discloses nothing either way. */
const roleFirstOnCase = (ok: number, role: 'coordinator' | 'diplomat'): Expect =>
  ({ anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 403, 'signed-out': 401, [role]: ok });
/** Coordinator-only pages: signed-out visitors are sent to sign in. */
const coordinatorPage = (ok: number): Expect => ({ ...coordinatorOnly(ok), anonymous: 303, 'signed-out': 303 });

/** MPs only (the role is checked before anything else). */
const mpOnly = (ok: number): Expect => ({ anonymous: 401, mp: ok, 'another mp': ok, diplomat: 403, coordinator: 403, 'signed-out': 401 });
/** Only the MP who owns the pledge or action. */
const ownerOnly = (ok: number): Expect => ({ ...mpOnly(ok), 'another mp': 403 });

const newCase = (ctx: MatrixContext) => ({
  defenderName: `Matrix ${ctx.unique()}`, country: 'CO', themes: ['labour'], riskStatus: 'threatened',
  visibility: 'network', consentBasis: 'explicit_consent', summary: 'Matrix case.',
});
const caseForm = (ctx: MatrixContext): Record<string, string> => ({
  defenderName: `Matrix ${ctx.unique()}`, country: 'CO', themes: 'labour', riskStatus: 'threatened',
  visibility: 'network', consentBasis: 'explicit_consent', state: 'active', summary: 'Matrix case.',
});
const reportBody = (ctx: MatrixContext) => ({
  whatHappened: `Matrix report ${ctx.unique()}`, country: 'CO', atRisk: 'A defender', immediateDanger: 'no', mayShareWithNetwork: 'yes', mayPublish: 'no',
});
const joinBody = (ctx: MatrixContext) => ({ name: 'Matrix', email: `join-${ctx.unique()}@example.org`, role: 'mp', institution: 'P', country: 'FR' });

const importCsv = (ctx: MatrixContext) =>
  `defenderName,country,themes,riskStatus,visibility,consentBasis,summary\r\nImport ${ctx.unique()},CO,labour,threatened,network,explicit_consent,Matrix import.\r\n`;
const importForm = (csv: string, digest?: string) => {
  const form = new FormData();
  form.set('what', 'cases');
  if (digest) form.set('digest', digest);
  form.set('file', new File([csv], 'cases.csv', { type: 'text/csv' }));
  return form;
};

/** A small PDF for the MP's action: `actionId` for the API, `target=action:<id>` for the page's form. */
const attachmentForm = (actionId: string, field: 'actionId' | 'target' = 'actionId') => {
  const form = new FormData();
  form.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'Letter evidence.pdf', { type: 'application/pdf' }));
  form.set(field, field === 'target' ? `action:${actionId}` : actionId);
  return form;
};

export const MATRIX: Row[] = [
  { method: 'GET', route: STYLES_ROUTE, expect: all(200), call: () => ({ path: STYLES_PATH }) },
  { method: 'GET', route: FAVICON_PATH, expect: all(200) },
  { method: 'GET', route: '/assets/:script{[a-z-]+\\.js}', expect: all(200), call: () => ({ path: '/assets/time-zone.js' }) },
  { method: 'GET', route: '/api/openapi.json', expect: all(200) },
  { method: 'POST', route: '/api/auth/sign-in', expect: all(202), call: (ctx) => ({ path: '/api/auth/sign-in', json: { email: `nobody-${ctx.unique()}@example.org` } }) },
  { method: 'GET', route: '/api/me', expect: membersOnly(200) },
  { method: 'GET', route: '/api/cases', expect: all(200) },
  { method: 'POST', route: '/api/cases', expect: coordinatorOnly(201), call: (ctx) => ({ path: '/api/cases', json: newCase(ctx) }) },
  { method: 'GET', route: '/api/cases/:id', expect: membersOnly(200, 404) },
  {
    method: 'PATCH', route: '/api/cases/:id', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}`, json: { summary: `Edited ${ctx.unique()}` }, headers: { 'if-match': await ctx.caseEtag() } }),
  },
  {
    method: 'PUT', route: '/api/cases/:id/visibility', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/visibility`, json: { visibility: 'network', basis: 'explicit_consent' }, headers: { 'if-match': await ctx.caseEtag() } }),
  },
  { method: 'POST', route: '/api/cases/:id/pause', expect: coordinatorOnCase(200), call: async (ctx) => ({ path: `/api/cases/${await ctx.freshCase()}/pause`, json: { reason: 'Matrix', basis: 'reprisal' } }) },
  { method: 'GET', route: '/api/cases/:id/consent', expect: coordinatorOnCase(200) },
  {
    method: 'POST', route: '/api/cases/:id/events', expect: coordinatorOnCase(201),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/events`, json: { type: 'update', date: '2026-11-01', title: 'Matrix event' } }),
  },
  { method: 'GET', route: '/api/cases/:id/events', expect: membersOnly(200, 404) },
  // Issue 18: corrections of the timeline (coordinators; who cannot see the case gets 404).
  {
    method: 'PATCH', route: '/api/cases/:id/events/:eventId', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/events/${await ctx.freshEvent()}`, json: { title: 'Matrix corrected' }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'DELETE', route: '/api/cases/:id/events/:eventId', expect: coordinatorOnCase(204),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/events/${await ctx.freshEvent()}`, headers: { 'if-match': '"1"' } }),
  },
  { method: 'GET', route: '/api/cases/:id/sensitive', expect: coordinatorOnCase(200) },
  {
    method: 'PUT', route: '/api/cases/:id/sensitive', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/sensitive`, json: { legalNotes: 'Matrix' }, headers: { 'if-match': await ctx.sensitiveEtag() } }),
  },
  { method: 'GET', route: '/api/cases/:id/audit', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/api/members/:id/audit', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/api/members/${ctx.mpId}/audit` }) },
  { method: 'GET', route: '/api/members', expect: coordinatorOnly(200) },
  // Issue 18: member management (coordinators only, whoever the member).
  { method: 'POST', route: '/api/members', expect: coordinatorOnly(201), call: (ctx) => ({ path: '/api/members', json: { email: `invited-${ctx.unique()}@example.org`, name: 'Matrix', role: 'mp' } }) },
  { method: 'GET', route: '/api/members/:id', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/api/members/${ctx.mpId}` }) },
  { method: 'PATCH', route: '/api/members/:id', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/members/${await ctx.spareMember()}`, json: { party: 'Matrix' }, headers: { 'if-match': '"1"' } }) },
  { method: 'POST', route: '/api/join-requests', expect: all(202), call: (ctx) => ({ path: '/api/join-requests', json: joinBody(ctx) }) },
  { method: 'GET', route: '/api/join-requests', expect: coordinatorOnly(200) },
  { method: 'POST', route: '/api/join-requests/:id/approve', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/join-requests/${await ctx.pendingJoinRequest()}/approve` }) },
  { method: 'POST', route: '/api/join-requests/:id/reject', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/join-requests/${await ctx.pendingJoinRequest()}/reject`, json: { reason: 'Not a parliamentarian.' } }) },
  { method: 'GET', route: '/api/exports/cases.csv', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/api/exports/cases.xlsx', expect: coordinatorOnly(200) },
  // Intake (issue 12): anyone reports; only coordinators triage.
  { method: 'POST', route: '/api/reports', expect: all(202), call: (ctx) => ({ path: '/api/reports', json: reportBody(ctx) }) },
  { method: 'GET', route: '/api/reports', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/api/reports/:id', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/reports/${await ctx.newReport()}` }) },
  {
    method: 'PATCH', route: '/api/reports/:id', expect: coordinatorOnly(200),
    call: async (ctx) => ({ path: `/api/reports/${await ctx.newReport()}`, json: { status: 'in_review' }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'POST', route: '/api/reports/:id/case', expect: coordinatorOnly(201),
    call: async (ctx) => ({
      path: `/api/reports/${await ctx.newReport()}/case`, headers: { 'if-match': '"1"' },
      json: { defenderName: 'Matrix', country: 'CO', themes: ['land_environment'], riskStatus: 'threatened', visibility: 'restricted', consentBasis: 'explicit_consent', summary: 'Matrix.' },
    }),
  },
  {
    // A duplicate joins the network case as a timeline event: still the coordinator's step alone.
    method: 'PATCH', route: '/api/reports/:id', expect: coordinatorOnly(200),
    call: async (ctx) => ({ path: `/api/reports/${await ctx.newReport()}`, json: { status: 'duplicate', caseId: ctx.caseId }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'POST', route: '/reports/:id/triage', expect: coordinatorOnly(303),
    call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}/triage`, form: { version: '1', status: 'duplicate', caseId: ctx.caseId } }),
  },
  {
    method: 'GET', route: '/api/reports/:id/attachments/:attachmentId', expect: coordinatorOnly(200),
    call: async (ctx) => {
      const { reportId, attachmentId } = await ctx.reportFile();
      return { path: `/api/reports/${reportId}/attachments/${attachmentId}` };
    },
  },
  { method: 'GET', route: '/report', expect: all(200) },
  { method: 'POST', route: '/report', expect: all(202), call: (ctx) => ({ path: '/report', form: reportBody(ctx) }) },
  { method: 'GET', route: '/reports', expect: coordinatorPage(200) },
  { method: 'GET', route: '/reports/:id', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}` }) },
  { method: 'GET', route: '/reports/:id/case', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}/case` }) },
  {
    method: 'POST', route: '/reports/:id/case', expect: coordinatorOnly(303),
    call: async (ctx) => ({
      path: `/reports/${await ctx.newReport()}/case`,
      form: { version: '1', defenderName: 'Matrix', country: 'CO', themes: 'land_environment', riskStatus: 'threatened', visibility: 'restricted', consentBasis: 'explicit_consent', state: 'active', summary: 'Matrix.' },
    }),
  },
  {
    method: 'POST', route: '/reports/:id/triage', expect: coordinatorOnly(303),
    call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}/triage`, form: { version: '1', status: 'in_review' } }),
  },
  { method: 'GET', route: '/api/dev/outbox', expect: all(200) },
  { method: 'GET', route: '/dev/outbox', expect: all(200) },

  { method: 'GET', route: '/', expect: membersRedirected(200) },
  { method: 'GET', route: '/sign-in', expect: all(200) },
  { method: 'POST', route: '/sign-in', expect: all(202), call: (ctx) => ({ path: '/sign-in', form: { email: `nobody-${ctx.unique()}@example.org` } }) },
  // Opening the link shows a button and uses nothing up; the button's form post signs in.
  { method: 'GET', route: '/auth/verify', expect: all(200), call: async (ctx) => ({ path: `/auth/verify?token=${await ctx.signInToken()}` }) },
  { method: 'POST', route: '/auth/verify', expect: all(303), call: async (ctx) => ({ path: '/auth/verify', form: { token: await ctx.signInToken() } }) },
  { method: 'GET', route: '/cases', expect: all(200) },
  { method: 'GET', route: '/cases/new', expect: coordinatorPage(200) },
  { method: 'POST', route: '/cases/new', expect: coordinatorOnly(303), call: (ctx) => ({ path: '/cases/new', form: caseForm(ctx) }) },
  { method: 'GET', route: '/cases/:id', expect: membersOnly(200, 404) },
  { method: 'GET', route: '/cases/:id/edit', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/edit', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/edit`, form: { ...caseForm(ctx), version: (await ctx.caseEtag()).replace(/"/g, '') } }),
  },
  {
    method: 'POST', route: '/cases/:id/events', expect: coordinatorOnCase(303),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/events`, form: { type: 'update', date: '2026-11-02', title: 'Matrix form event' } }),
  },
  { method: 'GET', route: '/cases/:id/events/:eventId/edit', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 }, call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/edit` }) },
  {
    method: 'POST', route: '/cases/:id/events/:eventId/edit', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/edit`, form: { version: '1', type: 'update', date: '2026-11-04', title: 'Matrix form correction' } }),
  },
  { method: 'GET', route: '/cases/:id/events/:eventId/delete', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 }, call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/delete` }) },
  {
    method: 'POST', route: '/cases/:id/events/:eventId/delete', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/delete`, form: { version: '1' } }),
  },
  {
    method: 'POST', route: '/cases/:id/visibility', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/visibility`, form: { visibility: 'network', basis: 'explicit_consent', version: (await ctx.caseEtag()).replace(/"/g, '') } }),
  },
  // Right after the visibility rows (which end any clearance): the MP's rows below log public actions on the case.
  { method: 'PUT', route: '/api/cases/:id/public-action-clearance', expect: coordinatorOnCase(200), call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/public-action-clearance`, json: { cleared: true, basis: 'explicit_consent' }, headers: { 'if-match': await ctx.caseEtag() } }) },
  { method: 'POST', route: '/cases/:id/public-action-clearance', expect: coordinatorOnCase(303), call: async (ctx) => ({ path: `/cases/${ctx.caseId}/public-action-clearance`, form: { cleared: 'true', basis: 'explicit_consent', version: (await ctx.caseEtag()).replace(/"/g, '') } }) },
  { method: 'POST', route: '/cases/:id/pause', expect: coordinatorOnCase(303), call: async (ctx) => ({ path: `/cases/${await ctx.freshCase()}/pause`, form: { reason: 'Matrix', basis: 'partner_request' } }) },
  { method: 'GET', route: '/cases/:id/sensitive', expect: coordinatorOnCase(200) },
  {
    method: 'POST', route: '/cases/:id/sensitive', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/sensitive`, form: { legalNotes: 'Matrix form', version: (await ctx.sensitiveEtag()).replace(/"/g, '') } }),
  },
  // The risk analysis (issue 15): coordinators only, as the sensitive fields; each save on a case of its own (version 0).
  { method: 'GET', route: '/api/cases/:id/risk-assessment', expect: coordinatorOnCase(200) },
  {
    method: 'PUT', route: '/api/cases/:id/risk-assessment', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${await ctx.freshCase()}/risk-assessment`, json: { level: 'high' }, headers: { 'if-match': '"0"' } }),
  },
  { method: 'GET', route: '/cases/:id/risk', expect: coordinatorOnCase(200) },
  {
    method: 'POST', route: '/cases/:id/risk', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${await ctx.freshCase()}/risk`, form: { level: 'critical', version: '0' } }),
  },
  { method: 'GET', route: '/cases/:id/audit', expect: coordinatorOnCase(200) },
  { method: 'GET', route: '/join', expect: all(200) },
  { method: 'POST', route: '/join', expect: all(202), call: (ctx) => ({ path: '/join', form: joinBody(ctx), headers: { 'x-forwarded-for': `203.0.113.${Number(ctx.unique()) % 250}` } }) },
  { method: 'GET', route: '/join-requests', expect: coordinatorOnly(200) },
  { method: 'POST', route: '/join-requests/:id/approve', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/join-requests/${await ctx.pendingJoinRequest()}/approve`, form: {} }) },
  { method: 'POST', route: '/join-requests/:id/reject', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/join-requests/${await ctx.pendingJoinRequest()}/reject`, form: { reason: 'Not a parliamentarian.' } }) },
  { method: 'GET', route: '/members', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/members/:id', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/members/${ctx.mpId}` }) },
  { method: 'POST', route: '/members/:id', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/members/${await ctx.spareMember()}`, form: { version: '1', name: 'Matrix', role: 'mp', active: 'on' } }) },
  { method: 'GET', route: '/members/:id/audit', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/members/${ctx.mpId}/audit` }) },

  // Issue 4: adoption. Write routes check the role first (401/403 whatever the case), reads the visibility.
  { method: 'GET', route: '/api/cases/:id/pledges', expect: membersOnly(200) },
  { method: 'POST', route: '/api/cases/:id/pledges', expect: { ...mpOnly(201) }, call: async (ctx) => ({ path: `/api/cases/${await ctx.freshCase()}/pledges`, json: { actions: ['prison_visit'] } }) },
  { method: 'GET', route: '/api/cases/:id/pledges/:memberId', expect: membersOnly(200), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/pledges/${ctx.mpId}` }) },
  {
    method: 'PATCH', route: '/api/cases/:id/pledges/:memberId', expect: ownerOnly(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/pledges/${ctx.mpId}`, json: { note: `Note ${ctx.unique()}` }, headers: { 'if-match': await ctx.pledgeEtag() } }),
  },
  {
    method: 'DELETE', route: '/api/cases/:id/pledges/:memberId', expect: ownerOnly(204),
    call: async (ctx) => {
      const caseId = await ctx.pledgedCase();
      return { path: `/api/cases/${caseId}/pledges/${ctx.mpId}`, headers: { 'if-match': '"1"' } };
    },
  },
  { method: 'DELETE', route: '/api/cases/:id/twin', expect: coordinatorOnly(204), call: async (ctx) => ({ path: `/api/cases/${await ctx.pledgedCase()}/twin` }) },
  { method: 'GET', route: '/api/cases/:id/actions', expect: membersOnly(200, 404) },
  {
    method: 'POST', route: '/api/cases/:id/actions', expect: mpOnly(201),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions`, json: { type: 'letter_authorities', date: '2026-11-10', description: `Letter ${ctx.unique()}`, public: true } }),
  },
  { method: 'GET', route: '/api/cases/:id/actions/:actionId', expect: membersOnly(200, 404), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${ctx.actionId}` }) },
  {
    method: 'PATCH', route: '/api/cases/:id/actions/:actionId', expect: ownerOnly(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${ctx.actionId}`, json: { description: `Edited ${ctx.unique()}` }, headers: { 'if-match': await ctx.actionEtag() } }),
  },
  {
    method: 'PUT', route: '/api/cases/:id/actions/:actionId/verification', expect: coordinatorOnly(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${ctx.actionId}/verification`, json: { state: 'verified' }, headers: { 'if-match': await ctx.actionEtag() } }),
  },
  {
    method: 'POST', route: '/api/cases/:id/actions/:actionId/co-signatures', expect: { ...mpOnly(201), mp: 409 },
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${await ctx.jointLetter()}/co-signatures` }),
  },
  { method: 'GET', route: '/api/cases/:id/suggestions', expect: membersOnly(200) },
  { method: 'GET', route: '/api/me/pledges', expect: mpOnly(200) },
  { method: 'GET', route: '/my-cases', expect: { ...mpOnly(200), anonymous: 303, 'signed-out': 303 } },
  { method: 'GET', route: '/cases/:id/pledge', expect: { ...mpOnly(200), anonymous: 303, 'signed-out': 303 } },
  { method: 'POST', route: '/cases/:id/pledge', expect: mpOnly(303), call: async (ctx) => ({ path: `/cases/${await ctx.freshCase()}/pledge`, form: { actions: 'prison_visit' } }) },
  // The page withdraws the caller's own pledge: another MP has none there (404).
  { method: 'POST', route: '/cases/:id/pledge/withdraw', expect: { ...ownerOnly(303), 'another mp': 404 }, call: async (ctx) => ({ path: `/cases/${await ctx.pledgedCase()}/pledge/withdraw`, form: { version: '1' } }) },
  { method: 'POST', route: '/cases/:id/twin/end', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/cases/${await ctx.pledgedCase()}/twin/end`, form: {} }) },
  { method: 'GET', route: '/cases/:id/actions/new', expect: { ...mpOnly(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/actions/new', expect: mpOnly(303),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/actions/new`, form: { type: 'letter_authorities', date: '2026-11-11', description: `Form letter ${ctx.unique()}`, idempotencyKey: `matrix-${ctx.unique()}-key` } }),
  },
  { method: 'GET', route: '/cases/:id/actions/:actionId/edit', expect: { ...ownerOnly(200), anonymous: 303, 'signed-out': 303 }, call: (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${ctx.actionId}/edit` }) },
  {
    method: 'POST', route: '/cases/:id/actions/:actionId/edit', expect: ownerOnly(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${ctx.actionId}/edit`, form: { description: `Form edit ${ctx.unique()}`, public: 'true', version: (await ctx.actionEtag()).replace(/"/g, '') } }),
  },
  {
    method: 'POST', route: '/cases/:id/actions/:actionId/verify', expect: coordinatorOnly(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${ctx.actionId}/verify`, form: { state: 'verified', version: (await ctx.actionEtag()).replace(/"/g, '') } }),
  },
  { method: 'POST', route: '/cases/:id/actions/:actionId/co-sign', expect: { ...mpOnly(303), mp: 409 }, call: async (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${await ctx.jointLetter()}/co-sign`, form: {} }) },

  // Issue 5: diplomats, the EU Guidelines, gaps, the calendar.
  { method: 'GET', route: '/api/eu-guidelines', expect: all(200) },
  { method: 'GET', route: '/api/action-requests', expect: { ...coordinatorOnly(200), diplomat: 200 }, call: () => ({ path: '/api/action-requests?country=CO' }) },
  {
    method: 'POST', route: '/api/cases/:id/action-requests', expect: roleFirstOnCase(201, 'coordinator'),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/action-requests`, json: { actionType: 'trial_observation', dueDate: '2026-12-10' } }),
  },
  // MPs may list a case's requests; the list holds none for them (requests are for missions).
  { method: 'GET', route: '/api/cases/:id/action-requests', expect: membersOnly(200, 404) },
  {
    method: 'PATCH', route: '/api/cases/:id/action-requests/:requestId', expect: { ...roleFirstOnCase(200, 'diplomat'), coordinator: 403, mp: 404, 'another mp': 404, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/action-requests/${await ctx.openRequest()}`, json: { status: 'acknowledged' }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'POST', route: '/api/cases/:id/mission-actions', expect: { ...roleFirstOnCase(201, 'diplomat'), 'diplomat elsewhere': 403 },
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/mission-actions`, json: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-10', outcome: 'Observed', confidential: false } }),
  },
  { method: 'GET', route: '/api/cases/:id/mission-actions', expect: membersOnly(200, 404) },
  {
    method: 'POST', route: '/api/cases/:id/mission-actions/:actionId/verification', expect: roleFirstOnCase(200, 'coordinator'),
    call: async (ctx) => { const a = await ctx.missionAction(); return { path: `/api/cases/${ctx.caseId}/mission-actions/${a.id}/verification`, headers: { 'if-match': a.etag } }; },
  },
  { method: 'GET', route: '/api/gaps', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/api/calendar', expect: membersOnly(200) },
  { method: 'PUT', route: '/api/cases/:id/hearings/:eventId/observers/me', expect: membersOnly(201), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/hearings/${ctx.hearingId}/observers/me` }) },
  { method: 'DELETE', route: '/api/cases/:id/hearings/:eventId/observers/me', expect: membersOnly(204), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/hearings/${ctx.hearingId}/observers/me` }) },
  { method: 'GET', route: '/api/calendar/feed', expect: membersOnly(200) },
  { method: 'POST', route: '/api/calendar/feed', expect: membersOnly(201) },
  { method: 'DELETE', route: '/api/calendar/feed', expect: membersOnly(204) },
  { method: 'GET', route: '/calendar', expect: membersOnly(200, 303) },
  { method: 'POST', route: '/calendar/observe', expect: membersOnly(303, 401), call: (ctx) => ({ path: '/calendar/observe', form: { caseId: ctx.caseId, eventId: ctx.hearingId } }) },
  { method: 'POST', route: '/calendar/withdraw', expect: membersOnly(303, 401), call: (ctx) => ({ path: '/calendar/withdraw', form: { caseId: ctx.caseId, eventId: ctx.hearingId } }) },
  { method: 'GET', route: '/calendar/feed', expect: membersOnly(200, 303) },
  // These show the new (or no) feed address at once rather than redirecting.
  { method: 'POST', route: '/calendar/feed', expect: membersOnly(200, 401), call: () => ({ path: '/calendar/feed', form: {} }) },
  { method: 'POST', route: '/calendar/feed/revoke', expect: membersOnly(200, 401), call: () => ({ path: '/calendar/feed/revoke', form: {} }) },
  { method: 'GET', route: '/calendar/:file', expect: all(200), call: (ctx) => ({ path: `/calendar/${ctx.feedToken}.ics` }) },
  { method: 'GET', route: '/requests', expect: { ...coordinatorPage(200), diplomat: 200 } },
  {
    method: 'POST', route: '/cases/:id/action-requests/:requestId/respond', expect: { ...roleFirstOnCase(303, 'diplomat'), coordinator: 403, mp: 404, 'another mp': 404, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/action-requests/${await ctx.openRequest()}/respond`, form: { status: 'acknowledged', version: '1' } }),
  },
  { method: 'GET', route: '/cases/:id/action-requests/new', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/action-requests/new', expect: roleFirstOnCase(303, 'coordinator'),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/action-requests/new`, form: { actionType: 'trial_observation', dueDate: '2026-12-11' } }),
  },
  { method: 'GET', route: '/cases/:id/mission-actions/new', expect: { ...coordinatorOnCase(403), diplomat: 200, anonymous: 303, 'signed-out': 303, 'diplomat elsewhere': 403 } },
  {
    method: 'POST', route: '/cases/:id/mission-actions/new', expect: { ...roleFirstOnCase(303, 'diplomat'), 'diplomat elsewhere': 403 },
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/mission-actions/new`, form: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-12', outcome: 'Observed', idempotencyKey: `matrix-key-${ctx.unique()}` } }),
  },
  {
    method: 'POST', route: '/cases/:id/mission-actions/:actionId/verify', expect: roleFirstOnCase(303, 'coordinator'),
    call: async (ctx) => { const a = await ctx.missionAction(); return { path: `/cases/${ctx.caseId}/mission-actions/${a.id}/verify`, form: { version: a.etag.replace(/"/g, '') } }; },
  },
  { method: 'GET', route: '/gaps', expect: coordinatorPage(200) },

  // Issue 6: digests, preferences, unsubscribe.
  { method: 'GET', route: '/api/me/preferences', expect: membersOnly(200) },
  { method: 'PUT', route: '/api/me/preferences', expect: membersOnly(200), call: async (ctx, role) => ({ path: '/api/me/preferences', json: { weeklyDigest: true, countries: ['CO'], themes: [], language: 'en' }, headers: { 'if-match': await ctx.preferencesEtag(role) } }) },
  { method: 'GET', route: '/api/digests/:week/preview', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/api/digests/${ctx.week}/preview?member=${ctx.mpId}` }) },
  { method: 'POST', route: '/api/digests/:week/test', expect: coordinatorOnly(202), call: (ctx) => ({ path: `/api/digests/${ctx.week}/test`, json: { member: ctx.mpId } }) },
  { method: 'POST', route: '/api/digests/:week/runs', expect: coordinatorOnly(202), call: (ctx) => ({ path: `/api/digests/${ctx.week}/runs` }) },
  { method: 'GET', route: '/api/digest-runs', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/settings', expect: membersOnly(200, 303) },
  { method: 'POST', route: '/settings', expect: membersOnly(303, 401), call: async (ctx, role) => ({ path: '/settings', form: { weeklyDigest: 'on', language: 'en', version: (await ctx.preferencesEtag(role)).replace(/"/g, '') } }) },
  // Issue 17: a member's language switcher saves their choice and comes back.
  { method: 'POST', route: '/me/language', expect: membersOnly(303, 401), call: () => ({ path: '/me/language', form: { language: 'en', back: '/cases' } }) },
  // Redirects to the current week.
  { method: 'GET', route: '/digests', expect: coordinatorPage(303) },
  { method: 'GET', route: '/digests/:week', expect: coordinatorPage(200), call: (ctx) => ({ path: `/digests/${ctx.week}?member=${ctx.mpId}` }) },
  { method: 'GET', route: '/digests/:week/email.html', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/digests/${ctx.week}/email.html?member=${ctx.mpId}` }) },
  { method: 'POST', route: '/digests/:week/test', expect: coordinatorOnly(303), call: (ctx) => ({ path: `/digests/${ctx.week}/test`, form: { member: ctx.mpId } }) },
  { method: 'GET', route: '/digests/:week/send', expect: coordinatorPage(200) },
  { method: 'POST', route: '/digests/:week/send', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/digests/${ctx.week}/send`, form: { recipients: await ctx.digestRecipients() } }) },
  { method: 'GET', route: '/digest-runs', expect: coordinatorPage(200) },
  { method: 'GET', route: '/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/unsubscribe/${ctx.unsubscribeToken}` }) },
  { method: 'POST', route: '/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/unsubscribe/${ctx.unsubscribeToken}`, form: { 'List-Unsubscribe': 'One-Click' } }) },

  // Issue 11: urgent alerts. Recipients (the MP, the diplomat) answer; others may not know the alert exists.
  {
    method: 'POST', route: '/api/cases/:id/alerts', expect: coordinatorOnCase(201),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/alerts`, json: { happened: 'Arrested.', askedActions: ['letter_authorities'], asked: 'Write.', deadline: '2026-12-20T12:00:00Z' } }),
  },
  {
    method: 'GET', route: '/api/alerts/:id', expect: { anonymous: 401, mp: 403, 'another mp': 404, diplomat: 403, coordinator: 200, 'signed-out': 401, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/api/alerts/${await ctx.alertId()}` }),
  },
  {
    method: 'PUT', route: '/api/alerts/:id/response', expect: { anonymous: 401, mp: 200, 'another mp': 404, diplomat: 200, coordinator: 404, 'signed-out': 401, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/api/alerts/${await ctx.alertId()}/response`, json: { answer: 'will_act' } }),
  },
  {
    method: 'GET', route: '/alerts/:id', expect: { anonymous: 303, mp: 200, 'another mp': 404, diplomat: 200, coordinator: 404, 'signed-out': 303, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/alerts/${await ctx.alertId()}` }),
  },
  {
    method: 'POST', route: '/alerts/:id', expect: { anonymous: 303, mp: 200, 'another mp': 404, diplomat: 200, coordinator: 404, 'signed-out': 303, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/alerts/${await ctx.alertId()}`, form: { answer: 'cannot' } }),
  },
  { method: 'GET', route: '/cases/:id/alerts/new', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/alerts/new', expect: coordinatorOnCase(303),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/alerts/new`, form: { happened: 'Arrested.', asked: 'Write.', deadline: '2026-12-20T12:00', idempotencyKey: `matrix-alert-${ctx.unique()}` } }),
  },
  { method: 'GET', route: '/alerts/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/alerts/unsubscribe/${ctx.alertUnsubscribeToken}` }) },
  { method: 'POST', route: '/alerts/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/alerts/unsubscribe/${ctx.alertUnsubscribeToken}`, form: { 'List-Unsubscribe': 'One-Click' } }) },

  // Issue 13: coverage figures and dashboards.
  { method: 'GET', route: '/api/coverage', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/home', expect: { ...membersOnly(200, 303), coordinator: 303 } },
  { method: 'GET', route: '/dashboard', expect: coordinatorPage(200) },
  { method: 'GET', route: '/dashboard/figures.csv', expect: coordinatorPage(200) },
  { method: 'GET', route: '/reports/annual', expect: coordinatorPage(200), call: () => ({ path: '/reports/annual?year=2026' }) },
  // Spreadsheet imports (coordinators): each call imports one new row, so rows never collide.
  {
    method: 'POST', route: '/api/imports/cases', expect: coordinatorOnly(202),
    call: (ctx) => ({ path: '/api/imports/cases', body: importCsv(ctx), headers: { 'content-type': 'text/csv' } }),
  },
  {
    method: 'POST', route: '/api/imports/members', expect: coordinatorOnly(202),
    call: (ctx) => ({ path: '/api/imports/members', body: `email,name,role\r\nimport-${ctx.unique()}@example.org,Matrix Import,mp\r\n`, headers: { 'content-type': 'text/csv' } }),
  },
  { method: 'GET', route: '/imports', expect: coordinatorPage(200) },
  // Issue 18, imports as jobs: any coordinator reads any import job; other members 403, before any read.
  { method: 'GET', route: '/api/imports/:jobId', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/imports/${await ctx.importJobId()}` }) },
  { method: 'GET', route: '/imports/:jobId', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/imports/${await ctx.importJobId()}` }) },
  // Issue 18: case attachments. Uploads onto the MP's logged action: the MP (its author) and coordinators may,
  // other members may not (403 once signed in); downloads follow the case (404 for who may not see it).
  {
    method: 'POST', route: '/api/cases/:id/attachments', expect: { anonymous: 401, mp: 201, 'another mp': 403, diplomat: 403, coordinator: 201, 'signed-out': 401 },
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments`, body: attachmentForm(ctx.actionId) }),
  },
  { method: 'GET', route: '/api/cases/:id/attachments/:attachmentId', expect: membersOnly(200, 404), call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments/${await ctx.attachmentId()}` }) },
  { method: 'GET', route: '/cases/:id/attachments/new', expect: membersOnly(200, 303) },
  // The upload page's first step answers the second (the file's form) for who may attach to the action.
  {
    method: 'POST', route: '/cases/:id/attachments/new', expect: { anonymous: 401, mp: 200, 'another mp': 403, diplomat: 403, coordinator: 200, 'signed-out': 401 },
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/attachments/new`, body: attachmentForm(ctx.actionId, 'target'), headers: { origin: 'http://localhost' } }),
  },
  // Direct uploads: asking follows the upload rule; completing is for the member who asked (the coordinator here), 404 for any other.
  {
    method: 'POST', route: '/api/cases/:id/attachments/uploads', expect: { anonymous: 401, mp: 201, 'another mp': 403, diplomat: 403, coordinator: 201, 'signed-out': 401 },
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments/uploads`, json: { actionId: ctx.actionId } }),
  },
  {
    method: 'POST', route: '/api/cases/:id/attachments/uploads/:uploadId', expect: { anonymous: 401, mp: 404, 'another mp': 404, diplomat: 404, coordinator: 201, 'signed-out': 401 },
    call: async (ctx) => {
      const upload = await ctx.coordinatorUpload();
      return { path: `/api/cases/${ctx.caseId}/attachments/uploads/${upload.uploadId}`, json: { ticket: upload.ticket, key: upload.key } };
    },
  },
  {
    method: 'GET', route: '/cases/:id/attachments/uploads/:uploadId', expect: { anonymous: 303, mp: 404, 'another mp': 404, diplomat: 404, coordinator: 303, 'signed-out': 303 },
    call: async (ctx, role) => {
      // Visitors are sent to sign in before anything is read; the lock-out sweep calls this row after everyone signed out.
      if (role === 'anonymous' || role === 'signed-out') return { path: `/cases/${ctx.caseId}/attachments/uploads/${ctx.unique()}` };
      const upload = await ctx.coordinatorUpload();
      return { path: `/cases/${ctx.caseId}/attachments/uploads/${upload.uploadId}?${new URLSearchParams({ ticket: upload.ticket, key: upload.key, bucket: 'local' })}` };
    },
  },
  // Deleting a file: coordinators; a member who sees the case and the file gets 403.
  {
    method: 'DELETE', route: '/api/cases/:id/attachments/:attachmentId', expect: { anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 204, 'signed-out': 401 },
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/attachments/${await ctx.freshAttachment()}` }),
  },
  {
    method: 'GET', route: '/cases/:id/attachments/:attachmentId/delete', expect: { anonymous: 303, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 200, 'signed-out': 303 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/attachments/${await ctx.attachmentId()}/delete` }),
  },
  {
    method: 'POST', route: '/cases/:id/attachments/:attachmentId/delete', expect: { anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 303, 'signed-out': 401 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/attachments/${await ctx.freshAttachment()}/delete`, headers: { origin: 'http://localhost' } }),
  },
  { method: 'POST', route: '/imports/check', expect: coordinatorOnly(200), call: (ctx) => ({ path: '/imports/check', body: importForm(importCsv(ctx)), headers: { origin: 'http://localhost' } }) },
  {
    method: 'POST', route: '/imports/run', expect: coordinatorOnly(303),
    call: (ctx) => {
      const csv = importCsv(ctx);
      return { path: '/imports/run', body: importForm(csv, createHash('sha256').update(csv).digest('hex')), headers: { origin: 'http://localhost' } };
    },
  },

  // Issue 15: proceedings at international bodies (404 exactly where the case is 404; coordinators write).
  { method: 'GET', route: '/api/cases/:id/proceedings', expect: membersOnly(200, 404) },
  {
    method: 'POST', route: '/api/cases/:id/proceedings', expect: roleFirstOnCase(201, 'coordinator'),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/proceedings`, json: { internationalBody: 'ecthr', finalDomesticDecisionDate: '2026-10-01' } }),
  },
  {
    method: 'PATCH', route: '/api/cases/:id/proceedings/:proceedingId', expect: roleFirstOnCase(200, 'coordinator'),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/proceedings/${await ctx.proceeding()}`, json: { lodgedDate: '2026-11-02' }, headers: { 'if-match': '"1"' } }),
  },
  { method: 'GET', route: '/cases/:id/proceedings/new', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  // The communication to the UN Special Rapporteur: coordinators only. The matrix's case is visible to the network, not
  // public, so past the role check its consent rule answers 409 (the 200 and its document: un-sr-communication.test.ts).
  { method: 'GET', route: '/api/cases/:id/communications/un-sr.docx', expect: coordinatorOnCase(409) },
  { method: 'GET', route: '/cases/:id/communications/un-sr', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/proceedings/new', expect: roleFirstOnCase(303, 'coordinator'),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/proceedings/new`, form: { internationalBody: 'un_hrc', reference: `CCPR ${ctx.unique()}`, idempotencyKey: `matrix-proceeding-${ctx.unique()}` } }),
  },
  {
    method: 'GET', route: '/cases/:id/proceedings/:proceedingId/edit', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/proceedings/${await ctx.proceeding()}/edit` }),
  },
  {
    method: 'POST', route: '/cases/:id/proceedings/:proceedingId/edit', expect: roleFirstOnCase(303, 'coordinator'),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/proceedings/${await ctx.proceeding()}/edit`, form: { internationalBody: 'ecthr', lodgedDate: '2026-11-03', version: '1' } }),
  },

  // Last: they end the sessions the rows above use.
  { method: 'POST', route: '/api/auth/sign-out', expect: all(204) },
  { method: 'POST', route: '/sign-out', expect: all(303), call: () => ({ path: '/sign-out', form: {} }) },
];
