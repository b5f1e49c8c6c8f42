/**
 * What the authorization matrix's rows are written with (test/security/authorization-table.ts):
 * the callers, the row and context types, the usual expectations, and the bodies rows send.
 */
import { createHash } from 'node:crypto';


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
  /** Issue 14: an XLSX export the coordinator started, its workbook built (made once, on first use). */
  exportJobId(): Promise<string>;
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

export const all = (status: number): Expect => ({ anonymous: status, mp: status, 'another mp': status, diplomat: status, coordinator: status, 'signed-out': status });
/** Public, but members are sent to their home page. */
export const membersRedirected = (anonymousStatus: number): Expect => ({ ...all(303), anonymous: anonymousStatus, 'signed-out': anonymousStatus });
export const membersOnly = (ok: number, signedOut = 401): Expect => ({ ...all(ok), anonymous: signedOut, 'signed-out': signedOut });
/** Coordinator-only, not tied to a case. */
export const coordinatorOnly = (ok: number): Expect => ({ anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: ok, 'signed-out': 401 });
/** Coordinator-only on the network case: who cannot see it gets 404, who can gets 403. */
export const coordinatorOnCase = (ok: number): Expect => ({ anonymous: 404, mp: 403, 'another mp': 403, diplomat: 403, coordinator: ok, 'signed-out': 404 });
/** Role checked first (401 signed out, 403 wrong role), then the case: discloses nothing either way. */
export const roleFirstOnCase = (ok: number, role: 'coordinator' | 'diplomat'): Expect =>
  ({ anonymous: 401, mp: 403, 'another mp': 403, diplomat: 403, coordinator: 403, 'signed-out': 401, [role]: ok });
/** Coordinator-only pages: signed-out visitors are sent to sign in. */
export const coordinatorPage = (ok: number): Expect => ({ ...coordinatorOnly(ok), anonymous: 303, 'signed-out': 303 });

/** MPs only (the role is checked before anything else). */
export const mpOnly = (ok: number): Expect => ({ anonymous: 401, mp: ok, 'another mp': ok, diplomat: 403, coordinator: 403, 'signed-out': 401 });
/** Only the MP who owns the pledge or action. */
export const ownerOnly = (ok: number): Expect => ({ ...mpOnly(ok), 'another mp': 403 });

export const newCase = (ctx: MatrixContext) => ({
  defenderName: `Matrix ${ctx.unique()}`, country: 'CO', themes: ['labour'], riskStatus: 'threatened',
  visibility: 'network', consentBasis: 'explicit_consent', summary: 'Matrix case.',
});
export const caseForm = (ctx: MatrixContext): Record<string, string> => ({
  defenderName: `Matrix ${ctx.unique()}`, country: 'CO', themes: 'labour', riskStatus: 'threatened',
  visibility: 'network', consentBasis: 'explicit_consent', state: 'active', summary: 'Matrix case.',
});
export const reportBody = (ctx: MatrixContext) => ({
  whatHappened: `Matrix report ${ctx.unique()}`, country: 'CO', atRisk: 'A defender', immediateDanger: 'no', mayShareWithNetwork: 'yes', mayPublish: 'no',
});
export const joinBody = (ctx: MatrixContext) => ({ name: 'Matrix', email: `join-${ctx.unique()}@example.org`, role: 'mp', institution: 'P', country: 'FR' });

export const importCsv = (ctx: MatrixContext) =>
  `defenderName,country,themes,riskStatus,visibility,consentBasis,summary\r\nImport ${ctx.unique()},CO,labour,threatened,network,explicit_consent,Matrix import.\r\n`;
export const importForm = (csv: string, digest?: string) => {
  const form = new FormData();
  form.set('what', 'cases');
  if (digest) form.set('digest', digest);
  form.set('file', new File([csv], 'cases.csv', { type: 'text/csv' }));
  return form;
};

/** A small PDF for the MP's action: `actionId` for the API, `target=action:<id>` for the page's form. */
export const attachmentForm = (actionId: string, field: 'actionId' | 'target' = 'actionId') => {
  const form = new FormData();
  form.set('file', new File(['%PDF-1.4\n%%EOF\n'], 'Letter evidence.pdf', { type: 'application/pdf' }));
  form.set(field, field === 'target' ? `action:${actionId}` : actionId);
  return form;
};
