/**
 * A coordinator clears MPs' public action on a case the defender did not
 * consent to make public (after consulting the defender), or withdraws that
 * clearance. Like a visibility change: If-Match, a consent-ledger entry and
 * an audit line in the same transaction. A paused case cannot be cleared,
 * and a change of visibility ends a clearance (see consent.ts).
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireCoordinatorFor } from '../access/roles.ts';
import { CONSENT_BASES, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { text } from '../domain/text.ts';
import { ConflictError, PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CaseChangeDeps } from './safety-deps.ts';
import { getCase } from '../cases/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { auditEntry } from '../writes/audit-entry.ts';

export const clearanceSchema = z
  .object({
    cleared: z.boolean({ message: 'Say whether public action is cleared.' }),
    basis: z.enum(CONSENT_BASES),
    note: text(1000).optional(),
  })
  .strict();

/** `PUT /api/cases/{id}/public-action-clearance`: 404 for who may not see the case, 403 for non-coordinators. */
export async function setPublicActionClearance(
  deps: CaseChangeDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
): Promise<DefenderCase> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const input = parseOrThrow(clearanceSchema, body);
  const expected = requireVersion(ifMatch);
  const current = await getCase(deps, viewer, id);
  if (current.version !== expected) throw new PreconditionFailedError();
  if (input.cleared && current.visibility === 'public') throw new ConflictError('This case is public: public action needs no clearance.', { wording: { key: 'caseSafety.errors.publicNeedsNoClearance' } });
  if (input.cleared && current.pausedAt) throw new ConflictError('Publicity is paused on this case: resume it before clearing public action.', { wording: { key: 'caseSafety.errors.pausedNoClearance' } });

  const at = deps.clock.now().toISOString();
  const next: DefenderCase = {
    ...current, publicActionClearedAt: input.cleared ? at : undefined, updatedAt: at, updatedBy: actor.id, version: current.version + 1,
  };
  await deps.store.saveCase({
    case: next,
    expectedVersion: expected,
    audit: auditEntry(at, actor, input.cleared ? 'case.public_action_cleared' : 'case.public_action_withdrawn', {
      caseId: current.id, fields: ['publicActionClearedAt'],
    }),
    consent: {
      id: randomUUID(), caseId: current.id, at, by: actor.id, visibility: current.visibility, namedMemberIds: current.namedMemberIds,
      basis: input.basis, event: input.cleared ? 'public_action_cleared' : 'public_action_withdrawn', ...(input.note ? { note: input.note } : {}),
    },
  });
  return next;
}
