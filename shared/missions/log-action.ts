/**
 * A diplomat logs what their mission did on a case. In one transaction: the
 * action, its audit line, its coverage markers (the gap view), and, when it
 * answers a request for the diplomat's posting, that request moved to done.
 * Idempotent with an Idempotency-Key.
 */
import { randomUUID } from 'node:crypto';
import { requireMember, requireRole } from '../access/roles.ts';
import { dayOf } from '../calendar/index.ts';
import type { Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { coverageCodesOf } from './gap-rules.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { MissionDeps } from './mission-deps.ts';
import type { MissionActionWrite } from './mission-store.ts';
import { isOpen, type ActionRequest } from './action-request.ts';
import { loadCaseContext } from './case-context.ts';
import { requireClearance } from './consult.ts';
import { actionView, canSeeRequest, requirePosting, type ActionView } from './mission-access.ts';
import { logActionSchemaOn, type MissionAction } from './mission-action.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export type LogActionResult = { replayed: false; action: ActionView; request?: ActionRequest } | Replay;

/**
 * `POST /api/cases/{id}/mission-actions`: 404 for a case the caller may not
 * see, 403 for non-diplomats and for diplomats acting outside their posting.
 */
export async function logMissionAction(
  deps: MissionDeps,
  viewer: Viewer,
  caseId: string,
  body: unknown,
  idempotencyKey?: string,
): Promise<LogActionResult> {
  const member = requireMember(viewer);
  const input = parseOrThrow(logActionSchemaOn(dayOf(deps.clock.now())), body);
  const scope = `mission-actions:${member.id}`;
  const loaded = await loadCaseContext(deps, viewer, caseId, { requestId: input.requestId, scope, rawKey: idempotencyKey });
  const actor = requireRole(viewer, 'diplomat');
  const c = loaded.case;
  const fulfilled = input.requestId ? loaded.request : undefined;
  if (input.requestId && (!fulfilled || !canSeeRequest(viewer, fulfilled, c))) throw new NotFoundError('request');
  // Checked before the key decides anything: a replay passes the same checks as a fresh request.
  requirePosting(viewer, c, fulfilled);

  return once(loaded.deps, scope, idempotencyKey, { caseId: c.id, ...input }, async (claimFor) => {
    const now = deps.clock.now();
    requireClearance(c.visibility, input.actionType, input.publicActionCleared);
    if (fulfilled && !isOpen(fulfilled)) throw new ConflictError('This request is already closed.', { wording: { key: 'missions.errors.requestClosed' } });

    const at = now.toISOString();
    const action: MissionAction = {
      id: randomUUID(),
      caseId: c.id,
      actionType: input.actionType,
      mission: input.mission,
      date: input.date,
      outcome: input.outcome,
      confidential: input.confidential,
      ...(input.evidenceUrl ? { evidenceUrl: input.evidenceUrl } : {}),
      ...(input.requestId ? { requestId: input.requestId } : {}),
      ...(input.publicActionCleared ? { publicActionCleared: true as const } : {}),
      createdAt: at,
      createdBy: actor.id,
      authorName: actor.name,
      version: 1,
    };
    const write: MissionActionWrite = {
      action,
      audit: auditEntry(at, actor, 'mission_action.logged', { caseId: c.id }),
      coverage: coverageCodesOf(action.actionType),
      idempotency: claimFor?.({ status: 201, body: actionView(viewer, action), location: `/api/cases/${c.id}/mission-actions/${action.id}`, etag: '"1"' }),
    };
    let done: ActionRequest | undefined;
    if (fulfilled) {
      done = {
        ...fulfilled, status: 'done', doneActionId: action.id, respondedBy: actor.id, respondedAt: at, firstAnsweredAt: fulfilled.firstAnsweredAt ?? at,
        respondingMission: input.mission, updatedAt: at, version: fulfilled.version + 1,
      };
      write.request = {
        next: done,
        expectedVersion: fulfilled.version,
        audit: auditEntry(at, actor, 'request.done', { caseId: c.id }),
      };
    }
    await deps.store.saveMissionAction(write);
    return { replayed: false as const, action: actionView(viewer, action), ...(done ? { request: done } : {}) };
  });
}
