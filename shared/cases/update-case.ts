/**
 * Coordinators edit a case. The caller must say which version it edited
 * (If-Match); the write is conditioned on it, so concurrent edits cannot
 * overwrite each other silently.
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import { updateCaseSchema, type DefenderCase, type UpdateCaseInput } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { PreconditionFailedError, ValidationError } from '../errors/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { UpdateCaseDeps } from './case-deps.ts';
import { getCase } from './read-cases.ts';
import { sameStatuses, withStatuses } from '../domain/risk-statuses.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export async function updateCase(
  deps: UpdateCaseDeps,
  viewer: Viewer,
  id: string,
  ifMatch: string | undefined,
  body: unknown,
): Promise<DefenderCase> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const changes = parseOrThrow(updateCaseSchema, body);
  const expected = requireVersion(ifMatch);

  const current = await getCase(deps, viewer, id);
  if (current.version !== expected) throw new PreconditionFailedError();

  const change = caseChange(current, changes, actor.id, deps.clock.now().toISOString());
  if (!change) return current;
  const { next, fields } = change;
  const at = next.updatedAt;
  await deps.store.saveCase({
    case: next,
    expectedVersion: expected,
    audit: auditEntry(at, actor, 'case.updated', { caseId: current.id, fields }),
  });
  return next;
}

/**
 * The case after an edit, and the names of the fields that changed; undefined when nothing
 * did. Shared by the API's edit and the spreadsheet re-import.
 */
export function caseChange(
  current: DefenderCase, changes: UpdateCaseInput, actorId: string, at: string,
): { next: DefenderCase; fields: Array<keyof DefenderCase> } | undefined {
  // The same statuses in another order are no change; new ones start their clock now.
  const statuses = changes.riskStatuses && !sameStatuses(changes.riskStatuses, current.riskStatuses) ? changes.riskStatuses : current.riskStatuses;
  const merged: DefenderCase = { ...current, ...changes, ...withStatuses(current, statuses, at) };
  if (merged.state === 'closed' && !merged.closedReason) {
    throw new ValidationError([{ path: 'closedReason', message: 'Say why the case is closed.', code: 'custom', key: 'validation.case.closedNeedsReason' }]);
  }
  if (merged.state !== 'closed') delete merged.closedReason;

  const fields = (Object.keys(merged) as Array<keyof DefenderCase>).filter(
    (k) => JSON.stringify(merged[k]) !== JSON.stringify(current[k]),
  );
  if (fields.length === 0) return undefined;
  const next: DefenderCase = { ...merged, updatedAt: at, updatedBy: actorId, version: current.version + 1 };
  return { next, fields };
}
