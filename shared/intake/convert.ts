/**
 * Converting a report into a case: the coordinator completes a case form prefilled from the report;
 * the case is created by the one create-case use case (its consent-ledger entry carries the
 * reporter's consent choices and the report's reference), then the report records the case and the
 * case its source report (a sensitive field of the case: coordinators only, never in a list, export,
 * digest or alert), in one write.
 */
import { requireRole } from '../access/roles.ts';
import { createCase } from '../cases/index.ts';
import type { DefenderCase, Visibility } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { ConvertDeps } from './intake-deps.ts';
import { PreconditionFailedError } from '../errors/index.ts';
import { requireVersion } from '../writes/versions.ts';
import type { Report } from './report.ts';
import { assertStep, readReport } from './triage.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** The least publicity the reporter's answers allow: public only if they said so, the network only if they said so. */
export function visibilityFrom(report: Pick<Report, 'mayShareWithNetwork' | 'mayPublish'>): Visibility {
  if (report.mayPublish === 'yes' && report.mayShareWithNetwork === 'yes') return 'public';
  return report.mayShareWithNetwork === 'yes' ? 'network' : 'restricted';
}

/** What the case form starts from; the coordinator completes the rest (themes, risk status, summary wording). */
export function caseDraftFrom(report: Report): Record<string, string | string[] | undefined> {
  return {
    defenderName: report.atRisk?.slice(0, 120),
    country: report.country,
    organisation: report.organisation?.slice(0, 160),
    riskStatuses: ['threatened'],
    visibility: visibilityFrom(report),
    consentBasis: report.mayShareWithNetwork === 'unknown' ? undefined : 'explicit_consent',
    summary: report.whatHappened.slice(0, 4000),
  };
}

/** The ledger note: codes and the reference only, so it reads the same in every language and quotes nothing. */
export const consentNoteFor = (report: Report) =>
  `Intake report ${report.reference}: mayShareWithNetwork=${report.mayShareWithNetwork}; mayPublish=${report.mayPublish}`;

export async function convertReport(
  deps: ConvertDeps, viewer: Viewer, id: string, ifMatch: string | undefined, caseBody: unknown,
): Promise<{ case: DefenderCase; report: Report }> {
  const actor = requireRole(viewer, 'coordinator');
  const expected = requireVersion(ifMatch);
  const { report } = await readReport(deps, viewer, id);
  // Checked before the case exists, so a stale form creates nothing.
  if (report.version !== expected) throw new PreconditionFailedError('This report changed meanwhile.');
  assertStep(report, 'converted');
  const body = typeof caseBody === 'object' && caseBody !== null ? { ...(caseBody as Record<string, unknown>) } : caseBody;
  if (body && typeof body === 'object' && !('consentNote' in body)) (body as Record<string, unknown>).consentNote = consentNoteFor(report);
  const created = await createCase(deps, viewer, body);
  if (created.replayed) throw new Error('createCase replayed without an idempotency key');
  const at = deps.clock.now().toISOString();
  const next: Report = {
    ...report, status: 'converted', caseId: created.case.id, firstTriagedAt: report.firstTriagedAt ?? at, triagedBy: actor.id, version: report.version + 1,
  };
  await deps.store.saveReport(next, expected, auditEntry(at, actor, 'report.converted', { reportId: report.id, fields: ['status', 'caseId'] }), undefined, { caseId: created.case.id });
  return { case: created.case, report: next };
}
