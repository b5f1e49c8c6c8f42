/**
 * The one way an audit line is made: a new id, when, who and what, and what it is about (ids and
 * the names of the fields that changed, never their values). Every write builds its line here and
 * stores it in the same transaction as the change (`records.ts`).
 *
 * @example
 *   auditEntry(at, actor.id, 'case.updated', { caseId: current.id, fields })
 */
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry } from './records.ts';

/** What an audit line may name besides its actor: ids and field names only. */
export type AuditSubject = Pick<AuditEntry, 'caseId' | 'memberId' | 'reportId' | 'attachmentId' | 'fields'>;

export function auditEntry(at: string, actorId: string, action: AuditAction, subject: AuditSubject = {}): AuditEntry {
  const { fields, ...ids } = subject;
  // An empty list of fields says nothing: the line is stored without it.
  return { id: randomUUID(), at, actorId, action, ...ids, ...(fields?.length ? { fields } : {}) };
}
