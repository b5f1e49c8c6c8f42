/**
 * The message catalogs, one namespace per feature or subject, each in every
 * language. A key is `<namespace>.<key>`, e.g. `cases.list.title`.
 *
 * To add a namespace: write `messages/<ns>/en.ts` (a default-exported object
 * of ICU messages) and its fr, es and ru siblings typed `Messages<typeof en>`
 * (from messages/messages.ts; a missing key fails the typecheck), then list it below.
 * To add a language: see the README ("Adding a language").
 */
import type { UiLanguage } from './languages.ts';
import type { Messages } from './messages/messages.ts';
import vocabularyEn from './messages/vocabulary/en.ts';
import vocabularyFr from './messages/vocabulary/fr.ts';
import vocabularyEs from './messages/vocabulary/es.ts';
import vocabularyRu from './messages/vocabulary/ru.ts';
import commonEn from './messages/common/en.ts';
import commonFr from './messages/common/fr.ts';
import commonEs from './messages/common/es.ts';
import commonRu from './messages/common/ru.ts';
import validationEn from './messages/validation/en.ts';
import validationFr from './messages/validation/fr.ts';
import validationEs from './messages/validation/es.ts';
import validationRu from './messages/validation/ru.ts';
import uiEn from './messages/ui/en.ts';
import uiFr from './messages/ui/fr.ts';
import uiEs from './messages/ui/es.ts';
import uiRu from './messages/ui/ru.ts';
import authEn from './messages/auth/en.ts';
import authFr from './messages/auth/fr.ts';
import authEs from './messages/auth/es.ts';
import authRu from './messages/auth/ru.ts';
import membersEn from './messages/members/en.ts';
import membersFr from './messages/members/fr.ts';
import membersEs from './messages/members/es.ts';
import membersRu from './messages/members/ru.ts';
import settingsEn from './messages/settings/en.ts';
import settingsFr from './messages/settings/fr.ts';
import settingsEs from './messages/settings/es.ts';
import settingsRu from './messages/settings/ru.ts';
import casesEn from './messages/cases/en.ts';
import casesFr from './messages/cases/fr.ts';
import casesEs from './messages/cases/es.ts';
import casesRu from './messages/cases/ru.ts';
import caseSafetyEn from './messages/caseSafety/en.ts';
import caseSafetyFr from './messages/caseSafety/fr.ts';
import caseSafetyEs from './messages/caseSafety/es.ts';
import caseSafetyRu from './messages/caseSafety/ru.ts';
import pledgesEn from './messages/pledges/en.ts';
import pledgesFr from './messages/pledges/fr.ts';
import pledgesEs from './messages/pledges/es.ts';
import pledgesRu from './messages/pledges/ru.ts';
import missionsEn from './messages/missions/en.ts';
import missionsFr from './messages/missions/fr.ts';
import missionsEs from './messages/missions/es.ts';
import missionsRu from './messages/missions/ru.ts';
import proceedingsEn from './messages/proceedings/en.ts';
import proceedingsFr from './messages/proceedings/fr.ts';
import proceedingsEs from './messages/proceedings/es.ts';
import proceedingsRu from './messages/proceedings/ru.ts';
import calendarEn from './messages/calendar/en.ts';
import calendarFr from './messages/calendar/fr.ts';
import calendarEs from './messages/calendar/es.ts';
import calendarRu from './messages/calendar/ru.ts';
import digestsEn from './messages/digests/en.ts';
import digestsFr from './messages/digests/fr.ts';
import digestsEs from './messages/digests/es.ts';
import digestsRu from './messages/digests/ru.ts';
import emailsEn from './messages/emails/en.ts';
import emailsFr from './messages/emails/fr.ts';
import emailsEs from './messages/emails/es.ts';
import emailsRu from './messages/emails/ru.ts';
import alertsEn from './messages/alerts/en.ts';
import alertsFr from './messages/alerts/fr.ts';
import alertsEs from './messages/alerts/es.ts';
import alertsRu from './messages/alerts/ru.ts';
import notificationsEn from './messages/notifications/en.ts';
import notificationsFr from './messages/notifications/fr.ts';
import notificationsEs from './messages/notifications/es.ts';
import notificationsRu from './messages/notifications/ru.ts';
import intakeEn from './messages/intake/en.ts';
import intakeFr from './messages/intake/fr.ts';
import intakeEs from './messages/intake/es.ts';
import intakeRu from './messages/intake/ru.ts';
import riskEn from './messages/risk/en.ts';
import riskFr from './messages/risk/fr.ts';
import riskEs from './messages/risk/es.ts';
import riskRu from './messages/risk/ru.ts';
import appEn from './messages/app/en.ts';
import appFr from './messages/app/fr.ts';
import appEs from './messages/app/es.ts';
import appRu from './messages/app/ru.ts';
import importsEn from './messages/imports/en.ts';
import importsFr from './messages/imports/fr.ts';
import importsEs from './messages/imports/es.ts';
import importsRu from './messages/imports/ru.ts';
import attachmentsEn from './messages/attachments/en.ts';
import attachmentsFr from './messages/attachments/fr.ts';
import attachmentsEs from './messages/attachments/es.ts';
import attachmentsRu from './messages/attachments/ru.ts';
import correctionsEn from './messages/corrections/en.ts';
import correctionsFr from './messages/corrections/fr.ts';
import correctionsEs from './messages/corrections/es.ts';
import correctionsRu from './messages/corrections/ru.ts';
import coverageEn from './messages/coverage/en.ts';
import coverageFr from './messages/coverage/fr.ts';
import coverageEs from './messages/coverage/es.ts';
import coverageRu from './messages/coverage/ru.ts';
// The API reference page (issue 10).
import apiDocsEn from './messages/apiDocs/en.ts';
import apiDocsFr from './messages/apiDocs/fr.ts';
import apiDocsEs from './messages/apiDocs/es.ts';
import apiDocsRu from './messages/apiDocs/ru.ts';
// The XLSX export as a job (issue 14, B4).
import exportsEn from './messages/exports/en.ts';
import exportsFr from './messages/exports/fr.ts';
import exportsEs from './messages/exports/es.ts';
import exportsRu from './messages/exports/ru.ts';

export type { Messages };

/** Each namespace in each language; English is the source the others are typed against. */
const BY_NAMESPACE = {
  vocabulary: { en: vocabularyEn, fr: vocabularyFr, es: vocabularyEs, ru: vocabularyRu },
  common: { en: commonEn, fr: commonFr, es: commonEs, ru: commonRu },
  validation: { en: validationEn, fr: validationFr, es: validationEs, ru: validationRu },
  ui: { en: uiEn, fr: uiFr, es: uiEs, ru: uiRu },
  auth: { en: authEn, fr: authFr, es: authEs, ru: authRu },
  members: { en: membersEn, fr: membersFr, es: membersEs, ru: membersRu },
  settings: { en: settingsEn, fr: settingsFr, es: settingsEs, ru: settingsRu },
  cases: { en: casesEn, fr: casesFr, es: casesEs, ru: casesRu },
  caseSafety: { en: caseSafetyEn, fr: caseSafetyFr, es: caseSafetyEs, ru: caseSafetyRu },
  pledges: { en: pledgesEn, fr: pledgesFr, es: pledgesEs, ru: pledgesRu },
  missions: { en: missionsEn, fr: missionsFr, es: missionsEs, ru: missionsRu },
  proceedings: { en: proceedingsEn, fr: proceedingsFr, es: proceedingsEs, ru: proceedingsRu },
  calendar: { en: calendarEn, fr: calendarFr, es: calendarEs, ru: calendarRu },
  digests: { en: digestsEn, fr: digestsFr, es: digestsEs, ru: digestsRu },
  emails: { en: emailsEn, fr: emailsFr, es: emailsEs, ru: emailsRu },
  alerts: { en: alertsEn, fr: alertsFr, es: alertsEs, ru: alertsRu },
  notifications: { en: notificationsEn, fr: notificationsFr, es: notificationsEs, ru: notificationsRu },
  intake: { en: intakeEn, fr: intakeFr, es: intakeEs, ru: intakeRu },
  risk: { en: riskEn, fr: riskFr, es: riskEs, ru: riskRu },
  app: { en: appEn, fr: appFr, es: appEs, ru: appRu },
  imports: { en: importsEn, fr: importsFr, es: importsEs, ru: importsRu },
  attachments: { en: attachmentsEn, fr: attachmentsFr, es: attachmentsEs, ru: attachmentsRu },
  corrections: { en: correctionsEn, fr: correctionsFr, es: correctionsEs, ru: correctionsRu },
  coverage: { en: coverageEn, fr: coverageFr, es: coverageEs, ru: coverageRu },
  // The API reference page (issue 10).
  apiDocs: { en: apiDocsEn, fr: apiDocsFr, es: apiDocsEs, ru: apiDocsRu },
  // The XLSX export as a job (issue 14, B4).
  exports: { en: exportsEn, fr: exportsFr, es: exportsEs, ru: exportsRu },
};
type Namespaces = { [N in keyof typeof BY_NAMESPACE]: (typeof BY_NAMESPACE)[N]['en'] };
type Catalog = { [N in keyof Namespaces]: Messages<Namespaces[N]> };

const catalogIn = (language: UiLanguage): Catalog =>
  Object.fromEntries(Object.entries(BY_NAMESPACE).map(([namespace, byLanguage]) => [namespace, byLanguage[language]])) as Catalog;

export const CATALOGS: Record<UiLanguage, Catalog> = { en: catalogIn('en'), fr: catalogIn('fr'), es: catalogIn('es'), ru: catalogIn('ru') };

/** Every message key, e.g. `'vocabulary.riskStatus.detained'`. */
export type MessageKey = {
  [N in keyof Namespaces]: `${N & string}.${keyof Namespaces[N] & string}`;
}[keyof Namespaces];

/** The message of `key` in `language`, or undefined when no catalog has it. */
export function messageOf(language: UiLanguage, key: string): string | undefined {
  const dot = key.indexOf('.');
  const namespace = CATALOGS[language][key.slice(0, dot) as keyof Namespaces] as Record<string, string> | undefined;
  return namespace?.[key.slice(dot + 1)];
}
