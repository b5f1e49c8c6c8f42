/**
 * Field errors of the alert forms, worded in the reader's language beside
 * their field (`fieldMessage`), and `autofocus` on the first field in error
 * so the keyboard lands where the correction is needed.
 */
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function fieldErrors(errors: readonly FieldError[] = [], order: readonly string[] = []) {
  const i18n = useTranslator();
  const of = (field: string) => errors.filter((e) => e.path === field || e.path.startsWith(`${field}.`));
  const first = order.find((f) => of(f).length > 0);
  return {
    any: errors.length > 0,
    count: errors.length,
    message(field: string) {
      const found = of(field);
      return found.length > 0 ? <p id={`${field}-error`} class="error">{found.map((e) => fieldMessage(i18n, e)).join(' ')}</p> : null;
    },
    attrs(field: string): Record<string, string | boolean> {
      if (of(field).length === 0) return {};
      return { 'aria-invalid': 'true', 'aria-describedby': `${field}-error`, ...(field === first ? { autofocus: true } : {}) };
    },
  };
}

export function ErrorCount(props: { count: number }) {
  const { t } = useTranslator();
  return props.count > 0 ? <div class="error-summary" role="alert"><p>{t('common.form.errorSummary', { count: props.count })}</p></div> : null;
}
