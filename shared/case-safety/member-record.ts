/**
 * What a member's page shows beside their details (coordinators): their pledges and actions, their
 * latest audit lines, and the names of the cases these name. Here, above the features it gathers (the
 * pledges' adoptions, the audit log), as the case bundle is: the page reads through this use case, not
 * the store. Reads: the member's byScope Query and the audit Query by actor (in parallel), then one
 * BatchGet of the cases' names (at most 100; the member page's budget row says why it is over 3).
 */
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import type { MemberRecordDeps } from './safety-deps.ts';
import { memberAudit, type AuditPage } from './audit-log.ts';

/** Audit lines the member page lists (the whole log is one link away). */
const RECENT_AUDIT_LINES = 10;

/** The pledges' port's answer, named through the store (a feature is reached through its index only). */
type MemberAdoptions = Awaited<ReturnType<MemberRecordDeps['store']['adoptionsOf']>>;

export interface MemberRecord {
  adoptions: MemberAdoptions;
  audit: AuditPage;
  /** Case id → the defender's name, for the cases the adoptions and the audit lines name. */
  caseNames: ReadonlyMap<string, string>;
}

export async function memberRecord(deps: MemberRecordDeps, viewer: Viewer, memberId: string): Promise<MemberRecord> {
  requireRole(viewer, 'coordinator');
  const [adoptions, audit] = await Promise.all([deps.store.adoptionsOf(memberId), memberAudit(deps, viewer, memberId, { limit: RECENT_AUDIT_LINES })]);
  const caseIds = [...new Set([
    ...adoptions.pledges.map((p) => p.caseId), ...adoptions.actions.map((a) => a.caseId), ...audit.items.flatMap((e) => (e.caseId ? [e.caseId] : [])),
  ])];
  const cases = caseIds.length ? await deps.store.getCasesByIds(caseIds) : [];
  return { adoptions, audit, caseNames: new Map(cases.map((k) => [k.id, k.defenderName])) };
}
