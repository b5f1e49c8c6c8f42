/**
 * The lists of members coordinators read: a page of members for the API, and the members page's
 * active and deactivated members. Coordinators only, checked here before anything is read, as in
 * every use case (the routes used to read the store themselves after their own role check).
 */
import { requireRole } from '../access/roles.ts';
import type { MemberListDeps } from './member-deps.ts';
import type { Member, Viewer } from '../domain/member.ts';
import type { MemberStore } from './member-store.ts';

/** The most members one list shows (the members page, and the API's `limit` at most). */
export const MEMBERS_PER_LIST = 100;

export async function listMembers(deps: { store: Pick<MemberStore, 'listMembers'> }, viewer: Viewer, limit: number = MEMBERS_PER_LIST): Promise<Member[]> {
  requireRole(viewer, 'coordinator');
  return (await deps.store.listMembers(Math.min(limit, MEMBERS_PER_LIST))).items;
}

export async function membersOverview(deps: MemberListDeps, viewer: Viewer): Promise<{ active: Member[]; inactive: Member[] }> {
  requireRole(viewer, 'coordinator');
  const [active, inactive] = await Promise.all([deps.store.listMembers(MEMBERS_PER_LIST), deps.store.listInactiveMembers(MEMBERS_PER_LIST)]);
  return { active: active.items, inactive: inactive.items };
}

/**
 * The member an audit page is about, for its title: coordinators only, as the audit itself;
 * undefined for a former member (the audit outlives the member).
 */
export async function memberOfAudit(deps: { store: Pick<MemberStore, 'getMember'> }, viewer: Viewer, memberId: string): Promise<Member | undefined> {
  requireRole(viewer, 'coordinator');
  return deps.store.getMember(memberId);
}
