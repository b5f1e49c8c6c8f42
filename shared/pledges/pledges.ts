/**
 * Pledges as use cases: an MP adopts a case (optionally asking to twin),
 * changes or withdraws their own pledge; a coordinator ends a twinning.
 * Roles are checked before anything is read, so a refusal never depends on
 * the case; a case the caller may not see answers 404 on every path.
 */
import { requireMember, requireRole } from '../access/roles.ts';
import { caseIdSchema } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { PledgeDeps } from './pledge-deps.ts';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import type { CaseBundle } from '../ports/store.ts';
import { once, type Replay } from '../writes/idempotency.ts';
import { readVisibleBundle } from '../cases/index.ts';
import { loadCaseContext } from '../missions/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { adoptionFor } from './adoption-view.ts';
import { publicFacing, requirePublicConsent } from './public-consent.ts';
import { wordStoreConflict } from './conflict-wording.ts';
import { createPledgeSchema, memberIdSchema, updatePledgeSchema, type Pledge, type TwinLock } from './pledge.schema.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** Only the MP who pledged may change or withdraw a pledge. */
function requireOwnPledge(viewer: Viewer, rawMemberId: string) {
  const actor = requireRole(viewer, 'mp');
  const memberId = parseOrThrow(memberIdSchema, rawMemberId, 'memberId');
  if (memberId !== actor.id) throw new ForbiddenError('Only the MP who pledged may change this pledge.', { wording: { key: 'pledges.errors.notYourPledge' } });
  return actor;
}

function pledgeIn(bundle: CaseBundle, memberId: string): Pledge {
  const found = bundle.pledges.find((p) => p.memberId === memberId);
  if (!found) throw new NotFoundError('pledge');
  return found;
}

export type CreatePledgeResult = { replayed: false; pledge: Pledge } | Replay;

/**
 * An MP adopts a case. The pledge, the case's adopter count (and the twin
 * place when asked) are written in one transaction; with an Idempotency-Key,
 * a retry answers as the first request did. The case and the key's record
 * are read together, before the key decides anything: a replay passes the
 * same visibility check as a fresh request.
 *
 * @example
 *   await createPledge(deps, mp, caseId, { actions: ['prison_visit'], twin: false });
 */
export async function createPledge(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, body: unknown, idempotencyKey?: string,
): Promise<CreatePledgeResult> {
  const actor = requireRole(viewer, 'mp');
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  const input = parseOrThrow(createPledgeSchema, body);
  const scope = `pledges:${actor.id}`;
  const loaded = await loadCaseContext(deps, viewer, caseId, { scope, rawKey: idempotencyKey });
  const found = loaded.case;
  // Before the key decides anything: a replay after the clearance was withdrawn is refused too.
  requirePublicConsent(found, { publicActions: publicFacing(input.actions) });

  return once(loaded.deps, scope, idempotencyKey, { caseId, ...input }, async (claimFor) => {
    if (found.state === 'closed') throw new ConflictError('This case is closed; it takes no new pledges.', { wording: { key: 'pledges.errors.caseClosed' } });
    const at = deps.clock.now().toISOString();
    const pledge: Pledge = {
      caseId, memberId: actor.id, memberName: actor.name, actions: input.actions,
      ...(input.note ? { note: input.note } : {}), twin: input.twin, createdAt: at, updatedAt: at, version: 1,
    };
    await deps.store.createPledge(
      pledge, auditEntry(deps.clock.now().toISOString(), actor, 'pledge.created', { caseId, fields: input.twin ? ['twin'] : [] }),
      claimFor?.({ status: 201, body: pledge, location: `/api/cases/${caseId}/pledges/${actor.id}`, etag: '"1"' }),
    ).catch((error: unknown) => { throw wordStoreConflict(error); });
    return { replayed: false as const, pledge };
  });
}

/** The MP changes their pledge (If-Match); asking to twin claims the twin place, or gets 409. */
export async function updatePledge(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawMemberId: string, ifMatch: string | undefined, body: unknown,
): Promise<Pledge> {
  const actor = requireOwnPledge(viewer, rawMemberId);
  const changes = parseOrThrow(updatePledgeSchema, body);
  const expected = requireVersion(ifMatch);
  const bundle = adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId));
  const current = pledgeIn(bundle, actor.id);
  if (current.version !== expected) throw new PreconditionFailedError();
  // Only actions added now need consent: a pledge made while cleared stays editable.
  requirePublicConsent(bundle.case, { publicActions: publicFacing(changes.actions ?? []).filter((a) => !current.actions.includes(a)) });

  const { note, ...rest } = changes;
  const merged: Pledge = { ...current, ...rest };
  if (note === null) delete merged.note;
  else if (note !== undefined) merged.note = note;
  const fields = (['actions', 'note', 'twin'] as const).filter((k) => JSON.stringify(merged[k]) !== JSON.stringify(current[k]));
  if (fields.length === 0) return current;

  const next: Pledge = { ...merged, updatedAt: deps.clock.now().toISOString(), version: current.version + 1 };
  const twin = next.twin === current.twin ? undefined : next.twin ? 'claim' : 'release';
  await deps.store.updatePledge({
    pledge: next, expectedVersion: expected, ...(twin ? { twin } : {}),
    audit: auditEntry(deps.clock.now().toISOString(), actor, 'pledge.updated', { caseId: current.caseId, fields: [...fields] }),
  }).catch((error: unknown) => { throw wordStoreConflict(error); });
  return next;
}

/** The MP withdraws their pledge (If-Match); a twin place it held is freed. Logged actions stay. */
export async function withdrawPledge(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawMemberId: string, ifMatch: string | undefined,
): Promise<void> {
  const actor = requireOwnPledge(viewer, rawMemberId);
  const expected = requireVersion(ifMatch);
  const current = pledgeIn(adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId)), actor.id);
  if (current.version !== expected) throw new PreconditionFailedError();
  await deps.store.withdrawPledge({
    caseId: current.caseId, memberId: actor.id, expectedVersion: expected, releaseTwin: current.twin,
    audit: auditEntry(deps.clock.now().toISOString(), actor, 'pledge.withdrawn', { caseId: current.caseId }),
  });
}

/** A coordinator ends the case's twinning; the MP's pledge stays, without twin. */
export async function endTwinning(deps: PledgeDeps, viewer: Viewer, rawCaseId: string): Promise<void> {
  const actor = requireRole(viewer, 'coordinator');
  const bundle = adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId));
  if (!bundle.twin) throw new NotFoundError('twinning');
  const pledge = pledgeIn(bundle, bundle.twin.memberId);
  const next: Pledge = { ...pledge, twin: false, updatedAt: deps.clock.now().toISOString(), version: pledge.version + 1 };
  await deps.store.endTwinning(next, pledge.version, auditEntry(deps.clock.now().toISOString(), actor, 'twin.ended', { caseId: pledge.caseId, fields: ['twin'] }));
}

/** One pledge, for any member who may see the case. */
export async function getPledge(deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawMemberId: string): Promise<Pledge> {
  requireMember(viewer);
  const memberId = parseOrThrow(memberIdSchema, rawMemberId, 'memberId');
  return pledgeIn(adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId)), memberId);
}

export interface CasePledges {
  adopterCount: number;
  twin: TwinLock | null;
  items: Pledge[];
}

/** A case's adopters, for signed-in members who may see the case. */
export async function listPledges(deps: PledgeDeps, viewer: Viewer, rawCaseId: string): Promise<CasePledges> {
  requireMember(viewer);
  const bundle = adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId));
  return { adopterCount: bundle.case.adopterCount, twin: bundle.twin ?? null, items: bundle.pledges };
}
