/** Spreadsheets for the import tests: CSV text from rows, XLSX bytes written by exceljs, and the request that sends one. */
import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function csvOf(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** An XLSX with one sheet; a cell given as `{ formula }` is written as a formula (with a cached result). */
export async function xlsxOf(rows: ReadonlyArray<ReadonlyArray<string | { formula: string; result?: string }>>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('import');
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' ? cell : { formula: cell.formula, result: cell.result ?? 'computed' })));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const CASE_HEADER = ['externalId', 'defenderName', 'country', 'themes', 'riskStatus', 'visibility', 'consentBasis', 'summary'] as const;

/** A valid case row for CASE_HEADER. */
export const caseRow = (externalId: string, name: string, overrides: Partial<Record<(typeof CASE_HEADER)[number], string>> = {}): string[] => {
  const row = { externalId, defenderName: name, country: 'CO', themes: 'land_environment;journalism', riskStatus: 'threatened', visibility: 'network', consentBasis: 'explicit_consent', summary: `Imported defender ${name}.`, ...overrides };
  return CASE_HEADER.map((column) => row[column]);
};
