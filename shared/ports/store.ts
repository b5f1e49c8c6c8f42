/**
 * The persistence port. The core asks for what it needs in domain terms; the
 * DynamoDB adapter (functions/adapters/dynamo) decides keys and calls.
 * Every method is at most one DynamoDB request, so a use case can count its
 * calls against the budget of 3 per HTTP request.
 */
import type { CaseState, DefenderCase, RiskStatus, Theme, Visibility } from '../domain/case.ts';
import type { Member, Role } from '../domain/member.ts';

/** One line of the audit log, written in the same transaction as its change. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  action: 'case.created' | 'case.updated' | 'member.created';
  caseId?: string;
  memberId?: string;
  /** Names of the fields that changed; never their (possibly sensitive) values. */
  fields?: string[];
}

/** A stored answer to a create, replayed for a repeated Idempotency-Key. */
export interface IdempotentResponse {
  requestHash: string;
  status: number;
  body: unknown;
  location?: string;
  etag?: string;
}

export interface IdempotencyClaim {
  scope: string;
  key: string;
  response: IdempotentResponse;
  expiresAt: number;
}

export interface CaseFilter {
  country?: string;
  status?: RiskStatus;
  theme?: Theme;
  visibilities: readonly Visibility[];
  states: readonly CaseState[];
}

export interface Page<T> {
  items: T[];
  /** Opaque position for the next page (signed by the caller before it leaves). */
  next?: Record<string, unknown>;
}

export interface Session {
  idHash: string;
  memberId: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: number;
}

export interface CaseStore {
  /** Fails with ConflictError('idempotency') if the claim's key was taken meanwhile. */
  createCase(c: DefenderCase, audit: AuditEntry, idempotency?: IdempotencyClaim): Promise<void>;
  getCase(id: string): Promise<DefenderCase | undefined>;
  /** Fails with PreconditionFailedError unless the stored version is `expectedVersion`. */
  updateCase(c: DefenderCase, expectedVersion: number, audit: AuditEntry): Promise<void>;
  listCases(filter: CaseFilter, limit: number, start?: Record<string, unknown>): Promise<Page<DefenderCase>>;
}

export interface MemberStore {
  /** Fails with ConflictError when the email is already a member's. */
  createMember(m: Member, audit: AuditEntry): Promise<void>;
  getMember(id: string): Promise<Member | undefined>;
  getMemberIdByEmail(email: string): Promise<string | undefined>;
}

export interface AuthStore {
  putSignInToken(tokenHash: string, memberId: string, expiresAt: number): Promise<void>;
  /** Deletes the token atomically and returns its member, or undefined if unknown, used or expired. */
  consumeSignInToken(tokenHash: string, nowEpoch: number): Promise<string | undefined>;
  putSession(s: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Adds one hit to a fixed window counter and returns the new count. */
  hitRateLimit(bucket: string, windowEndsAt: number): Promise<number>;
}

export interface IdempotencyStore {
  getIdempotent(scope: string, key: string): Promise<IdempotentResponse | undefined>;
}

export type Store = CaseStore & MemberStore & AuthStore & IdempotencyStore;
