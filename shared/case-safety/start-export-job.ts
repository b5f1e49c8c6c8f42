/**
 * Asking for the XLSX export: coordinators only, the case list's filters checked (400 naming
 * the filter, nothing audited, nothing saved), then the export audited (`cases.exported`, the
 * filters' names and `xlsx`, as when the workbook was built within the request), the job saved
 * and queued. The worker builds the workbook (run-export-job.ts).
 */
import { randomUUID } from 'node:crypto';
import { requireRole } from '../access/roles.ts';
import type { Clock } from '../ports/clock.ts';
import type { AuditStore } from '../writes/records.ts';
import type { ExportJobStore } from './export-job-store.ts';
import { caseListQuerySchema } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Locale } from '../i18n/languages.ts';
import { auditEntry } from '../writes/audit-entry.ts';
import { EXPORT_KEPT_DAYS, type ExportJob, type ExportJobQueue } from './export-job.ts';

/** Asking for the export: its audit line, the job's write, and the queue that runs it. */
export interface ExportJobDeps {
  store: Pick<AuditStore, 'appendAudit'> & Pick<ExportJobStore, 'createExportJob'>;
  clock: Clock;
  exportQueue: ExportJobQueue;
}

const DAY_SECONDS = 86_400;

export async function startExportJob(deps: ExportJobDeps, viewer: Viewer, query: Record<string, string>, locale: Locale): Promise<ExportJob> {
  const actor = requireRole(viewer, 'coordinator');
  // The page size, its cursor and the labels' language are not filters: the workbook holds every matching case.
  const { limit: _pageSize, cursor: _cursor, lang: _language, ...given } = query;
  parseOrThrow(caseListQuerySchema, given);
  const filters = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== ''));
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.store.appendAudit(auditEntry(at, actor, 'cases.exported', { fields: [...Object.keys(filters).sort(), 'xlsx'] }));
  const job: ExportJob = {
    id: randomUUID(), createdBy: actor.id, filters, locale, status: 'queued', createdAt: at,
    expiresAt: Math.floor(now.getTime() / 1000) + EXPORT_KEPT_DAYS * DAY_SECONDS,
  };
  await deps.store.createExportJob(job);
  await deps.exportQueue.enqueue(job.id, 'export');
  return job;
}
