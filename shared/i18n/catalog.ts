/**
 * The message catalogs, one namespace per feature or subject, each in every
 * language. A key is `<namespace>.<key>`, e.g. `cases.list.title`.
 *
 * English (`catalogs/en.ts`) is read at start: it is the source the others are
 * typed against and the language of logs and of most requests. French, Spanish and
 * Russian are each one module (`catalogs/<language>.ts`, a chunk of its own in
 * the Lambda bundles) imported by `loadCatalog` when a request or an email
 * first needs that language, then kept: a cold start reads one catalog, not
 * four (issue 14). A translator for a language not loaded yet is refused
 * loudly rather than answered in English.
 *
 * To add a namespace: write `messages/<ns>/en.ts` (a default-exported object
 * of ICU messages) and its fr, es and ru siblings typed `Messages<typeof en>`
 * (from messages/messages.ts; a missing key fails the typecheck), then list
 * each in its language's `catalogs/<language>.ts`.
 * To add a language: see the README ("Adding a language").
 */
import { intlLanguageOf, UI_LANGUAGES, type Locale, type UiLanguage } from './languages.ts';
import type { Messages } from './messages/messages.ts';
import { ENGLISH_NAMESPACES, type Catalog, type Namespaces } from './catalogs/en.ts';

export type { Catalog, Messages };

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
