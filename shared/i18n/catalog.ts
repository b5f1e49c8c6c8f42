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
import calendarEn from './messages/calendar/en.ts';
import calendarFr from './messages/calendar/fr.ts';
import calendarEs from './messages/calendar/es.ts';
import calendarRu from './messages/calendar/ru.ts';
// Sign-in, members and settings (issue 17).
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

import type { Messages } from './messages/messages.ts';

export type { Messages };

const EN = {
  vocabulary: vocabularyEn, common: commonEn, validation: validationEn, calendar: calendarEn,
  auth: authEn, members: membersEn, settings: settingsEn,
};
type Namespaces = typeof EN;

export const CATALOGS: Record<UiLanguage, { [N in keyof Namespaces]: Messages<Namespaces[N]> }> = {
  en: EN,
  fr: {
    vocabulary: vocabularyFr, common: commonFr, validation: validationFr, calendar: calendarFr,
    auth: authFr, members: membersFr, settings: settingsFr,
  },
  es: {
    vocabulary: vocabularyEs, common: commonEs, validation: validationEs, calendar: calendarEs,
    auth: authEs, members: membersEs, settings: settingsEs,
  },
  ru: {
    vocabulary: vocabularyRu, common: commonRu, validation: validationRu, calendar: calendarRu,
    auth: authRu, members: membersRu, settings: settingsRu,
  },
};

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
