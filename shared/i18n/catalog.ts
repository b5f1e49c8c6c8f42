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
import alertsEn from './messages/alerts/en.ts';
import alertsFr from './messages/alerts/fr.ts';
import alertsEs from './messages/alerts/es.ts';
import alertsRu from './messages/alerts/ru.ts';

import type { Messages } from './messages/messages.ts';

export type { Messages };

const EN = { vocabulary: vocabularyEn, common: commonEn, validation: validationEn, alerts: alertsEn };
type Namespaces = typeof EN;

export const CATALOGS: Record<UiLanguage, { [N in keyof Namespaces]: Messages<Namespaces[N]> }> = {
  en: EN,
  fr: { vocabulary: vocabularyFr, common: commonFr, validation: validationFr, alerts: alertsFr },
  es: { vocabulary: vocabularyEs, common: commonEs, validation: validationEs, alerts: alertsEs },
  ru: { vocabulary: vocabularyRu, common: commonRu, validation: validationRu, alerts: alertsRu },
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
