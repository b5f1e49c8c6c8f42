/**
 * Coordinators edit a case. The caller must say which version it edited
 * (If-Match); the write is conditioned on it, so concurrent edits cannot
 * overwrite each other silently.
 */
import { randomUUID } from 'node:crypto';
import { requireCoordinatorFor } from '../access/roles.ts';
import { updateCaseSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { PreconditionFailedError, ValidationError } from '../errors/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CoreDeps } from '../deps.ts';
import { getCase } from './read-cases.ts';

export async function updateCase(
  deps: CoreDeps,
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

  const merged = { ...current, ...changes };
  if (merged.state === 'closed' && !merged.closedReason) {
    throw new ValidationError([{ path: 'closedReason', message: 'Say why the case is closed.', code: 'custom', key: 'validation.case.closedNeedsReason' }]);
  }
  if (merged.state !== 'closed') delete merged.closedReason;

  const fields = (Object.keys(merged) as Array<keyof DefenderCase>).filter(
    (k) => JSON.stringify(merged[k]) !== JSON.stringify(current[k]),
  );
  if (fields.length === 0) return current;

  const at = deps.clock.now().toISOString();
  const next: DefenderCase = { ...merged, updatedAt: at, updatedBy: actor.id, version: current.version + 1 };
  if (next.riskStatus !== current.riskStatus) next.riskStatusSince = at;
  await deps.store.saveCase({
    case: next,
    expectedVersion: expected,
    audit: { id: randomUUID(), at, actorId: actor.id, action: 'case.updated', caseId: current.id, fields },
  });
  return next;
}
