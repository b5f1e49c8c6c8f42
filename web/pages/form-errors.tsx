/**
 * Validation messages next to their fields, for the adoption forms: the same
 * markup as the case editor (an `id="<field>-error"` paragraph the input
 * points to with aria-describedby), in one place.
 */
import type { FieldError } from '#shared/errors/index.ts';

/**
 * @example
 *   const { fieldError, invalid, summary } = formErrors(error.errors);
 *   <input id="note" {...invalid('note')} />{fieldError('note')}
 */
export function formErrors(errors: FieldError[] = []) {
  const messagesFor = (field: string) =>
    errors.filter((e) => e.path === field || e.path.startsWith(`${field}.`)).map((e) => e.message);
  return {
    /** The message paragraph for a field, or nothing. */
    fieldError: (field: string) => {
      const messages = messagesFor(field);
      return messages.length > 0 ? <p id={`${field}-error`} class="error">{messages.join(' ')}</p> : null;
    },
    /** aria attributes for an input whose field has errors. */
    invalid: (field: string) =>
      messagesFor(field).length > 0 ? { 'aria-invalid': 'true', 'aria-describedby': `${field}-error` } : {},
    /** The summary at the top of the form, with messages not tied to a field. */
    summary: () => {
      if (errors.length === 0) return null;
      const general = errors.filter((e) => e.path === '(body)');
      return (
        <div class="error-summary" role="alert">
          <p>Please correct the fields marked below.</p>
          {general.length > 0 && <ul>{general.map((e) => <li>{e.message}</li>)}</ul>}
        </div>
      );
    },
  };
}
