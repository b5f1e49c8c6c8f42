/**
 * Small helpers for forms: messages next to fields (`aria-invalid`,
 * `aria-describedby`, a `<p class="error">` with a predictable id), a summary
 * at the top, and reading parsed form bodies.
 */
import type { FieldError } from '#shared/errors/index.ts';

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

/** Helpers bound to one form's errors; `prefix` keeps ids unique when a page has several forms. */
export function formErrors(errors: FieldError[] = [], prefix = '') {
  const errorsFor = (field: string) =>
    errors.filter((e) => e.path === field || e.path.startsWith(`${field}.`)).map((e) => e.message);
  const id = (field: string) => `${prefix}${field}-error`;
  return {
    any: errors.length > 0,
    general: errors.filter((e) => e.path === '(body)').map((e) => e.message),
    fieldError(field: string) {
      const messages = errorsFor(field);
      return messages.length > 0 ? <p id={id(field)} class="error">{messages.join(' ')}</p> : null;
    },
    invalid(field: string): Record<string, string> {
      return errorsFor(field).length > 0 ? { 'aria-invalid': 'true', 'aria-describedby': id(field) } : {};
    },
    /** The summary at the top of the form, or nothing. */
    summary: () => <ErrorSummary errors={errors} />,
  };
}

export function ErrorSummary(props: { errors?: FieldError[] }) {
  const { any, general } = formErrors(props.errors);
  if (!any) return null;
  return (
    <div class="error-summary" role="alert">
      <p>Please correct the fields marked below.</p>
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
