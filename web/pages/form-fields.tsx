/**
 * Validation messages beside their fields, as the case editor does it:
 * `aria-invalid` and `aria-describedby` on the control, the message in a
 * `<p class="error">` with a predictable id, and a summary at the top.
 */
import type { FieldError } from '#shared/errors/index.ts';

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
