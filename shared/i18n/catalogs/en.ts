/**
 * The English catalog, every namespace: read at start (shared/i18n/catalog.ts), the source the other
 * languages' catalogs are typed against (`Catalog`).
 */
import type { Messages } from '../messages/messages.ts';
import vocabularyEn from '../messages/vocabulary/en.ts';
import commonEn from '../messages/common/en.ts';
import validationEn from '../messages/validation/en.ts';
import uiEn from '../messages/ui/en.ts';
import authEn from '../messages/auth/en.ts';
import membersEn from '../messages/members/en.ts';
import settingsEn from '../messages/settings/en.ts';
import casesEn from '../messages/cases/en.ts';
import caseSafetyEn from '../messages/caseSafety/en.ts';
import pledgesEn from '../messages/pledges/en.ts';
import missionsEn from '../messages/missions/en.ts';
import proceedingsEn from '../messages/proceedings/en.ts';
import calendarEn from '../messages/calendar/en.ts';
import digestsEn from '../messages/digests/en.ts';
import emailsEn from '../messages/emails/en.ts';
import alertsEn from '../messages/alerts/en.ts';
import notificationsEn from '../messages/notifications/en.ts';
import intakeEn from '../messages/intake/en.ts';
import riskEn from '../messages/risk/en.ts';
import appEn from '../messages/app/en.ts';
import importsEn from '../messages/imports/en.ts';
import attachmentsEn from '../messages/attachments/en.ts';
import correctionsEn from '../messages/corrections/en.ts';
import coverageEn from '../messages/coverage/en.ts';
// The API reference page (issue 10).
import apiDocsEn from '../messages/apiDocs/en.ts';
// The XLSX export as a job (issue 14).
import exportsEn from '../messages/exports/en.ts';

/** Each namespace in English: the source the other languages are typed against. */
export const ENGLISH_NAMESPACES = {
  vocabulary: vocabularyEn,
  common: commonEn,
  validation: validationEn,
  ui: uiEn,
  auth: authEn,
  members: membersEn,
  settings: settingsEn,
  cases: casesEn,
  caseSafety: caseSafetyEn,
  pledges: pledgesEn,
  missions: missionsEn,
  proceedings: proceedingsEn,
  calendar: calendarEn,
  digests: digestsEn,
  emails: emailsEn,
  alerts: alertsEn,
  notifications: notificationsEn,
  intake: intakeEn,
  risk: riskEn,
  app: appEn,
  imports: importsEn,
  attachments: attachmentsEn,
  corrections: correctionsEn,
  coverage: coverageEn,
  // The API reference page (issue 10).
  apiDocs: apiDocsEn,
  // The XLSX export as a job (issue 14).
  exports: exportsEn,
};
export type Namespaces = typeof ENGLISH_NAMESPACES;
/** One language's messages: every namespace, each with the English keys. */
export type Catalog = { [N in keyof Namespaces]: Messages<Namespaces[N]> };

