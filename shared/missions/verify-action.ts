/**
 * A coordinator verifies a logged mission action (as for MPs' actions), with
 * If-Match on the action's version. Verifying twice changes nothing.
 */
import { requireMember, requireRole } from '../access/roles.ts';
import type { Viewer } from '../domain/member.ts';
import { NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import { readVisibleBundle } from '../cases/index.ts';
import { trimMissionItems } from './bundle-view.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { MissionDeps } from './mission-deps.ts';
import { actionIdSchema, type MissionAction } from './mission-action.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** `POST /api/cases/{id}/mission-actions/{actionId}/verification`. */
export async function verifyMissionAction(
  deps: MissionDeps,
  viewer: Viewer,
  caseId: string,
  rawActionId: string,
  ifMatch: string | undefined,
): Promise<MissionAction> {
  requireMember(viewer);
  const actionId = parseOrThrow(actionIdSchema, rawActionId, 'actionId');
  const expected = requireVersion(ifMatch);
  const bundle = trimMissionItems(viewer, await readVisibleBundle(deps, viewer, caseId));
  const actor = requireRole(viewer, 'coordinator');
  const current = bundle.missionActions.find((a) => a.id === actionId);
  if (!current) throw new NotFoundError('action');
  if (current.version !== expected) throw new PreconditionFailedError();
  if (current.verifiedAt) return current;

  const at = deps.clock.now().toISOString();
  const next: MissionAction = { ...current, verifiedAt: at, verifiedBy: actor.id, version: current.version + 1 };
  await deps.store.saveVerifiedAction(next, expected, auditEntry(at, actor, 'mission_action.verified', { caseId: bundle.case.id }));
  return next;
}
