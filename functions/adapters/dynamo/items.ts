/** Domain objects → DynamoDB items (with their keys and index attributes). */
import { withRiskStatuses, type DefenderCase } from '#shared/domain/case-model.ts';
import type { ConsentEntry } from '#shared/domain/consent.ts';
import type { Member } from '#shared/domain/member.ts';
import type { SensitiveFields } from '#shared/domain/sensitive.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import type { AuditEntry, IdempotencyClaim } from '#shared/writes/records.ts';
import { keys, stripKeys } from './keys.ts';

export function caseItem(c: DefenderCase): Record<string, unknown> {
  return {
    ...keys.case(c.id),
    itemType: 'case',
    gsi1pk: `COUNTRY#${c.country}`,
    gsi1sk: `CASE#${c.updatedAt}#${c.id}`,
    gsi2pk: 'CASES',
    gsi2sk: `${c.updatedAt}#${c.id}`,
    // For the coordinators' name search (a filter on the list query).
    nameLower: c.defenderName.toLowerCase(),
    ...c,
  };
}

/** A case item as the domain reads it (an older item's single riskStatus as a list of one). */
export const caseFromItem = (item: Record<string, unknown>): DefenderCase => withRiskStatuses(stripKeys<DefenderCase>(item));

/** Timeline events live under their case; hearings are also listed by date for the calendar. */
export function eventItem(e: TimelineEvent): Record<string, unknown> {
  return {
    ...keys.event(e.caseId, e.date, e.createdAt, e.id),
    itemType: 'event',
    ...(e.type === 'hearing' && e.hearingAt ? { gsi2pk: 'HEARINGS', gsi2sk: `${e.hearingAt}#${e.caseId}#${e.id}` } : {}),
    ...e,
  };
}

export function consentItem(entry: ConsentEntry): Record<string, unknown> {
  return { ...keys.consent(entry.caseId, entry.at, entry.id), itemType: 'consent', ...entry };
}

export function sensitiveItem(fields: SensitiveFields): Record<string, unknown> {
  return { ...keys.sensitive(fields.caseId), itemType: 'sensitive', ...fields };
}

/**
 * Members by name in byKind. A deactivated member moves to its own partition, so the lists that
 * reach people (alert candidates, digest members: byKind `MEMBERS`) never read them.
 */
export const memberIndex = (m: Pick<Member, 'id' | 'name' | 'active'>) => ({
  gsi2pk: m.active === false ? 'MEMBERS#INACTIVE' : 'MEMBERS', gsi2sk: `${m.name.toLowerCase()}#${m.id}`,
});

/** The member's own item also heads their byScope collection, so their home reads their follows in the same Query. */
export const memberScopeKeys = (id: string) => ({ gsi1pk: `MEMBER#${id}`, gsi1sk: 'MEMBER' });

export function memberItem(m: Member): Record<string, unknown> {
  return { ...keys.member(m.id), itemType: 'member', ...memberIndex(m), ...memberScopeKeys(m.id), ...m };
}

/** Audit lines live under the case (or member) they concern, and by actor in byScope. */
export function auditItem(entry: AuditEntry): Record<string, unknown> {
  const scope = entry.caseId ? `CASE#${entry.caseId}` : entry.memberId ? `MEMBER#${entry.memberId}` : entry.reportId ? `REPORT#${entry.reportId}` : 'GLOBAL';
  return {
    ...keys.audit(scope, entry.at, entry.id),
    itemType: 'audit',
    gsi1pk: `ACTOR#${entry.actorId}`,
    gsi1sk: `AUDIT#${entry.at}#${entry.id}`,
    ...entry,
  };
}

export function idempotencyItem(claim: IdempotencyClaim): Record<string, unknown> {
  return { ...keys.idempotency(claim.scope, claim.key), itemType: 'idempotency', expiresAt: claim.expiresAt, ...claim.response };
}
