/** The members' port: members by id and email, and the join requests with their decisions. */
import type { Member } from '../domain/member.ts';
import type { Page } from '../paging/page.ts';
import type { AuditEntry } from '../writes/records.ts';
import type { JoinRequest, JoinStatus } from './join-request.ts';
import type { preferencesOf } from '../digests/index.ts';

/** A coordinator's change to a member: the member as read, as it will be, and its digest preferences when its interests changed. */
export interface MemberChange {
  previous: Member;
  next: Member;
  preferences?: ReturnType<typeof preferencesOf>;
}

export interface MemberStore {
  /** Fails with ConflictError when the email is already a member's. */
  createMember(m: Member, audit: AuditEntry): Promise<void>;
  getMember(id: string): Promise<Member | undefined>;
  /** Up to 100 members in one call; unknown ids are left out. */
  getMembers(ids: readonly string[]): Promise<Member[]>;
  getMemberIdByEmail(email: string): Promise<string | undefined>;
  /** Active members by name. */
  listMembers(limit: number, start?: Record<string, unknown>): Promise<Page<Member>>;
  /** Deactivated members by name (they are in no list that reaches people: alerts, digests). */
  listInactiveMembers(limit: number): Promise<Page<Member>>;
  /**
   * Saves a coordinator's change, conditioned on `previous.version`, with its audit line, in one
   * transaction; a diplomat's posting roster follows (left when deactivated, moved or no longer a
   * diplomat; joined when posted). PreconditionFailedError when the member changed meanwhile.
   */
  saveMember(change: MemberChange, audit: AuditEntry): Promise<void>;
  /** Ends every session of the member at once (the sessions are indexed by member). */
  endSessionsOf(memberId: string): Promise<number>;
  /** Takes the member off the observer rosters of the hearings from `from` (an ISO instant) on. */
  leaveObserverRosters(memberId: string, from: string): Promise<number>;
}

export interface JoinRequestStore {
  createJoinRequest(request: JoinRequest, audit: AuditEntry): Promise<void>;
  getJoinRequest(id: string): Promise<JoinRequest | undefined>;
  listJoinRequests(status: JoinStatus, limit: number, start?: Record<string, unknown>): Promise<Page<JoinRequest>>;
  /**
   * Records a decision (conditioned on the request's version) and, for an
   * approval with `member`, creates the member in the same transaction.
   * Fails with ConflictError('email') when the address is already a member's.
   */
  decideJoinRequest(request: JoinRequest, expectedVersion: number, audit: AuditEntry, member?: Member): Promise<void>;
}
