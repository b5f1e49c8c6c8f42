/**
 * Small helpers for forms: messages next to fields (`aria-invalid`,
 * `aria-describedby`, a `<p class="error">` with a predictable id), a summary
 * at the top, and reading parsed form bodies.
 */
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
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

/**
 * Helpers bound to one form's errors; `prefix` keeps ids unique when a page has several forms.
 * The first field with an error (in `order`, the form's order of fields, else the errors' order)
 * gets `autofocus`, so focus lands on it when the page comes back.
 * `worded`: messages in the reader's language (`fieldMessage`, from the catalogs' field wordings);
 * a form turns it on once its fields have their wordings (the cases and case-safety forms do),
 * until then it shows the schema's English message.
 */
export function formErrors(errors: FieldError[] = [], prefix = '', options: { order?: readonly string[]; worded?: boolean } = {}) {
  const translator = useTranslator();
  const { order = [], worded = false } = options;
  const say = (e: FieldError) => (worded ? fieldMessage(translator, e) : e.message);
  const matches = (e: FieldError, field: string) => e.path === field || e.path.startsWith(`${field}.`);
  const errorsFor = (field: string) => errors.filter((e) => matches(e, field)).map(say);
  const first = order.find((field) => errors.some((e) => matches(e, field))) ?? errors.find((e) => e.path !== '(body)')?.path.split('.')[0];
  const id = (field: string) => `${prefix}${field}-error`;
  return {
    any: errors.length > 0,
    general: errors.filter((e) => e.path === '(body)').map(say),
    fieldError(field: string) {
      const messages = errorsFor(field);
      return messages.length > 0 ? <p id={id(field)} class="error">{messages.join(' ')}</p> : null;
    },
    /** On the field's control; a fieldset passes `group`, and its first control takes `focus(field)`. */
    invalid(field: string, options: { group?: boolean } = {}): Record<string, string | boolean> {
      if (errorsFor(field).length === 0) return {};
      return { 'aria-invalid': 'true', 'aria-describedby': id(field), ...(field === first && !options.group ? { autofocus: true } : {}) };
    },
    /** `autofocus` for the first control of a group (radios, checkboxes) when its field has the first error. */
    focus(field: string): Record<string, boolean> {
      return field === first ? { autofocus: true } : {};
    },
    /** The summary at the top of the form, or nothing. */
    summary: () => <ErrorSummary errors={errors} />,
  };
}

export function ErrorSummary(props: { errors?: FieldError[]; worded?: boolean }) {
  const { t } = useTranslator();
  const { any, general } = formErrors(props.errors, '', { worded: props.worded });
  if (!any) return null;
  return (
    <div class="error-summary" role="alert">
      <p>{t('common.form.errorSummary', { count: props.errors?.length ?? 0 })}</p>
      {general.length > 0 && <ul>{general.map((m) => <li>{m}</li>)}</ul>}
    </div>
  );
}

type FormBody = Record<string, string | File | (string | File)[]>;

/** One text value of a parsed form body (the first, if repeated); blank → undefined. */
export function formText(body: FormBody, name: string): string | undefined {
  const raw = body[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return typeof first === 'string' && first.trim() !== '' ? first : undefined;
}
