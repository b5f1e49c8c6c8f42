/** The members' port: members by id and email, and the join requests with their decisions. */
import type { Member } from '../domain/member.ts';
import type { Page } from '../paging/page.ts';
import type { AuditEntry } from '../writes/records.ts';
import type { JoinRequest, JoinStatus } from './join-request.ts';

export interface MemberStore {
  /** Fails with ConflictError when the email is already a member's. */
  createMember(m: Member, audit: AuditEntry): Promise<void>;
  getMember(id: string): Promise<Member | undefined>;
  /** Up to 100 members in one call; unknown ids are left out. */
  getMembers(ids: readonly string[]): Promise<Member[]>;
  getMemberIdByEmail(email: string): Promise<string | undefined>;
  /** Members by name. */
  listMembers(limit: number, start?: Record<string, unknown>): Promise<Page<Member>>;
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
