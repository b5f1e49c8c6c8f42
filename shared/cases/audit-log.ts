/** Coordinators browse the audit log per case and per member (actor), newest first, with cursors. */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { caseIdSchema } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError } from '../errors/index.ts';
import { decodeCursor, encodeCursor } from '../paging/cursor.ts';
import type { AuditEntry } from '../ports/store.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';

export const auditQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(50), cursor: z.string().max(2000).optional() })
  .strict();

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

async function page(
  deps: CoreDeps, scope: string, query: unknown,
  read: (limit: number, start?: Record<string, unknown>) => Promise<{ items: AuditEntry[]; next?: Record<string, unknown> }>,
): Promise<AuditPage> {
  const q = parseOrThrow(auditQuerySchema, query);
  const start = q.cursor ? (decodeCursor(deps.secret, q.cursor) as { scope?: string; key?: Record<string, unknown> }) : undefined;
  if (start && start.scope !== scope) throw new NotFoundError('audit page');
  const result = await read(q.limit, start?.key);
  return { items: result.items, nextCursor: result.next ? encodeCursor(deps.secret, { scope, key: result.next }) : null };
}

export async function caseAudit(deps: CoreDeps, viewer: Viewer, id: string, query: unknown): Promise<AuditPage> {
  requireRole(viewer, 'coordinator');
  const caseId = parseOrThrow(caseIdSchema, id, 'id');
  // Coordinators see every case; an unknown id is simply an empty log.
  return page(deps, `case:${caseId}`, query, (limit, start) => deps.store.auditOfCase(caseId, limit, start));
}

export async function memberAudit(deps: CoreDeps, viewer: Viewer, id: string, query: unknown): Promise<AuditPage> {
  requireRole(viewer, 'coordinator');
  const memberId = parseOrThrow(z.string().uuid('Not a member id.'), id, 'id');
  return page(deps, `actor:${memberId}`, query, (limit, start) => deps.store.auditByActor(memberId, limit, start));
}
