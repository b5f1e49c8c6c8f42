/**
 * Reads an uploaded spreadsheet (CSV or XLSX) into its header and rows of text cells, with
 * each row's number as a spreadsheet shows it (the header is row 1). Nothing is evaluated:
 * a formula cell reads as its formula's text, never as a computed value.
 */
import { parse } from 'csv-parse/sync';
import { fileError } from './file-error.ts';
import { MAX_IMPORT_ROWS, MAX_XLSX_INFLATED_BYTES } from './limits.ts';
import { declaredInflatedSize } from './zip-size.ts';

export type SheetKind = 'csv' | 'xlsx';

export interface SheetRow {
  /** The row's number in the spreadsheet (the header is 1). */
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** An XLSX is a zip: it starts with a local file header. */
export const looksLikeXlsx = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function readSheet(bytes: Uint8Array, kind: SheetKind): Promise<Sheet> {
  const table = kind === 'xlsx' ? await xlsxTable(bytes) : csvTable(decodeUtf8(bytes));
  return toSheet(table);
}

/** Strict UTF-8 (a leading byte-order mark is dropped); UTF-16 and other encodings are named. */
export function decodeUtf8(bytes: Uint8Array): string {
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // UTF-16 text without a byte-order mark still shows itself by the zero bytes of its ASCII.
  if (utf16Bom || bytes.subarray(0, 4096).includes(0)) {
    throw fileError('utf16', 'The file is UTF-16 text: save it as CSV UTF-8.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError('notUtf8', 'The file is not UTF-8 text (Latin-1 or Windows-1252?): save it as CSV UTF-8.');
  }
}

function csvTable(text: string): Array<{ row: number; cells: string[] }> {
  try {
    const records = parse(text, { relax_column_count: true, skip_empty_lines: false, info: true }) as unknown as Array<{ record: string[] }>;
    return records.map(({ record }, index) => ({ row: index + 1, cells: record }));
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 0;
    throw fileError('malformedCsv', `The CSV cannot be read near line ${line} (a quote left open?).`, { line });
  }
}

async function xlsxTable(bytes: Uint8Array): Promise<Array<{ row: number; cells: string[] }>> {
  const inflated = declaredInflatedSize(bytes);
  if (inflated === undefined) throw fileError('notXlsx', 'The file is not an XLSX workbook.');
  if (inflated > MAX_XLSX_INFLATED_BYTES) throw fileError('xlsxTooLarge', 'The workbook is too large once unpacked.');
  // Loaded here only: the workbook library is large, and only imports need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw fileError('notXlsx', 'The file is not an XLSX workbook.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('empty', 'The file has no header row.');
  const table: Array<{ row: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (table.length > MAX_IMPORT_ROWS + 1) return;
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    table.push({ row: rowNumber, cells: Array.from(values, cellText) });
  });
  return table;
}

/** A cell as text. Formulas stay formulas (`=…`): the import never computes anything. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (typeof cell.formula === 'string') return `=${cell.formula}`;
    if (typeof cell.sharedFormula === 'string') return `=${cell.sharedFormula}`;
    if (Array.isArray(cell.richText)) return cell.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
    if (typeof cell.text === 'string') return cell.text;
    if (typeof cell.error === 'string') return cell.error;
  }
  return '';
}

function toSheet(table: Array<{ row: number; cells: string[] }>): Sheet {
  const [first, ...rest] = table;
  if (!first || first.cells.every((cell) => cell.trim() === '')) throw fileError('empty', 'The file has no header row.');
  // Blank rows keep their number but carry nothing to import.
  const rows = rest.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError('tooManyRows', `At most ${MAX_IMPORT_ROWS} rows per file.`, { maximum: MAX_IMPORT_ROWS });
  }
  const header = first.cells.map((name) => name.replace(/^\uFEFF/, '').trim());
  return { header, rows };
}
