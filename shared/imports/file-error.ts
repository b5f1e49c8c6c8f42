/**
 * A file the import cannot read at all (not UTF-8, not CSV, not a workbook, too many rows):
 * 400, worded in the reader's language, with the file named as the field at fault.
 */
import { ValidationError } from '../errors/index.ts';

export type FileProblem =
  | 'utf16' | 'notUtf8' | 'malformedCsv' | 'notXlsx' | 'xlsxTooLarge' | 'empty'
  | 'tooManyRows' | 'unknownColumn' | 'repeatedColumn' | 'unnamedColumn' | 'missingColumns';

export function fileError(problem: FileProblem, english: string, values?: Record<string, string | number>): ValidationError {
  const key = `imports.file.${problem}`;
  const error = new ValidationError([{ path: 'file', message: english, code: 'custom', key, ...(values ? { params: values } : {}) }], english);
  error.wording = { key, ...(values ? { values } : {}) };
  return error;
}
