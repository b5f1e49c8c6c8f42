/**
 * Turns a sheet's rows into inputs for a zod schema whose field names are the columns, and
 * collects every problem with its spreadsheet row and field. Empty cells are absent fields;
 * list columns split on `;`.
 */
import type { z } from 'zod';
import type { FieldError } from '../errors/index.ts';
import { fieldErrors } from '../errors/validation.ts';
import { fieldNameOf } from '../i18n/field-message.ts';
import { fileError } from './file-error.ts';
import { MAX_CELL_CHARS } from './limits.ts';
import type { Sheet } from './sheet.ts';

/** A problem in one row: its spreadsheet row number, the column, and the field error to word. */
export interface RowError {
  row: number;
  field: string;
  error: FieldError;
}

export interface RowInput<T> {
  row: number;
  input: T;
}

export interface ColumnSpec {
  /** Every column the import knows. */
  known: readonly string[];
  /** Columns every file must have. */
  required: readonly string[];
  /** Columns holding lists, split on `;`. */
  lists: readonly string[];
}

/** Checks the header: every column known, none twice, none unnamed, the required ones present. */
export function checkHeader(header: readonly string[], spec: ColumnSpec): void {
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') throw fileError('unnamedColumn', `Column ${index + 1} has no name in the header row.`, { column: index + 1 });
    if (!spec.known.includes(name)) throw fileError('unknownColumn', `Unknown column "${name}".`, { column: name.slice(0, 60) });
    if (seen.has(name)) throw fileError('repeatedColumn', `The column "${name}" appears twice.`, { column: name });
    seen.add(name);
  });
  const missing = spec.required.filter((name) => !seen.has(name));
  if (missing.length > 0) throw fileError('missingColumns', `Missing columns: ${missing.join(', ')}.`, { columns: missing.join(', ') });
}

/** The row as the object the schema reads, or the cells that are too long or stray. */
function rowObject(sheet: Sheet, cells: string[], spec: ColumnSpec): { object: Record<string, unknown>; problems: Array<Omit<RowError, 'row'>> } {
  const object: Record<string, unknown> = {};
  const problems: Array<Omit<RowError, 'row'>> = [];
  cells.forEach((raw, index) => {
    const name = sheet.header[index];
    const value = raw.trim();
    if (name === undefined) {
      if (value !== '') problems.push({ field: '(row)', error: { path: '(row)', message: 'A cell outside the named columns.', code: 'custom', key: 'imports.row.strayCell' } });
      return;
    }
    if (raw.length > MAX_CELL_CHARS) {
      problems.push({ field: name, error: { path: name, message: `At most ${MAX_CELL_CHARS} characters.`, code: 'too_big.string', params: { maximum: MAX_CELL_CHARS } } });
      return;
    }
    if (value === '') return;
    object[name] = spec.lists.includes(name) ? value.split(';').map((part) => part.trim()).filter((part) => part !== '') : value;
  });
  return { object, problems };
}

/** What a row check gives: the parsed input, or its field errors. */
export type RowCheck<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** A row check by one zod schema. */
export function bySchema<S extends z.ZodType>(schema: S): (object: Record<string, unknown>) => RowCheck<z.output<S>> {
  return (object) => {
    const parsed = schema.safeParse(object);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error, object) };
  };
}

/** Validates every row; a row is valid only when it has no problem at all. */
export function validateRows<T>(sheet: Sheet, spec: ColumnSpec, check: (object: Record<string, unknown>) => RowCheck<T>): { valid: Array<RowInput<T>>; errors: RowError[] } {
  checkHeader(sheet.header, spec);
  const valid: Array<RowInput<T>> = [];
  const errors: RowError[] = [];
  for (const { row, cells } of sheet.rows) {
    const { object, problems } = rowObject(sheet, cells, spec);
    if (problems.length > 0) {
      errors.push(...problems.map((p) => ({ row, ...p })));
      continue;
    }
    const checked = check(object);
    if (checked.ok) valid.push({ row, input: checked.data });
    else errors.push(...checked.errors.map((error) => ({ row, field: fieldNameOf(error.path), error })));
  }
  return { valid, errors };
}
