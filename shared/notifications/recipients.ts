/**
 * Who may be told about a case by email, checked when the email is about to
 * go (not when the event happened): the app's visibility rule for that
 * member, and never while the case is paused, whoever is named on it (as for
 * digests and alerts).
 */
import { canSeeCase } from '../access/visibility.ts';
import type { DefenderCase } from '../domain/case.ts';
import type { Member } from '../domain/member.ts';

export function mayBeToldAbout(member: Member, c: Pick<DefenderCase, 'visibility' | 'namedMemberIds' | 'pausedAt'>): boolean {
  if (c.pausedAt !== undefined) return false;
  return canSeeCase({ kind: 'member', id: member.id, email: member.email, name: member.name, role: member.role }, c);
}
