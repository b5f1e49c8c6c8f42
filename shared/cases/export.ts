/**
 * CSV export of the case list for coordinators, for Excel as much as for
 * scripts (a UTF-8 byte-order mark; each code column with its label in the
 * requester's language beside it): the list's own filters, no
 * sensitive field (they are not on the case record), each export audited
 * before it is produced. Cells that a spreadsheet would run as a formula are
 * neutralised (OWASP CSV injection).
 */
import { requireRole } from '../access/roles.ts';
import type { Translator } from '../i18n/translator.ts';
import { caseListQuerySchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { ExportCasesDeps } from './case-deps.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { listCases } from './read-cases.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** Beside each code column, its label in the requester's language (a spreadsheet reader sees words, a script the codes). */
export const EXPORT_COLUMNS = [
  'id', 'defenderName', 'country', 'countryName', 'themes', 'themeLabels', 'organisation', 'riskStatuses', 'riskStatusLabels',
  'visibility', 'visibilityLabel', 'paused', 'state', 'stateLabel', 'closedReason', 'adopterCount', 'summary', 'recommendedActions',
  'createdAt', 'updatedAt',
] as const;

/** A UTF-8 byte-order mark: Excel reads a CSV without one in the machine's legacy code page. */
export const UTF8_BOM = '\uFEFF';

/** One page of up to 1,000 cases, the export's unit. */
export const EXPORT_PAGE = 1000;

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A case as the export's row, EXPORT_COLUMNS in order (the CSV and the XLSX alike). */
export function caseRow(c: DefenderCase, translator: Translator): unknown[] {
  const { label } = translator;
  return [
    c.id, c.defenderName, c.country, translator.country(c.country),
    c.themes.join('; '), c.themes.map((x) => label(`vocabulary.theme.${x}`)).join('; '), c.organisation,
    c.riskStatuses.join('; '), c.riskStatuses.map((x) => label(`vocabulary.riskStatus.${x}`)).join('; '),
    c.visibility, label(`vocabulary.visibility.${c.visibility}`), c.pausedAt ? 'yes' : 'no', c.state, label(`vocabulary.caseState.${c.state}`),
    c.closedReason, c.adopterCount, c.summary, c.recommendedActions.join('; '), c.createdAt, c.updatedAt,
  ];
}

export function toCsv(cases: DefenderCase[], translator: Translator): string {
  const rows = cases.map((c) => caseRow(c, translator).map(csvCell).join(','));
  return UTF8_BOM + [EXPORT_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export interface CaseExport {
  csv: string;
  rows: number;
  nextCursor: string | null;
}

export async function exportCases(deps: ExportCasesDeps, viewer: Viewer, query: Record<string, string>, translator: Translator): Promise<CaseExport> {
  const actor = requireRole(viewer, 'coordinator');
  // `lang` chooses the labels' language (the app's switcher), not a filter.
  const { limit: _pageSize, lang: _language, ...filters } = query;
  // Refuse bad filters before recording anything.
  parseOrThrow(caseListQuerySchema, filters);
  await deps.store.appendAudit(auditEntry(deps.clock.now().toISOString(), actor, 'cases.exported', { fields: Object.keys(filters).sort() }));
  const page = await listCases(deps, viewer, filters, { limit: EXPORT_PAGE });
  return { csv: toCsv(page.items, translator), rows: page.items.length, nextCursor: page.nextCursor };
}
