/**
 * The current request's translator, for components deep in a page: no prop
 * threading. Hono's context storage (AsyncLocalStorage) holds the request;
 * outside a request (a unit test rendering a component) it is English.
 *
 * @example
 *   const { t } = useTranslator();
 *   return <h1>{t('cases.list.title')}</h1>;
 */
import { tryGetContext } from 'hono/context-storage';
import { translatorFor, type Translator } from '#shared/i18n/translator.ts';
import type { AppEnv } from '../env.ts';

const ENGLISH = translatorFor('en');

export function useTranslator(): Translator {
  return tryGetContext<AppEnv>()?.get('i18n') ?? ENGLISH;
}
