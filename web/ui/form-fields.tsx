/**
 * Small helpers for forms: messages next to fields (`aria-invalid`,
 * `aria-describedby`, a `<p class="error">` with a predictable id) worded in
 * the reader's language, focus on the first field at fault, a summary at the
 * top, and reading parsed form bodies.
 */
import type { AppError, FieldError } from '#shared/errors/index.ts';
import type { Child } from 'hono/jsx';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { wordingText } from '#shared/i18n/wording.ts';
import type { MessageKey } from '#shared/i18n/catalog.ts';
import type { MessageValues } from '#shared/i18n/translator.ts';
import { useTranslator } from '../i18n/use-translator.ts';

/** Form fields → a plain object: repeated names become arrays, blanks are dropped. */
export function formObject(body: Record<string, string | File | (string | File)[]>, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(body)) {
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string');
    if (arrays.includes(key)) out[key] = values.filter((v) => v !== '');
    else if (values[0] !== undefined && values[0] !== '') out[key] = values[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

const GENERAL = '(body)';
const belongsTo = (error: FieldError, field: string) => error.path === field || error.path.startsWith(`${field}.`);

/**
 * Helpers bound to one form's errors, worded in the reader's language; `prefix` keeps ids unique
 * when a page has several forms. The first field at fault (in `order`, the form's order of fields,
 * else the errors' order) gets `autofocus`, so the browser puts the cursor where the reader has to
 * act (no script needed). A radio or checkbox group takes `invalidGroup` on its fieldset (focusable
 * when it takes the focus) or `invalid(field, { group: true })` plus `focus(field)` on its first control.
 */
export function formErrors(errors: FieldError[] = [], prefix = '', options: { order?: readonly string[] } = {}) {
  const translator = useTranslator();
  const errorsFor = (field: string) => errors.filter((e) => belongsTo(e, field)).map((e) => fieldMessage(translator, e));
  const id = (field: string) => `${prefix}${field}-error`;
  const first =
    options.order?.find((field) => errors.some((e) => belongsTo(e, field))) ??
    errors.find((e) => e.path !== GENERAL)?.path;
  const isFirst = (field: string) => first !== undefined && (first === field || first.startsWith(`${field}.`));
  const invalid = (field: string, opts: { group?: boolean } = {}): Record<string, string | boolean> => {
    if (errorsFor(field).length === 0) return {};
    return { 'aria-invalid': 'true', 'aria-describedby': id(field), ...(isFirst(field) && !opts.group ? { autofocus: true } : {}) };
  };
  return {
    any: errors.length > 0,
    general: errors.filter((e) => e.path === GENERAL).map((e) => fieldMessage(translator, e)),
    fieldError(field: string) {
      const messages = errorsFor(field);
      return messages.length > 0 ? <p id={id(field)} class="error">{messages.join(' ')}</p> : null;
    },
    invalid,
    /** `invalid` for a fieldset (a radio or checkbox group): focusable only when it takes the focus. */
    invalidGroup(field: string): Record<string, string | boolean | number> {
      const attributes = invalid(field);
      return attributes.autofocus ? { ...attributes, tabindex: -1 } : attributes;
    },
    /** `autofocus` for the first control of a group (radios, checkboxes) when its field has the first error. */
    focus(field: string): Record<string, boolean> {
      return isFirst(field) ? { autofocus: true } : {};
    },
    /** The summary at the top of the form, or nothing. */
    summary: () => <ErrorSummary errors={errors} />,
  };
}

export function ErrorSummary(props: { errors?: FieldError[] }) {
  const { t } = useTranslator();
  const { any, general } = formErrors(props.errors);
  if (!any) return null;
  const count = props.errors?.length ?? 0;
  return (
    <div class="error-summary" role="alert">
      <p>{t('common.form.errorSummary', { count })} {t('ui.form.correctBelow')}</p>
      {general.length > 0 && <ul>{general.map((m) => <li>{m}</li>)}</ul>}
    </div>
  );
}

/**
 * A button's or link's words where screen readers hear the whole sentence and the eye sees the
 * short part: the message marks the unseen words with `<hidden>…</hidden>`, e.g.
 * `'Withdraw<hidden> the request for {name}</hidden>'`. One message, so each language orders it freely.
 */
export function spoken(key: MessageKey, values: MessageValues = {}): Child[] {
  const { rich } = useTranslator();
  return rich<Child>(key, { ...values, hidden: (chunks) => <span class="sr-only">{chunks}</span> });
}

/** An error's own sentence for a notice above a form, in the reader's language (English words only when it has none). */
export function errorNotice(error: AppError): string {
  const translator = useTranslator();
  return error.wording && translator.has(error.wording.key) ? wordingText(translator, error.wording) : error.message;
}

type FormBody = Record<string, string | File | (string | File)[]>;

/** One text value of a parsed form body (the first, if repeated); blank → undefined. */
export function formText(body: FormBody, name: string): string | undefined {
  const raw = body[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === 'string' && first.trim() !== '' ? first : undefined;
}
