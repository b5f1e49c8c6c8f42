/**
 * Words a field error in the reader's language: the error's own key first,
 * then the field's wording for this problem (`validation.field.<name>.<code>`),
 * then the field's wording for any problem (`validation.field.<name>`), then
 * the generic wording of the problem (`validation.code.<code>`, a format's own).
 */
import type { FieldError } from '../errors/index.ts';
import type { Translator } from './translator.ts';

/** The field's name: the last path segment that is not a list index (`themes.2` → `themes`). */
export const fieldNameOf = (path: string): string =>
  path.split('.').filter((segment) => !/^\d+$/.test(segment)).pop() ?? path;

export function fieldMessage(translator: Translator, error: FieldError): string {
  const { label, has } = translator;
  const values = error.params;
  if (error.key && has(error.key)) return label(error.key, values);
  const name = fieldNameOf(error.path);
  const code = error.code ?? 'custom';
  for (const key of [`validation.field.${name}.${code}`, `validation.field.${name}`]) {
    if (has(key)) return label(key, values);
  }
  // A schema's own sentence with no wording in the catalogs yet: English readers get it as it is
  // (the pseudo-locale too, where it shows unbracketed); other readers get the generic wording.
  if (code === 'custom' && translator.language === 'en') return error.message;
  if (code === 'invalid_format' && values?.format && has(`validation.format.${values.format}`)) {
    return label(`validation.format.${values.format}`);
  }
  return has(`validation.code.${code}`) ? label(`validation.code.${code}`, values) : label('validation.code.custom');
}
