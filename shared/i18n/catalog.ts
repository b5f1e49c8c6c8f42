/**
 * The message catalogs, one namespace per feature or subject, each in every
 * language. A key is `<namespace>.<key>`, e.g. `cases.list.title`.
 *
 * English is here, read at start: it is the source the others are typed
 * against and the language of logs and of most requests. French, Spanish and
 * Russian are each one module (`catalogs/<language>.ts`, a chunk of its own in
 * the Lambda bundles) imported by `loadCatalog` when a request or an email
 * first needs that language, then kept: a cold start reads one catalog, not
 * four (issue 14). A translator for a language not loaded yet is refused
 * loudly rather than answered in English.
 *
 * To add a namespace: write `messages/<ns>/en.ts` (a default-exported object
 * of ICU messages) and its fr, es and ru siblings typed `Messages<typeof en>`
 * (from messages/messages.ts; a missing key fails the typecheck), import the
 * English one below and list it in ENGLISH_CATALOG, and the others in
 * `catalogs/fr.ts`, `es.ts` and `ru.ts`.
 * To add a language: see the README ("Adding a language").
 */
import { intlLanguageOf, UI_LANGUAGES, type Locale, type UiLanguage } from './languages.ts';
import type { Messages } from './messages/messages.ts';
import vocabularyEn from './messages/vocabulary/en.ts';
import commonEn from './messages/common/en.ts';
import validationEn from './messages/validation/en.ts';
import uiEn from './messages/ui/en.ts';
import authEn from './messages/auth/en.ts';
import membersEn from './messages/members/en.ts';
import settingsEn from './messages/settings/en.ts';
import casesEn from './messages/cases/en.ts';
import caseSafetyEn from './messages/caseSafety/en.ts';
import pledgesEn from './messages/pledges/en.ts';
import missionsEn from './messages/missions/en.ts';
import proceedingsEn from './messages/proceedings/en.ts';
import calendarEn from './messages/calendar/en.ts';
import digestsEn from './messages/digests/en.ts';
import emailsEn from './messages/emails/en.ts';
import alertsEn from './messages/alerts/en.ts';
import notificationsEn from './messages/notifications/en.ts';
import intakeEn from './messages/intake/en.ts';
import riskEn from './messages/risk/en.ts';
import appEn from './messages/app/en.ts';
import importsEn from './messages/imports/en.ts';
import attachmentsEn from './messages/attachments/en.ts';
import correctionsEn from './messages/corrections/en.ts';
import coverageEn from './messages/coverage/en.ts';
// The API reference page (issue 10).
import apiDocsEn from './messages/apiDocs/en.ts';

export type { Messages };

/** Each namespace in English: the source the other languages are typed against. */
const ENGLISH_NAMESPACES = {
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
};
type Namespaces = typeof ENGLISH_NAMESPACES;
/** One language's messages: every namespace, each with the English keys. */
export type Catalog = { [N in keyof Namespaces]: Messages<Namespaces[N]> };

export const ENGLISH_CATALOG: Catalog = ENGLISH_NAMESPACES;

type OtherLanguage = Exclude<UiLanguage, 'en'>;
/** Each other language's module; a literal `import()` each, so that esbuild makes each a chunk. */
const IMPORTS: Record<OtherLanguage, () => Promise<{ default: Catalog }>> = {
  fr: () => import('./catalogs/fr.ts'),
  es: () => import('./catalogs/es.ts'),
  ru: () => import('./catalogs/ru.ts'),
};

const loaded: Partial<Record<UiLanguage, Catalog>> = { en: ENGLISH_CATALOG };
const loading = new Map<UiLanguage, Promise<void>>();

export const isCatalogLoaded = (locale: Locale): boolean => loaded[intlLanguageOf(locale)] !== undefined;

/** Loads the catalog of a locale's language once per process (a failed import is tried again next time). */
export function loadCatalog(locale: Locale): Promise<void> {
  const language = intlLanguageOf(locale);
  if (loaded[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = IMPORTS[language as OtherLanguage]()
      .then((module) => void (loaded[language] = module.default))
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** Every language's catalog: for processes that write to members in any language (jobs, the local server). */
export const loadAllCatalogs = async (): Promise<void> => void (await Promise.all(UI_LANGUAGES.map(loadCatalog)));

/** The catalog of a loaded language; a language not loaded is a programming error, never a silent English. */
export function catalogOf(language: UiLanguage): Catalog {
  const catalog = loaded[language];
  if (!catalog) throw new Error(`The ${language} catalog is not loaded: await loadCatalog('${language}') before translating into it`);
  return catalog;
}

/** Every message key, e.g. `'vocabulary.riskStatus.detained'`. */
export type MessageKey = {
  [N in keyof Namespaces]: `${N & string}.${keyof Namespaces[N] & string}`;
}[keyof Namespaces];

/** The message of `key` in `language`, or undefined when no catalog has it. */
export function messageOf(language: UiLanguage, key: string): string | undefined {
  const dot = key.indexOf('.');
  const namespace = catalogOf(language)[key.slice(0, dot) as keyof Namespaces] as Record<string, string> | undefined;
  return namespace?.[key.slice(dot + 1)];
}
