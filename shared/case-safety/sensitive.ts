/**
 * Sensitive fields: coordinators only, every read audited before it happens,
 * every change audited with the names of the fields (never their values).
 */
import { requireCoordinatorFor } from '../access/roles.ts';
import { caseIdSchema, type DefenderCase } from '../domain/case.ts';
import type { Viewer } from '../domain/member.ts';
import { SENSITIVE_FIELDS, sensitiveFieldsSchema, type SensitiveFields } from '../domain/sensitive.ts';
import { NotFoundError, PreconditionFailedError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { SensitiveDeps } from './safety-deps.ts';
import { getCase } from '../cases/index.ts';
import { requireVersion } from '../writes/versions.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** Empty fields for a case that has none yet (version 0). */
const none = (caseId: string): SensitiveFields => ({ caseId, updatedAt: '', updatedBy: '', version: 0 });

export interface SensitiveRead {
  case: DefenderCase;
  fields: SensitiveFields;
}

/**
 * Coordinators only: others get 404 for a case they may not see, 403 for one
 * they may. Coordinators see every case, so they need no read before the
 * audited one.
 */
export async function readSensitive(deps: SensitiveDeps, viewer: Viewer, id: string): Promise<SensitiveRead> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const caseId = parseOrThrow(caseIdSchema, id, 'id');
  const at = deps.clock.now().toISOString();
  const found = await deps.store.readSensitive(caseId, auditEntry(at, actor, 'case.sensitive_read', { caseId }));
  if (!found.case) throw new NotFoundError('case');
  return { case: found.case, fields: { ...(found.fields ?? none(caseId)), ...(found.sourceReport ? { sourceReport: found.sourceReport } : {}) } };
}

/** Replaces the sensitive fields; If-Match carries their own version ("0" before the first save). */
export async function saveSensitive(
  deps: SensitiveDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown,
): Promise<SensitiveFields> {
  const actor = await requireCoordinatorFor(viewer, () => getCase(deps, viewer, id));
  const found = await getCase(deps, viewer, id);
  const input = parseOrThrow(sensitiveFieldsSchema, body);
  const expected = requireVersion(ifMatch);
  const at = deps.clock.now().toISOString();
  const next: SensitiveFields = { caseId: found.id, ...input, updatedAt: at, updatedBy: actor.id, version: expected + 1 };
  try {
    await deps.store.saveSensitive(next, expected, auditEntry(at, actor, 'case.sensitive_updated', { caseId: found.id, fields: SENSITIVE_FIELDS.filter((f) => f in input) }));
  } catch (error) {
    if (error instanceof PreconditionFailedError) throw new PreconditionFailedError('The sensitive fields changed since you read them.', { wording: { key: 'caseSafety.errors.sensitiveChanged' } });
    throw error;
  }
  return next;
}
