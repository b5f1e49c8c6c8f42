/**
 * A coordinator asks the missions in a country to act on a case. The request
 * and its audit line are written together; an Idempotency-Key makes a retried
 * create answer as the first one did. A request that would reach no diplomat
 * (none posted there; on a restricted case, none of those named) is refused.
 */
import { randomUUID } from 'node:crypto';
import { requireMember, requireRole } from '../access/roles.ts';
import { dayOf } from '../calendar/index.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError } from '../errors/index.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { MissionDeps } from './mission-deps.ts';
import { createRequestSchemaOn, type ActionRequest } from './action-request.ts';
import { loadCaseContext } from './case-context.ts';
import { requireClearance } from './consult.ts';
import { requestView } from './mission-access.ts';
import { reachesNobody, recipientsRule } from './recipients.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export type CreateRequestResult = { replayed: false; request: ActionRequest } | Replay;

/** `POST /api/cases/{id}/action-requests`: 404 for a case the caller may not see, 403 for non-coordinators. */
export async function createActionRequest(
  deps: MissionDeps,
  viewer: Viewer,
  caseId: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<CreateRequestResult> {
  const member = requireMember(viewer);
  const input = parseOrThrow(createRequestSchemaOn(dayOf(deps.clock.now())), body);
  const scope = `action-requests:${member.id}`;
  const loaded = await loadCaseContext(deps, viewer, caseId, { scope, rawKey: idempotencyKey });
  const actor = requireRole(viewer, 'coordinator');
  const c = loaded.case;

  return once(loaded.deps, scope, idempotencyKey, { caseId: c.id, ...input }, async (claimFor) => {
    const now = deps.clock.now();
    if (c.state === 'closed') throw new ConflictError('The case is closed.', { wording: { key: 'missions.errors.caseClosed' } });
    requireClearance(c.visibility, input.actionType, input.publicActionCleared);
    const at = now.toISOString();
    const request: ActionRequest = {
      id: randomUUID(),
      caseId: c.id,
      actionType: input.actionType,
      country: input.country ?? c.country,
      dueDate: input.dueDate,
      ...(input.note ? { note: input.note } : {}),
      ...(input.publicActionCleared ? { publicActionCleared: true as const } : {}),
      status: 'open',
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
      version: 1,
    };
    const location = `/api/cases/${c.id}/action-requests/${request.id}`;
    // A request that reaches nobody is refused; the write itself checks the posting's roster.
    const recipients = recipientsRule(c, request.country);
    if (recipients.anyOf?.length === 0) throw reachesNobody(c, request.country);
    await deps.store.saveActionRequest({
      recipients,
      request,
      audit: auditEntry(at, actor, 'request.created', { caseId: c.id }),
      // The answer the route sends (the viewer's view, with its overdue mark), so a replay answers the same.
      idempotency: claimFor?.({ status: 201, body: requestView(viewer, request, dayOf(now)), location, etag: '"1"' }),
    }).catch((error: unknown) => {
      throw error instanceof ConflictError && error.message === 'recipients' ? reachesNobody(c, request.country) : error;
    });
    return { replayed: false as const, request };
  });
}
