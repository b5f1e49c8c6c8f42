/** Coordinators browse the audit log per case and per member (actor), newest first, with cursors. */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { caseIdSchema } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import type { AuditEntry } from '../writes/records.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { AuditLogDeps } from './safety-deps.ts';
import { getCase } from '../cases/index.ts';
import type { DefenderCase } from '../domain/case.ts';

export const auditQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(50), cursor: z.string().max(2000).optional() })
  .strict();

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

async function page(
  deps: AuditLogDeps, viewer: Viewer, list: string, query: unknown,
  read: (limit: number, start?: Record<string, unknown>) => Promise<{ items: AuditEntry[]; next?: Record<string, unknown> }>,
): Promise<AuditPage> {
  const q = parseOrThrow(auditQuerySchema, query);
  const scope = { list, caller: callerOf(viewer) };
  const result = await read(q.limit, q.cursor ? openCursor(deps.secret, scope, q.cursor) : undefined);
  return { items: result.items, nextCursor: result.next ? sealCursor(deps.secret, scope, result.next) : null };
}

/** A case's log as stored: each member actor named as they were then (`actorName`). */
async function caseLog(deps: AuditLogDeps, viewer: Viewer, id: string, query: unknown): Promise<AuditPage> {
  requireRole(viewer, 'coordinator');
  const caseId = parseOrThrow(caseIdSchema, id, 'id');
  // Coordinators see every case; an unknown id is simply an empty log.
  return page(deps, viewer, `audit of case ${caseId}`, query, (limit, start) => deps.store.auditOfCase(caseId, limit, start));
}

async function memberLog(deps: AuditLogDeps, viewer: Viewer, id: string, query: unknown): Promise<AuditPage> {
  requireRole(viewer, 'coordinator');
  const memberId = parseOrThrow(z.string().uuid('Not a member id.'), id, 'id');
  return page(deps, viewer, `audit of member ${memberId}`, query, (limit, start) => deps.store.auditByActor(memberId, limit, start));
}

/**
 * The API's entries name their actor and case by id only, as its documented answer says; the pages show
 * the names (the case's name is kept on the line by the stream for the member page: member-record.ts).
 */
const byIdOnly = (p: AuditPage): AuditPage => ({ ...p, items: p.items.map(({ actorName: _name, caseName: _caseName, ...entry }) => entry) });

/** `GET /api/cases/{id}/audit`. */
export async function caseAudit(deps: AuditLogDeps, viewer: Viewer, id: string, query: unknown): Promise<AuditPage> {
  return byIdOnly(await caseLog(deps, viewer, id, query));
}

/** A member's log as stored, each line with its case's name: the member page's (member-record.ts). */
export const memberAuditAsStored = memberLog;

/** `GET /api/members/{id}/audit`. */
export async function memberAudit(deps: AuditLogDeps, viewer: Viewer, id: string, query: unknown): Promise<AuditPage> {
  return byIdOnly(await memberLog(deps, viewer, id, query));
}

/**
 * The case's audit page: the case (its heading; a 404 as the case's own) and a page of its log, each
 * line naming its actor as written (issue 14: the session, the case and the log, 3 calls; no read of
 * the actors).
 */
export async function caseAuditPage(deps: AuditLogDeps, viewer: Viewer, id: string, query: unknown): Promise<{ case: DefenderCase; page: AuditPage }> {
  // The case first, as before: a case the caller may not see is a 404 before the role's 403.
  const found = await getCase(deps, viewer, id);
  return { case: found, page: await caseLog(deps, viewer, found.id, query) };
}
