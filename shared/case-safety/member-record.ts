/**
 * A member's page (coordinators): their details, their pledges and actions, their latest audit lines,
 * and the names of the cases these name. Here, above the features it gathers (the members, the pledges'
 * adoptions, the audit log), as the case bundle is: the page reads through this use case, not the store.
 *
 * Reads (issue 14: the page within 3 calls with the session): the member's byScope Query, which holds
 * their own item, pledges and actions, and the audit Query by actor, in parallel. The cases' names come
 * with them, kept on the pledges, actions and audit lines by the stream (case-name-projector.ts). Names
 * the stream has not written yet (the seconds after a pledge) are read from the cases in one BatchGet,
 * and a member stored before their item headed the collection is read by id: the page is never wrong,
 * only a call dearer then.
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { memberDetail, type MemberDetail } from '../members/index.ts';
import type { MemberRecordDeps } from './safety-deps.ts';
import { memberAuditAsStored, type AuditPage } from './audit-log.ts';
import type { MemberRecordCollection } from '../ports/store.ts';

/** Audit lines the member page lists (the whole log is one link away). */
const RECENT_AUDIT_LINES = 10;

export interface MemberRecord {
  member: MemberDetail;
  adoptions: MemberRecordCollection['adoptions'];
  audit: AuditPage;
  /** Case id → the defender's name, for the cases the adoptions and the audit lines name. */
  caseNames: ReadonlyMap<string, string>;
}

export async function memberRecord(deps: MemberRecordDeps, viewer: Viewer, id: string): Promise<MemberRecord> {
  requireRole(viewer, 'coordinator');
  const memberId = parseOrThrow(z.string().uuid('Not a member id.'), id, 'id');
  const [collection, audit] = await Promise.all([
    deps.store.memberRecordCollection(memberId), memberAuditAsStored(deps, viewer, memberId, { limit: RECENT_AUDIT_LINES }),
  ]);
  const member = collection.member ?? await deps.store.getMember(memberId);
  if (!member) throw new NotFoundError('member');

  const caseNames = new Map<string, string>();
  for (const e of audit.items) if (e.caseId && e.caseName) caseNames.set(e.caseId, e.caseName);
  for (const [caseId, name] of collection.caseNames) caseNames.set(caseId, name);
  const named = [...collection.adoptions.pledges, ...collection.adoptions.actions, ...audit.items];
  const unnamed = [...new Set(named.flatMap((x) => (x.caseId && !caseNames.has(x.caseId) ? [x.caseId] : [])))];
  if (unnamed.length > 0) for (const c of await deps.store.getCasesByIds(unnamed)) caseNames.set(c.id, c.defenderName);
  // The lines are the page's, not the API's: the case names they carry stay here.
  const lines = { ...audit, items: audit.items.map(({ caseName: _name, ...line }) => line) };
  return { member: memberDetail(member), adoptions: collection.adoptions, audit: lines, caseNames };
}
