/** Small helpers for forms: messages next to fields, aria wiring. */
import type { FieldError } from '#shared/errors/index.ts';

export function fieldErrorsFor(errors: FieldError[] | undefined, prefix = '') {
  const messages = (field: string) =>
    (errors ?? []).filter((e) => e.path === field || e.path.startsWith(`${field}.`)).map((e) => e.message);
  return {
    /** The message paragraph, or nothing. */
    error: (field: string) => {
      const found = messages(field);
      return found.length > 0 ? <p id={`${prefix}${field}-error`} class="error">{found.join(' ')}</p> : null;
    },
    /** aria-invalid / aria-describedby for the control. */
    invalid: (field: string) =>
      messages(field).length > 0 ? { 'aria-invalid': 'true', 'aria-describedby': `${prefix}${field}-error` } : {},
  };
}

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
