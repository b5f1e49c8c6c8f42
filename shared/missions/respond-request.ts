/**
 * Answering a request: a mission posted in its country acknowledges it or
 * declines it with a reason; the coordinator may withdraw it. The change is
 * conditioned on the version the caller saw (If-Match). Marking a request
 * done happens by logging the action (log-action.ts).
 */
import { requireMember } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import type { AuditAction } from '../writes/records.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { MissionDeps } from './mission-deps.ts';
import { isOpen, requestIdSchema, respondSchema, type ActionRequest } from './action-request.ts';
import { loadCaseContext } from './case-context.ts';
import { canSeeRequest, isPostedTo } from './mission-access.ts';
import { auditEntry } from '../writes/audit-entry.ts';

const AUDIT: Record<'acknowledged' | 'declined' | 'withdrawn', AuditAction> = {
  acknowledged: 'request.acknowledged', declined: 'request.declined', withdrawn: 'request.withdrawn',
};

/** `PATCH /api/cases/{id}/action-requests/{requestId}`. */
export async function respondToRequest(
  deps: MissionDeps,
  viewer: Viewer,
  caseId: string,
  rawRequestId: string,
  ifMatch: string | undefined,
  body: unknown,
): Promise<ActionRequest> {
  const member = requireMember(viewer);
  const requestId = parseOrThrow(requestIdSchema, rawRequestId, 'requestId');
  const input = parseOrThrow(respondSchema, body);
  const expected = requireVersion(ifMatch);
  const loaded = await loadCaseContext(deps, viewer, caseId, { requestId });
  const current = loaded.request;
  if (!current || !canSeeRequest(viewer, current, loaded.case)) throw new NotFoundError('request');

  if (input.status === 'withdrawn' ? member.role !== 'coordinator' : !isPostedTo(viewer, current.country)) {
    throw input.status === 'withdrawn'
      ? new ForbiddenError('Only coordinators withdraw requests.', { wording: { key: 'missions.errors.withdrawRole' } })
      : new ForbiddenError('Only a mission posted there answers a request.', { wording: { key: 'missions.errors.answerPosting' } });
  }
  if (current.version !== expected) throw new PreconditionFailedError();
  if (!isOpen(current)) throw new ConflictError('This request is already closed.', { wording: { key: 'missions.errors.requestClosed' } });
  if (input.status === 'acknowledged' && current.status !== 'open') throw new ConflictError('This request is already acknowledged.', { wording: { key: 'missions.errors.requestAcknowledged' } });

  const at = deps.clock.now().toISOString();
  const next: ActionRequest = { ...current, status: input.status, updatedAt: at, version: current.version + 1 };
  if (input.status === 'withdrawn') {
    if (input.reason) next.withdrawnReason = input.reason;
  } else {
    const mission = input.mission ?? member.mission;
    Object.assign(next, { respondedBy: member.id, respondedAt: at, firstAnsweredAt: current.firstAnsweredAt ?? at, ...(mission ? { respondingMission: mission } : {}) });
    if (input.status === 'declined') next.declineReason = input.reason;
  }
  await deps.store.saveActionRequest({
    request: next,
    expectedVersion: expected,
    audit: auditEntry(at, member, AUDIT[input.status], { caseId: current.caseId }),
  });
  return next;
}
