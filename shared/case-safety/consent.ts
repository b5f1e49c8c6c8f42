/**
 * Changing who may see a case. Every change is a consent-ledger entry (who,
 * when, the new level, on what basis), written in the same transaction as
 * the case and its audit line. Pausing publicity after a reprisal is the
 * same change made at once: no If-Match, and no version precondition,
 * because a coordinator must never be blocked from hiding a defender.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireCoordinatorFor } from '../access/roles.ts';
import { CONSENT_BASES, visibilityChangeSchema, type DefenderCase } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';
import { text } from '../domain/text.ts';
import type { Viewer } from '../domain/member.ts';
import { PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { CaseChangeDeps, PauseDeps } from './safety-deps.ts';
import type { CaseBundle } from '../ports/store.ts';
import { participantIds } from './participants.ts';
import { getCase } from '../cases/index.ts';
import { getCaseBundle } from './case-bundle.ts';
import { requireVersion } from '../writes/versions.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/**
 * A pause: the coordinator's reason (ledger only, never in a notice) and its
 * basis, from the same list as a visibility change: not every pause follows a
 * reprisal (a family or a partner may ask for it).
 */
export const pauseSchema = z.object({ reason: text(1000), basis: z.enum(CONSENT_BASES) }).strict();

/** A visibility change by a coordinator, with If-Match. Ends a pause, if any. */
export async function changeVisibility(
  deps: CaseChangeDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
): Promise<DefenderCase> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const change = parseOrThrow(visibilityChangeSchema, body);
  const expected = requireVersion(ifMatch);
  const current = await getCase(deps, viewer, id);
  if (current.version !== expected) throw new PreconditionFailedError();

  const at = deps.clock.now().toISOString();
  const next: DefenderCase = {
    // A new level of consent ends any clearance of public action given under the old one.
    ...current, visibility: change.visibility, namedMemberIds: change.namedMemberIds,
    pausedAt: undefined, pausedFollowerIds: undefined, publicActionClearedAt: undefined, updatedAt: at, updatedBy: actor.id, version: current.version + 1,
  };
  await deps.store.saveCase({
    case: next,
    expectedVersion: expected,
    audit: auditEntry(at, actor, 'case.visibility_changed', { caseId: current.id, fields: ['visibility'] }),
    consent: {
      id: randomUUID(), caseId: current.id, at, by: actor.id, visibility: change.visibility, namedMemberIds: change.namedMemberIds,
      basis: change.basis, event: current.pausedAt ? 'resumed' : 'changed', ...(change.note ? { note: change.note } : {}),
    },
  });
  return next;
}

export interface Paused {
  case: DefenderCase;
  bundle: CaseBundle;
}

/**
 * The members a pause tells, who keep the case page to follow the guidance:
 * those who acted on the case and the members it names, as long as they could
 * see it until now (one the case was already hidden from learns nothing of it
 * from a pause). Decided from ids alone, so the pause needs no member read
 * before it hides the case: a member who is not a coordinator sees a
 * restricted case only when named (or already told of an earlier pause), and
 * coordinators see every case and need no entry.
 */
function followerIdsOf(bundle: CaseBundle): string[] {
  const c = bundle.case;
  const sawIt = (id: string) => c.visibility !== 'restricted' || c.namedMemberIds.includes(id) || (c.pausedFollowerIds ?? []).includes(id);
  return [...new Set([...c.namedMemberIds, ...participantIds(bundle)])].filter(sawIt);
}

/**
 * Pause publicity: restricted at once (keeping any named members), recorded
 * in the ledger with the reason and the basis the coordinator gave, with the
 * members to tell (`pausedFollowerIds`). Returns the bundle read for it.
 */
export async function pausePublicity(deps: PauseDeps, viewer: Viewer, id: string, body: unknown): Promise<Paused> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const { reason, basis } = parseOrThrow(pauseSchema, body);
  const bundle = await getCaseBundle(deps, viewer, id);
  const current = bundle.case;
  const pausedFollowerIds = followerIdsOf(bundle);
  const at = deps.clock.now().toISOString();
  const next: DefenderCase = {
    ...current, visibility: 'restricted', pausedAt: at, pausedFollowerIds, updatedAt: at, updatedBy: actor.id, version: current.version + 1,
  };
  const consent: ConsentEntry = {
    id: randomUUID(), caseId: current.id, at, by: actor.id, visibility: 'restricted',
    namedMemberIds: current.namedMemberIds, basis, event: 'paused', note: reason,
  };
  // No version precondition: a concurrent edit must never keep a case public.
  await deps.store.saveCase({
    case: next,
    touch: { visibility: 'restricted', pausedAt: at, pausedFollowerIds },
    audit: auditEntry(at, actor, 'case.paused', { caseId: current.id, fields: ['visibility'] }),
    consent,
  });
  return { case: next, bundle: { ...bundle, case: next } };
}
