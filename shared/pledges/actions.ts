/**
 * Logged actions as use cases: an MP logs what they did (idempotent with an
 * Idempotency-Key) and corrects it; a coordinator verifies or asks for more;
 * other MPs co-sign a joint letter. The author is always the caller.
 */
import { randomUUID } from 'node:crypto';
import { requireRole } from '../access/roles.ts';
import { listAudience } from '../access/visibility.ts';
import { caseIdSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import type { PledgeDeps } from './pledge-deps.ts';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../errors/index.ts';
import { idempotencyKeySchema, once, type Replay } from '../writes/idempotency.ts';
import { loadCaseContext } from '../missions/index.ts';
import { readVisibleBundle } from '../cases/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { adoptionFor } from './adoption-view.ts';
import { CONFLICTS } from './pledge-store.ts';
import { requirePublicConsent } from './public-consent.ts';
import { wordStoreConflict } from './conflict-wording.ts';
import {
  actionIdSchema, editActionSchema, newActionSchema, verificationSchema, type CoSignature, type LoggedAction,
} from './action.schema.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** The stored form of an action: co-signers are read from their own items. */
const stored = ({ coSigners: _coSigners, ...action }: LoggedAction): LoggedAction => action;

async function actionIn(deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawActionId: string): Promise<LoggedAction> {
  return (await actionWithCase(deps, viewer, rawCaseId, rawActionId)).action;
}

async function actionWithCase(deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawActionId: string): Promise<{ action: LoggedAction; case: DefenderCase }> {
  const actionId = parseOrThrow(actionIdSchema, rawActionId, 'actionId');
  // The bundle holds only what the viewer may see: a confidential action of another MP is "not found".
  const bundle = adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId));
  const found = bundle.actions.find((a) => a.id === actionId);
  if (!found) throw new NotFoundError('action');
  return { action: found, case: bundle.case };
}

export type LogActionResult = { replayed: false; action: LoggedAction } | Replay;

/**
 * An MP logs an action done on a case. The case and the key's record are
 * read together (one BatchGet) and the case's visibility is checked on that
 * read, before the key decides anything: a replay passes the same checks as
 * a fresh request. The write checks visibility again (a change in between
 * must not let it through). At most 3 DynamoDB calls: session, read, write.
 *
 * @example
 *   await logAction(deps, mp, caseId, { type: 'prison_visit', date: '2026-11-20', description: 'Visited.' }, 'key-123456');
 */
export async function logAction(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, body: unknown, idempotencyKey?: string,
): Promise<LogActionResult> {
  const actor = requireRole(viewer, 'mp');
  const caseId = parseOrThrow(caseIdSchema, rawCaseId, 'id');
  const input = parseOrThrow(newActionSchema, body);
  const now = deps.clock.now().toISOString();
  if (input.date > now.slice(0, 10)) {
    throw new ValidationError([{ path: 'date', message: 'Log an action once it is done: the date cannot be in the future.', key: 'pledges.errors.dateInFuture' }]);
  }

  const scope = `actions:${actor.id}`;
  const loaded = await loadCaseContext(deps, viewer, caseId, { scope, rawKey: idempotencyKey });
  requirePublicConsent(loaded.case, { loggedPublic: input.public === true });
  return once(loaded.deps, scope, idempotencyKey, { caseId, ...input }, async (claimFor) => {
    const action: LoggedAction = {
      id: randomUUID(), caseId, memberId: actor.id, memberName: actor.name, type: input.type, date: input.date,
      description: input.description, ...(input.evidenceUrl ? { evidenceUrl: input.evidenceUrl } : {}),
      public: input.public, verification: { state: 'pending' }, createdAt: now, updatedAt: now, version: 1,
    };
    await deps.store.logAction({
      action,
      audience: listAudience(viewer),
      audit: auditEntry(deps.clock.now().toISOString(), actor, 'action.logged', { caseId: caseId }),
      idempotency: claimFor?.({ status: 201, body: action, location: `/api/cases/${caseId}/actions/${action.id}`, etag: '"1"' }),
    });
    return { replayed: false as const, action };
  });
}

/** The author corrects an action (If-Match); it goes back to awaiting verification. */
export async function editAction(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawActionId: string, ifMatch: string | undefined, body: unknown,
): Promise<LoggedAction> {
  const actor = requireRole(viewer, 'mp');
  const changes = parseOrThrow(editActionSchema, body);
  const expected = requireVersion(ifMatch);
  const { action: current, case: found } = await actionWithCase(deps, viewer, rawCaseId, rawActionId);
  if (current.memberId !== actor.id) throw new ForbiddenError('Only the MP who logged an action may change it.', { wording: { key: 'pledges.errors.notYourAction' } });
  if (current.version !== expected) throw new PreconditionFailedError();
  requirePublicConsent(found, { loggedPublic: changes.public === true && !current.public });

  const { evidenceUrl, ...rest } = changes;
  const next: LoggedAction = { ...stored(current), ...rest };
  if (evidenceUrl === null) delete next.evidenceUrl;
  else if (evidenceUrl !== undefined) next.evidenceUrl = evidenceUrl;
  const fields = (['description', 'evidenceUrl', 'public'] as const).filter((k) => next[k] !== current[k]);
  if (fields.length === 0) return current;

  const updated: LoggedAction = {
    ...next, verification: { state: 'pending' }, updatedAt: deps.clock.now().toISOString(), version: current.version + 1,
  };
  await deps.store.updateAction(updated, expected, auditEntry(deps.clock.now().toISOString(), actor, 'action.updated', { caseId: current.caseId, fields: [...fields] }));
  return { ...updated, ...(current.coSigners ? { coSigners: current.coSigners } : {}) };
}

/** A coordinator marks an action verified, or asks for more with a note (If-Match). */
export async function verifyAction(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawActionId: string, ifMatch: string | undefined, body: unknown,
): Promise<LoggedAction> {
  const actor = requireRole(viewer, 'coordinator');
  const input = parseOrThrow(verificationSchema, body);
  const expected = requireVersion(ifMatch);
  const current = await actionIn(deps, viewer, rawCaseId, rawActionId);
  if (current.version !== expected) throw new PreconditionFailedError();

  const at = deps.clock.now().toISOString();
  const updated: LoggedAction = {
    ...stored(current), verification: { state: input.state, ...(input.note ? { note: input.note } : {}), at },
    updatedAt: at, version: current.version + 1,
  };
  await deps.store.updateAction(updated, expected, auditEntry(deps.clock.now().toISOString(), actor, 'action.verified', { caseId: current.caseId, fields: ['verification'] }));
  return { ...updated, ...(current.coSigners ? { coSigners: current.coSigners } : {}) };
}

export interface CoSignResult {
  /** True when an Idempotency-Key was sent and the caller had already co-signed: the stored signature is the answer. */
  replayed: boolean;
  signature: CoSignature;
}

/**
 * Another MP co-signs a joint letter they can see. A signature is unique per
 * (letter, MP), so a retry with an Idempotency-Key answers the signature
 * already stored rather than a conflict, after the same checks as a fresh
 * request (the letter is read through the viewer's visibility).
 */
export async function coSign(
  deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawActionId: string, idempotencyKey?: string,
): Promise<CoSignResult> {
  const actor = requireRole(viewer, 'mp');
  if (idempotencyKey !== undefined) parseOrThrow(idempotencyKeySchema, idempotencyKey, 'Idempotency-Key');
  const letter = await actionIn(deps, viewer, rawCaseId, rawActionId);
  if (letter.type !== 'joint_letter') throw new ConflictError('Only joint letters can be co-signed.', { wording: { key: 'pledges.errors.notAJointLetter' } });
  if (letter.memberId === actor.id) throw new ConflictError('You started this letter; it already carries your name.', { wording: { key: 'pledges.errors.ownLetter' } });
  const earlier = letter.coSigners?.find((s) => s.memberId === actor.id);
  if (earlier && idempotencyKey !== undefined) return { replayed: true, signature: earlier };
  if (earlier) throw new ConflictError(CONFLICTS.alreadyCoSigned, { wording: { key: 'pledges.errors.alreadyCoSigned' } });

  const signature: CoSignature = {
    caseId: letter.caseId, actionId: letter.id, memberId: actor.id, memberName: actor.name, at: deps.clock.now().toISOString(),
  };
  await deps.store.coSign(signature, auditEntry(deps.clock.now().toISOString(), actor, 'action.cosigned', { caseId: letter.caseId })).catch((error: unknown) => { throw wordStoreConflict(error); });
  return { replayed: false, signature };
}

/** The actions on a case the viewer may see, newest first. */
export async function listActions(deps: PledgeDeps, viewer: Viewer, rawCaseId: string): Promise<LoggedAction[]> {
  return [...adoptionFor(viewer, await readVisibleBundle(deps, viewer, rawCaseId)).actions].reverse();
}

/** One action, for whoever may see it (its ETag is its version). */
export async function getAction(deps: PledgeDeps, viewer: Viewer, rawCaseId: string, rawActionId: string): Promise<LoggedAction> {
  return actionIn(deps, viewer, rawCaseId, rawActionId);
}
