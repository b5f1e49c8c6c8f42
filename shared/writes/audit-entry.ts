/**
 * The one way an audit line is made: a new id, when, who and what, and what it is about (ids and
 * the names of the fields that changed, never their values). Every write builds its line here and
 * stores it in the same transaction as the change (`records.ts`).
 *
 * @example
 *   auditEntry(at, actor, 'case.updated', { caseId: current.id, fields })
 */
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry } from './records.ts';

/** What an audit line may name besides its actor: ids and field names only. */
export type AuditSubject = Pick<AuditEntry, 'caseId' | 'memberId' | 'reportId' | 'attachmentId' | 'fields'>;

/**
 * Who did it. A member is named as they were when the line was written: an audit log shows who acted
 * then, and its page then reads no member to say it (issue 14: the case's audit page in 3 calls). A
 * member known only by a signed link (an unsubscribe) has no name at hand (`name: undefined`): those
 * lines are about the member themselves, whose page knows their name. The system acts as 'public' (a
 * form anyone may send) or 'ses' (the mail provider's reports).
 */
export type AuditActor = MemberActor | 'public' | 'ses';

/** A member as an audit line names them. */
export type MemberActor = { readonly id: string; readonly name: string | undefined };

export function auditEntry(at: string, actor: AuditActor, action: AuditAction, subject: AuditSubject = {}): AuditEntry {
  const { fields, ...ids } = subject;
  const who = typeof actor === 'string' ? { actorId: actor } : { actorId: actor.id, ...(actor.name ? { actorName: actor.name } : {}) };
  // An empty list of fields says nothing: the line is stored without it.
  return { id: randomUUID(), at, ...who, action, ...ids, ...(fields?.length ? { fields } : {}) };
}
