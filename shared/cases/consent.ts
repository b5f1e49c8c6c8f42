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
import { visibilityChangeSchema, type DefenderCase } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';
import { text } from '../domain/text.ts';
import type { Viewer } from '../domain/member.ts';
import { PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../validation.ts';
import type { CoreDeps } from '../deps.ts';
import type { CaseBundle } from '../ports/store.ts';
import { getCase, getCaseBundle } from './read-cases.ts';
import { requireVersion } from './update-case.ts';

export const pauseSchema = z.object({ reason: text(1000) }).strict();

/** A visibility change by a coordinator, with If-Match. Ends a pause, if any. */
export async function changeVisibility(
  deps: CoreDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
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
    pausedAt: undefined, publicActionClearedAt: undefined, updatedAt: at, updatedBy: actor.id, version: current.version + 1,
  };
  await deps.store.saveCase({
    case: next,
    expectedVersion: expected,
    audit: { id: randomUUID(), at, actorId: actor.id, action: 'case.visibility_changed', caseId: current.id, fields: ['visibility'] },
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
 * Pause publicity: restricted at once (keeping any named members), recorded
 * with the reason. Returns the bundle read for it, so the caller can notify
 * the case's participants without reading again.
 */
export async function pausePublicity(deps: CoreDeps, viewer: Viewer, id: string, body: unknown): Promise<Paused> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const { reason } = parseOrThrow(pauseSchema, body);
  const bundle = await getCaseBundle(deps, viewer, id);
  const current = bundle.case;
  const at = deps.clock.now().toISOString();
  const next: DefenderCase = {
    ...current, visibility: 'restricted', pausedAt: at, updatedAt: at, updatedBy: actor.id, version: current.version + 1,
  };
  const consent: ConsentEntry = {
    id: randomUUID(), caseId: current.id, at, by: actor.id, visibility: 'restricted',
    namedMemberIds: current.namedMemberIds, basis: 'reprisal', event: 'paused', note: reason,
  };
  // No version precondition: a concurrent edit must never keep a case public.
  await deps.store.saveCase({
    case: next,
    touch: { visibility: 'restricted', pausedAt: at },
    audit: { id: randomUUID(), at, actorId: actor.id, action: 'case.paused', caseId: current.id, fields: ['visibility'] },
    consent,
  });
  return { case: next, bundle: { ...bundle, case: next } };
}
