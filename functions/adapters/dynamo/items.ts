/** Domain objects → DynamoDB items (with their keys and index attributes). */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { AuditEntry, IdempotencyClaim } from '#shared/ports/store.ts';
import { keys } from './keys.ts';

export function caseItem(c: DefenderCase): Record<string, unknown> {
  return {
    ...keys.case(c.id),
    type: 'case',
    gsi1pk: `COUNTRY#${c.country}`,
    gsi1sk: `CASE#${c.updatedAt}#${c.id}`,
    gsi2pk: 'CASES',
    gsi2sk: `${c.updatedAt}#${c.id}`,
    ...c,
  };
}

export function memberItem(m: Member): Record<string, unknown> {
  return { ...keys.member(m.id), type: 'member', gsi2pk: 'MEMBERS', gsi2sk: `${m.name.toLowerCase()}#${m.id}`, ...m };
}

/** Audit lines live under the case (or member) they concern, and by actor in byScope. */
export function auditItem(entry: AuditEntry): Record<string, unknown> {
  const scope = entry.caseId ? `CASE#${entry.caseId}` : `MEMBER#${entry.memberId ?? 'none'}`;
  return {
    ...keys.audit(scope, entry.at, entry.id),
    type: 'audit',
    gsi1pk: `ACTOR#${entry.actorId}`,
    gsi1sk: `AUDIT#${entry.at}#${entry.id}`,
    ...entry,
  };
}

export function idempotencyItem(claim: IdempotencyClaim): Record<string, unknown> {
  return { ...keys.idempotency(claim.scope, claim.key), type: 'idempotency', expiresAt: claim.expiresAt, ...claim.response };
}
