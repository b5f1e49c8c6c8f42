/**
 * Coordinators start a week's digest now, and read the history of runs.
 * Starting returns at once: the run goes on in the background (the local
 * server's process, or the digest function invoked asynchronously).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { ServiceUnavailableError, ValidationError } from '../errors/index.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import type { DigestTrigger } from '../ports/digest-trigger.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';
import { isoWeekSchema, mayBeSent } from './iso-week.ts';
import type { DigestRun } from './run.ts';

export async function startDigestRun(deps: CoreDeps, trigger: DigestTrigger | undefined, viewer: Viewer, week: string): Promise<{ week: string }> {
  const actor = requireRole(viewer, 'coordinator');
  const w = parseOrThrow(isoWeekSchema, week, 'week');
  if (!mayBeSent(w, deps.clock.now())) {
    throw new ValidationError([{ path: 'week', message: 'This week has not begun: its digest would be empty.' }]);
  }
  if (!trigger) throw new ServiceUnavailableError('Sending digests is not configured here.');
  await deps.store.appendAudit({ id: randomUUID(), at: deps.clock.now().toISOString(), actorId: actor.id, action: 'digest.run_requested' });
  await trigger.start({ week: w, trigger: 'coordinator', requestedBy: actor.id });
  return { week: w };
}

export const runsQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(25), cursor: z.string().max(2000).optional() })
  .strict();

export async function listDigestRuns(deps: CoreDeps, viewer: Viewer, query: unknown): Promise<{ items: DigestRun[]; nextCursor: string | null }> {
  requireRole(viewer, 'coordinator');
  const q = parseOrThrow(runsQuerySchema, query);
  const scope = { list: 'digest-runs', caller: callerOf(viewer) };
  const page = await deps.store.listDigestRuns(q.limit, q.cursor ? openCursor(deps.secret, scope, q.cursor) : undefined);
  return { items: page.items, nextCursor: page.next ? sealCursor(deps.secret, scope, page.next) : null };
}
