/**
 * Coordinators manage members: read one, change them (If-Match, audited),
 * deactivate or reactivate them, and invite someone directly.
 *
 * A session and a calendar feed carry a snapshot of the member (role, posting),
 * so a deactivation, or a change of role or posting, ends the member's sessions
 * and revokes their feed at once: the next request with an old session is
 * anonymous (401 on the API), the old feed address answers 404. A deactivated
 * member also leaves the observer rosters of coming hearings and, in the
 * store, the members index that alerts and digests read, and their posting's
 * roster. Those effects are idempotent and run again when a deactivation is
 * repeated, so a retry after a failure half-way finishes the job.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole } from '../access/roles.ts';
import type { EndAccessDeps, InviteMemberDeps, MemberReadDeps, UpdateMemberDeps } from './member-deps.ts';
import { isActiveMember, type Member, type Viewer } from '../domain/member.ts';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from '../errors/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import { requireVersion } from '../writes/versions.ts';
import type { AuditAction } from '../writes/records.ts';
import { preferencesOf } from '../digests/index.ts';
import { inviteMemberSchema, memberChangesSchema, type Interests } from './member.schema.ts';
import { sendWelcome } from './welcome-link.ts';
import { auditEntry, type MemberActor } from '../writes/audit-entry.ts';

/** A member as coordinators read it (API and page): never the member's tokens or their digest settings beyond interests. */
export interface MemberDetail {
  id: string; email: string; name: string; role: Member['role'];
  parliament?: string; party?: string; committees: string[]; country?: string; mission?: string;
  interests: Interests; active: boolean; deactivatedAt?: string; createdAt: string; version: number;
}

export function memberDetail(m: Member): MemberDetail {
  const prefs = preferencesOf(m);
  return {
    id: m.id, email: m.email, name: m.name, role: m.role,
    ...(m.parliament ? { parliament: m.parliament } : {}), ...(m.party ? { party: m.party } : {}),
    committees: m.committees ?? [], ...(m.country ? { country: m.country } : {}), ...(m.mission ? { mission: m.mission } : {}),
    interests: { countries: prefs.countries, themes: prefs.themes }, active: isActiveMember(m),
    ...(m.deactivatedAt ? { deactivatedAt: m.deactivatedAt } : {}), createdAt: m.createdAt, version: m.version,
  };
}

const memberId = z.string().uuid('Not a member id.');

async function existing(deps: MemberReadDeps, id: string): Promise<Member> {
  const member = await deps.store.getMember(parseOrThrow(memberId, id, 'id'));
  if (!member) throw new NotFoundError('member');
  return member;
}

export async function getMemberDetail(deps: MemberReadDeps, viewer: Viewer, id: string): Promise<MemberDetail> {
  requireRole(viewer, 'coordinator');
  return memberDetail(await existing(deps, id));
}

/** A diplomat is posted somewhere: the roster of that country is how requests and alerts reach them. */
function checkPosting(m: Member): void {
  if (m.role === 'diplomat' && !m.country) {
    throw new ValidationError([{ path: 'country', message: 'A diplomat needs a country of posting.', code: 'custom', key: 'validation.member.postingRequired' }]);
  }
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function updateMember(deps: UpdateMemberDeps, viewer: Viewer, id: string, ifMatch: string | undefined, body: unknown): Promise<MemberDetail> {
  const actor = requireRole(viewer, 'coordinator');
  const changes = parseOrThrow(memberChangesSchema, body);
  const expected = requireVersion(ifMatch);
  const current = await existing(deps, id);
  if (current.version !== expected) throw new PreconditionFailedError();
  // No coordinator locks themself out: another coordinator must do it.
  if (current.id === actor.id && (changes.active === false || (changes.role && changes.role !== 'coordinator'))) {
    throw new ConflictError('Coordinators cannot deactivate themselves or give up their own role.', { wording: { key: 'members.errors.ownAccess' } });
  }

  const { interests, active, ...fields } = changes;
  const next: Member = { ...current };
  for (const [key, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
    if (value === null || (Array.isArray(value) && value.length === 0)) delete (next as unknown as Record<string, unknown>)[key];
    else (next as unknown as Record<string, unknown>)[key] = value;
  }
  if (next.role !== 'diplomat') delete next.mission;
  const at = deps.clock.now().toISOString();
  if (active !== undefined && active !== isActiveMember(current)) {
    next.active = active;
    if (active) delete next.deactivatedAt;
    else next.deactivatedAt = at;
  }
  checkPosting(next);

  const prefs = preferencesOf(current);
  const interestsChanged = interests && !sameValue(interests, { countries: prefs.countries, themes: prefs.themes });
  const changed = (Object.keys({ ...current, ...next }) as (keyof Member)[])
    .filter((k) => k !== 'deactivatedAt' && !sameValue(current[k], next[k]));
  if (interestsChanged) changed.push('interests' as keyof Member);
  if (changed.length > 0) next.version = current.version + 1;
  const saved = interestsChanged && interests ? withInterests(next, interests, prefs.language) : next;

  if (changed.length > 0) {
    const action: AuditAction = changed.includes('active') ? (isActiveMember(next) ? 'member.reactivated' : 'member.deactivated') : 'member.updated';
    await deps.store.saveMember(
      { previous: current, next, ...(saved !== next ? { preferences: preferencesOf(saved) } : {}) },
      auditEntry(at, actor, action, { memberId: current.id, fields: changed.sort() }),
    );
  }
  const snapshotChanged = ['role', 'country', 'mission', 'active'].some((k) => changed.includes(k as keyof Member));
  if (!isActiveMember(next) || snapshotChanged) await endAccess(deps, next, actor, !isActiveMember(next));
  return memberDetail(saved);
}

/** Ends the member's sessions and feed; for a deactivation, also their places on coming hearings' observer rosters. */
async function endAccess(deps: EndAccessDeps, member: Member, actor: MemberActor, deactivated: boolean): Promise<void> {
  await deps.store.endSessionsOf(member.id);
  const feed = await deps.store.getFeedPointer(member.id);
  if (feed) {
    await deps.store.revokeFeed(feed, auditEntry(deps.clock.now().toISOString(), actor, 'calendar_feed.revoked', { memberId: member.id }));
  }
  if (deactivated) await deps.store.leaveObserverRosters(member.id, deps.clock.now().toISOString());
}

/**
 * Invites one person directly: creates the member (409 when the address is
 * already a member's, since a coordinator asked and may be told) and emails
 * the welcome with a one-time sign-in link, in the language chosen for them.
 */
export async function inviteMember(deps: InviteMemberDeps, viewer: Viewer, body: unknown): Promise<MemberDetail> {
  const actor = requireRole(viewer, 'coordinator');
  const { interests, language, committees, ...input } = parseOrThrow(inviteMemberSchema, body);
  const at = deps.clock.now().toISOString();
  const member: Member = {
    id: randomUUID(), ...input, ...(committees?.length ? { committees } : {}), uiLanguage: language, createdAt: at, version: 1,
  };
  if (member.role !== 'diplomat') delete member.mission;
  checkPosting(member);
  const stored = interests ? withInterests(member, interests, language) : member;
  try {
    await deps.store.createMember(stored, auditEntry(at, actor, 'member.invited', { memberId: member.id }));
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    throw new ConflictError('This address is already a member’s.', { wording: { key: 'members.errors.alreadyMember' } });
  }
  await sendWelcome(deps, member, language, 'invited');
  return memberDetail(stored);
}

/** The member with their interests as the digest and alerts read them (the digest's defaults otherwise). */
export function withInterests(member: Member, interests: Interests, language: Member['uiLanguage'] = 'en'): Member {
  const preferences = { ...preferencesOf(member), language: language ?? 'en', ...interests };
  return { ...member, preferences } as Member;
}
