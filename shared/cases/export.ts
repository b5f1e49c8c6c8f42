/**
 * CSV export of the case list for coordinators: the list's own filters, no
 * sensitive field (they are not on the case record), each export audited
 * before it is produced. Cells that a spreadsheet would run as a formula are
 * neutralised (OWASP CSV injection).
 */
import { randomUUID } from 'node:crypto';
import { requireRole } from '../access/roles.ts';
import { countryName } from '../domain/countries.ts';
import { caseListQuerySchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { CoreDeps } from '../deps.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { listCases } from './read-cases.ts';

export const EXPORT_COLUMNS = [
  'id', 'defenderName', 'country', 'countryName', 'themes', 'organisation', 'riskStatuses', 'visibility', 'paused',
  'state', 'closedReason', 'adopterCount', 'summary', 'recommendedActions', 'createdAt', 'updatedAt',
] as const;

/** One page of up to 1,000 cases, the export's unit. */
export const EXPORT_PAGE = 1000;

export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(cases: DefenderCase[]): string {
  const rows = cases.map((c) =>
    [
      c.id, c.defenderName, c.country, countryName(c.country), c.themes.join('; '), c.organisation, c.riskStatuses.join('; '), c.visibility,
      c.pausedAt ? 'yes' : 'no', c.state, c.closedReason, c.adopterCount, c.summary, c.recommendedActions.join('; '),
      c.createdAt, c.updatedAt,
    ].map(csvCell).join(','),
  );
  return [EXPORT_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export interface CaseExport {
  csv: string;
  rows: number;
  nextCursor: string | null;
}

export async function exportCases(deps: CoreDeps, viewer: Viewer, query: Record<string, string>): Promise<CaseExport> {
  const actor = requireRole(viewer, 'coordinator');
  const { limit: _pageSize, ...filters } = query;
  // Refuse bad filters before recording anything.
  parseOrThrow(caseListQuerySchema, filters);
  await deps.store.appendAudit({
    id: randomUUID(), at: deps.clock.now().toISOString(), actorId: actor.id, action: 'cases.exported',
    fields: Object.keys(filters).sort(),
  });
  const page = await listCases(deps, viewer, filters, { limit: EXPORT_PAGE });
  return { csv: toCsv(page.items), rows: page.items.length, nextCursor: page.nextCursor };
}
