/** Triage, coordinators only: the list, one report (with its contact details), and the status steps. Every read is audited. */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { IntakeDeps, TriageDeps } from './intake-deps.ts';
import { ConflictError, NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import { addEvent } from '../cases/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Page } from '../paging/page.ts';
import { epochSeconds } from '../ports/clock.ts';
import { requireVersion } from '../writes/versions.ts';
import { NEXT_STATUSES, reportListQuerySchema, triageSchema, type Report, type ReportContact, type ReportStatus } from './report.ts';
import { triageStats, type TriageStats } from './triage-stats.ts';
import type { ReportSummary } from './report-store.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** Declined reports are deleted (DynamoDB TTL) this many days after the decision unless configured otherwise. */
export const DEFAULT_DECLINED_RETENTION_DAYS = 30;
/** The triage counts look at this many of the newest reports (one Query). */
export const STATS_WINDOW = 1000;

export const reportId = (id: string) => parseOrThrow(z.string().uuid('Not a report id.'), id, 'id');

export async function listReports(deps: IntakeDeps, viewer: Viewer, query: unknown): Promise<Page<Report>> {
  const actor = requireRole(viewer, 'coordinator');
  const q = parseOrThrow(reportListQuerySchema, query);
  const at = deps.clock.now().toISOString();
  const page = await deps.store.listReports(q.status, q.limit, auditEntry(at, actor, 'reports.listed'));
  return { items: page.items };
}

export async function readReport(deps: IntakeDeps, viewer: Viewer, id: string): Promise<{ report: Report; contact?: ReportContact }> {
  const actor = requireRole(viewer, 'coordinator');
  const reportKey = reportId(id);
  const at = deps.clock.now().toISOString();
  const { report, contact } = await deps.store.readReport(reportKey, auditEntry(at, actor, 'report.read', { reportId: reportKey }));
  if (!report) throw new NotFoundError('report');
  return { report, ...(contact ? { contact } : {}) };
}

/** How many reports the triage page lists. */
export const OVERVIEW_ROWS = 100;

/**
 * The triage page in one audited read: the counts over the newest reports, and those of `status`
 * (all when absent), newest first. Summaries only: what was reported is read one report at a time.
 */
export async function triageOverview(
  deps: IntakeDeps, viewer: Viewer, query: unknown,
): Promise<{ stats: TriageStats; reports: ReportSummary[]; status?: ReportStatus }> {
  const actor = requireRole(viewer, 'coordinator');
  const { status } = parseOrThrow(reportListQuerySchema, query);
  const at = deps.clock.now().toISOString();
  const { items, truncated } = await deps.store.reportSummaries(STATS_WINDOW, auditEntry(at, actor, 'reports.listed'));
  const reports = items.filter((r) => status === undefined || r.status === status).slice(0, OVERVIEW_ROWS);
  return { stats: { ...triageStats(items, deps.clock.now()), truncated }, reports, ...(status ? { status } : {}) };
}

/** 409 unless `next` may follow the report's status. */
export function assertStep(report: Report, next: ReportStatus): void {
  if (NEXT_STATUSES[report.status].includes(next)) return;
  throw new ConflictError(`A ${report.status} report cannot become ${next}.`, {
    wording: { key: 'intake.errors.step', values: { from: report.status, to: next } },
  });
}

/**
 * One triage step (in review, duplicate, declined) with an optional note, conditioned on If-Match.
 * A declined report is deleted by DynamoDB's TTL `retentionDays` later, its contact details with it.
 */
export async function triageReport(
  deps: TriageDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
  retentionDays = DEFAULT_DECLINED_RETENTION_DAYS,
): Promise<Report> {
  const actor = requireRole(viewer, 'coordinator');
  const expected = requireVersion(ifMatch);
  const input = parseOrThrow(triageSchema, body);
  const { report } = await readReport(deps, viewer, id);
  assertStep(report, input.status);
  if (input.caseId) {
    // Checked before the event exists, so a stale form adds nothing to the case.
    if (report.version !== expected) throw new PreconditionFailedError('This report changed meanwhile.');
    // The case's timeline names the report's reference only: its members may see the timeline, never the report.
    await addEvent(deps, viewer, input.caseId, undefined, { type: 'update', date: deps.clock.now().toISOString().slice(0, 10), title: `Intake report ${report.reference}` });
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  const next: Report = {
    ...report, status: input.status, ...(input.note ? { note: input.note } : {}), ...(input.caseId ? { caseId: input.caseId } : {}),
    firstTriagedAt: report.firstTriagedAt ?? at, triagedBy: actor.id, version: report.version + 1,
  };
  const expiresAt = input.status === 'declined' ? epochSeconds(now) + retentionDays * 86_400 : undefined;
  await deps.store.saveReport(next, expected, auditEntry(at, actor, 'report.triaged', { reportId: report.id, fields: ['status', ...(input.note ? ['note'] : []), ...(input.caseId ? ['caseId'] : [])] }), expiresAt);
  return next;
}
