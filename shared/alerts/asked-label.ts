import { PARLIAMENTARY_ACTIONS, type ParliamentaryAction } from '../domain/parliamentary-actions.ts';
import type { Translator } from '../i18n/translator.ts';
import type { AskedAction } from './alert.ts';

/** An asked action's name in the reader's language: a parliamentary action or an EU Guidelines one. */
export const askedActionLabel = (i18n: Translator, code: AskedAction): string =>
  (PARLIAMENTARY_ACTIONS as readonly string[]).includes(code)
    ? i18n.label(`vocabulary.parliamentaryAction.${code as ParliamentaryAction}`)
    : i18n.label(`vocabulary.euAction.${code}`);
