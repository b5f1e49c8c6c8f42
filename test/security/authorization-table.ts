/**
 * The authorization matrix: every route the app registers × every kind of
 * caller, with the status each must get. Object routes use a case visible to
 * the network (so "may not see" is 404 and "may see but not do" is 403).
 * Add a row for every new route: the test fails on any unmapped route.
 *
 * The rows live by feature in test/security/authorization-table/<feature>.ts; this list
 * puts them in the order the test runs them, which matters: visibility rows before the
 * MP's public actions (they end any clearance), sign-out rows last (they end the sessions).
 */
import type { Row } from './authorization-table/kit.ts';
import { assetAndDocumentRows, localOnlyRows } from './authorization-table/app.ts';
import { authApiRows, signInPageRows, signOutRows } from './authorization-table/auth.ts';
import { caseApiRows, timelineApiRows, exportRows, casePageRows } from './authorization-table/cases.ts';
import { exportJobRows } from './authorization-table/exports.ts';
import { visibilityApiRows, sensitiveAndAuditApiRows, visibilityPageRows, auditPageRows } from './authorization-table/case-safety.ts';
import { correctionApiRows, correctionPageRows } from './authorization-table/corrections.ts';
import { memberApiRows, memberPageRows } from './authorization-table/members.ts';
import { intakeRows } from './authorization-table/intake.ts';
import { riskRows } from './authorization-table/risk.ts';
import { pledgeRows } from './authorization-table/pledges.ts';
import { missionApiRows, missionPageRows } from './authorization-table/missions.ts';
import { calendarRows } from './authorization-table/calendar.ts';
import { digestRows } from './authorization-table/digests.ts';
import { alertRows } from './authorization-table/alerts.ts';
import { coverageRows } from './authorization-table/coverage.ts';
import { importApiRows, importPageRows } from './authorization-table/imports.ts';
import { attachmentRows } from './authorization-table/attachments.ts';
import { proceedingRows } from './authorization-table/proceedings.ts';

export { ROLES, expectedStatus, type Call, type Expect, type MatrixContext, type Role, type Row } from './authorization-table/kit.ts';

export const MATRIX: Row[] = [
  ...assetAndDocumentRows,
  ...authApiRows,
  ...caseApiRows,
  ...visibilityApiRows,
  ...timelineApiRows,
  ...correctionApiRows,
  ...sensitiveAndAuditApiRows,
  ...memberApiRows,
  ...exportRows,
  ...exportJobRows,
  ...intakeRows,
  ...localOnlyRows,
  ...signInPageRows,
  ...casePageRows,
  ...correctionPageRows,
  ...visibilityPageRows,
  ...riskRows,
  ...auditPageRows,
  ...memberPageRows,
  ...pledgeRows,
  ...missionApiRows,
  ...calendarRows,
  ...missionPageRows,
  ...digestRows,
  ...alertRows,
  ...coverageRows,
  ...importApiRows,
  ...attachmentRows,
  ...importPageRows,
  ...proceedingRows,
  ...signOutRows,
];
