/**
 * Coordinators start a week's digest now, and read the history of runs.
 * Only a week whose reporting period has ended may be sent. Starting
 * returns at once: the run goes on in the background (the local server's
 * process, or the digest function invoked asynchronously).
 */
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import { isActiveMember, type Viewer } from '../domain/member.ts';
import { ServiceUnavailableError, ValidationError } from '../errors/index.ts';
import { callerOf, openCursor, sealCursor } from '../paging/cursor.ts';
import type { DigestTrigger } from './digest-trigger.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import type { Store } from '../ports/store.ts';
import { digestWindow, mayBeSent, weekStart } from './iso-week.ts';
import { isoWeekSchema } from './iso-week.schema.ts';
import { planFor } from './plan.ts';
import { assembleDigestInputs } from './assemble.ts';
import { loadDigestInputs, type DigestInputsDeps } from './load-inputs.ts';
import type { DigestRun } from './run.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** The week, if its digest may be sent now; a 400 naming the Monday it may be sent from otherwise. */
function sendableWeek(deps: Pick<CoreDeps, 'clock'>, week: string): string {
  const w = parseOrThrow(isoWeekSchema, week, 'week');
  if (!mayBeSent(w, deps.clock.now())) {
    const from = weekStart(w)!.toISOString().slice(0, 10);
    throw new ValidationError([{ path: 'week', message: `The week this digest reports has not ended: it can be sent from Monday ${from}.` }]);
  }
  return w;
}

export async function startDigestRun(deps: Pick<CoreDeps, 'clock'> & { store: Pick<Store, 'appendAudit'> }, trigger: DigestTrigger | undefined, viewer: Viewer, week: string): Promise<{ week: string }> {
  const actor = requireRole(viewer, 'coordinator');
  const w = sendableWeek(deps, week);
  if (!trigger) throw new ServiceUnavailableError('Sending digests is not configured here.');
  await deps.store.appendAudit(auditEntry(deps.clock.now().toISOString(), actor, 'digest.run_requested'));
  await trigger.start({ week: w, trigger: 'coordinator', requestedBy: actor.id });
  return { week: w };
}

/**
 * How many members a run started now would send the week's digest to: the
 * job's own rule per member, less those the week already went to. From the
 * digest board and the week's partition (two Queries) once the board is
 * built; before, read like the job reads (members, suppressions, the week's
 * inputs, its send records).
 */
export async function countDigestRecipients(
  deps: Pick<CoreDeps, 'clock'> & { store: Pick<Store, 'readDigestBoard' | 'listAllMembers' | 'listSuppressedAddresses' | 'listDigestRecipients'> & DigestInputsDeps['store'] },
   viewer: Viewer, week: string): Promise<{ week: string; recipients: number }> {
  requireRole(viewer, 'coordinator');
  const w = sendableWeek(deps, week);
  const window = digestWindow(w);
  const board = await deps.store.readDigestBoard(window);
  const [inputs, members, suppressed, already] = board
    ? [assembleDigestInputs(board.records, window), board.members, board.suppressed, board.sentTo]
    : await Promise.all([
      loadDigestInputs(deps, window), deps.store.listAllMembers(), deps.store.listSuppressedAddresses(), deps.store.listDigestRecipients(w),
    ]);
  const skip = new Set(already);
  const blocked = new Set(suppressed.map((e) => e.toLowerCase()));
  const recipients = members.filter((m) => isActiveMember(m) && !skip.has(m.id) && planFor(m, blocked, inputs, window).send).length;
  return { week: w, recipients };
}

export const runsQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(25), cursor: z.string().max(2000).optional() })
  .strict();

export async function listDigestRuns(deps: Pick<CoreDeps, 'secret'> & { store: Pick<Store, 'listDigestRuns'> }, viewer: Viewer, query: unknown): Promise<{ items: DigestRun[]; nextCursor: string | null }> {
  requireRole(viewer, 'coordinator');
  const q = parseOrThrow(runsQuerySchema, query);
  const scope = { list: 'digest-runs', caller: callerOf(viewer) };
  const page = await deps.store.listDigestRuns(q.limit, q.cursor ? openCursor(deps.secret, scope, q.cursor) : undefined);
  return { items: page.items, nextCursor: page.next ? sealCursor(deps.secret, scope, page.next) : null };
}
