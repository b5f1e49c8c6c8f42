/**
 * The persistence port. The core asks for what it needs in domain terms; the
 * DynamoDB adapter (functions/adapters/dynamo) decides keys and calls.
 * Every method is at most one DynamoDB request, so a use case can count its
 * calls against the budget of 3 per HTTP request.
 */
import type { Audience } from '../access/visibility.ts';
import type { CaseState, DefenderCase, RiskStatus, Theme } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';
import type { Member, Role } from '../domain/member.ts';
import type { JoinRequest, JoinStatus } from '../members/join-request.ts';
import type { SensitiveFields } from '../domain/sensitive.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { LoggedAction } from '../pledges/action.schema.ts';
import type { Pledge, TwinLock } from '../pledges/pledge.schema.ts';
import type { PledgeStore } from '../pledges/pledge-store.ts';
import type { ActionRequest } from '../missions/action-request.ts';
import type { MissionAction } from '../missions/mission-action.ts';
import type { PostingRoster } from '../missions/recipients.ts';
import type { FeedOwner, FeedPointer, ObserverSignup } from '../calendar/calendar.ts';
import type { CoverageMarker } from '../missions/gap-rules.ts';
import type { DigestInputs } from '../digests/inputs.ts';
import type { DigestWindow } from '../digests/iso-week.ts';
import type { DigestPreferences } from '../digests/preferences.ts';
import type { DigestClaim, DigestRun, Suppression } from '../digests/run.ts';

export type AuditAction =
  | 'case.created' | 'case.updated' | 'case.visibility_changed' | 'case.paused' | 'case.event_added'
  | 'case.sensitive_read' | 'case.sensitive_updated' | 'cases.exported'
  | 'case.public_action_cleared' | 'case.public_action_withdrawn'
  | 'member.created' | 'join.requested' | 'join.approved' | 'join.rejected'
  | 'pledge.created' | 'pledge.updated' | 'pledge.withdrawn' | 'twin.ended' | 'action.logged' | 'action.updated' | 'action.verified' | 'action.cosigned'
  | 'request.created' | 'request.acknowledged' | 'request.declined' | 'request.withdrawn' | 'request.done'
  | 'mission_action.logged' | 'mission_action.verified' | 'hearing.observer_added' | 'hearing.observer_removed'
  | 'calendar_feed.created' | 'calendar_feed.revoked'
  | 'member.preferences_updated' | 'member.unsubscribed' | 'digest.run_requested' | 'digest.test_sent' | 'mail.suppressed';

/** One line of the audit log, written in the same transaction as its change. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  action: AuditAction;
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
  audience: Audience;
  states: readonly CaseState[];
  /** Lower-case part of the defender's name. */
  nameContains?: string;
  noAdopter?: boolean;
}

/**
 * One write of a case and what must be stored with it, in one transaction:
 * its audit line always, a consent-ledger entry, a timeline event, sensitive
 * fields or an idempotency claim when the change has them.
 */
export interface CaseWrite {
  case: DefenderCase;
  /** The version the change was based on; absent for a create. */
  expectedVersion?: number;
  /**
   * Instead of replacing the case (conditioned on expectedVersion), set just
   * these fields and bump the version whatever it is: for changes that must
   * not fail on a concurrent edit (pause publicity, a timeline event).
   */
  touch?: Partial<Pick<DefenderCase, 'visibility' | 'pausedAt' | 'pausedFollowerIds' | 'riskStatus'>>;
  audit: AuditEntry;
  consent?: ConsentEntry;
  event?: TimelineEvent;
  idempotency?: IdempotencyClaim;
}

/** A case with everything stored under it, read in one Query. */
export interface CaseBundle {
  case: DefenderCase;
  /** Oldest first, as stored. */
  events: TimelineEvent[];
  consent: ConsentEntry[];
  /** MPs' pledges, by member id. */
  pledges: Pledge[];
  /** Logged actions, oldest first, joint letters with their co-signers. */
  actions: LoggedAction[];
  /** Who holds the case's twin place, if anyone. */
  twin?: TwinLock;
  /** Action requests, mission actions and hearing observers (trimmed to the viewer by getCaseBundle). */
  requests: ActionRequest[];
  missionActions: MissionAction[];
  observers: ObserverSignup[];
}

export interface Page<T> {
  items: T[];
  /** Position for the next page (sealed by the caller before it leaves). */
  next?: Record<string, unknown>;
}

/**
 * A page whose items each carry the position just after them, so that a
 * list filtered in the app can end on the last item it shows; `next` (where
 * the read stopped, possibly on an item the caller may not see) is only for
 * reading on.
 */
export interface PositionedPage<T> {
  items: Array<{ item: T; position: Record<string, unknown> }>;
  next?: Record<string, unknown>;
}

export interface Session {
  idHash: string;
  memberId: string;
  email: string;
  name: string;
  role: Role;
  expiresAt: number;
  /** The member's country (a diplomat's posting) and mission, snapshotted like the name. */
  country?: string;
  mission?: string;
}

export interface CaseStore {
  /**
   * Creates (no expectedVersion) or updates a case with its related items.
   * Fails with PreconditionFailedError when the stored version is not
   * expectedVersion, ConflictError('idempotency') when the key was taken.
   */
  saveCase(write: CaseWrite): Promise<void>;
  getCase(id: string): Promise<DefenderCase | undefined>;
  getCaseBundle(id: string): Promise<CaseBundle | undefined>;
  listCases(filter: CaseFilter, limit: number, start?: Record<string, unknown>): Promise<Page<DefenderCase>>;
  /**
   * Writes the audit line, then reads the case and its sensitive fields in
   * one batch: a read that cannot be audited does not happen.
   */
  readSensitive(caseId: string, audit: AuditEntry): Promise<{ case?: DefenderCase; fields?: SensitiveFields }>;
  /** Conditioned on the stored version (0 when none yet). */
  saveSensitive(fields: SensitiveFields, expectedVersion: number, audit: AuditEntry): Promise<void>;
}

export interface AuditStore {
  /** For audited reads and exports (changes write their audit line with the change). */
  appendAudit(entry: AuditEntry): Promise<void>;
  auditOfCase(caseId: string, limit: number, start?: Record<string, unknown>): Promise<Page<AuditEntry>>;
  auditByActor(memberId: string, limit: number, start?: Record<string, unknown>): Promise<Page<AuditEntry>>;
}

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

/** What one write under a case needs, read together in one BatchGet (strongly consistent). */
export interface CaseContext {
  case?: DefenderCase;
  request?: ActionRequest;
  idempotent?: IdempotentResponse;
  /** The diplomats posted in the country asked for (absent when none is). */
  posting?: PostingRoster;
}

export interface RequestWrite {
  request: ActionRequest;
  /** The version the change was based on; absent for a create. */
  expectedVersion?: number;
  audit: AuditEntry;
  idempotency?: IdempotencyClaim;
  /** A create must reach someone: a diplomat posted in `country` (one of `anyOf` when given), checked in the write. */
  recipients?: { country: string; anyOf?: string[] };
}

export interface MissionActionWrite {
  action: MissionAction;
  audit: AuditEntry;
  /** Coverage codes the action counts for in the gap view, upserted with it. */
  coverage: string[];
  /** The request the action fulfils, moved to done, conditioned on its version. */
  request?: { next: ActionRequest; expectedVersion: number; audit: AuditEntry };
  idempotency?: IdempotencyClaim;
}

/** The case fields a list needs to apply visibility and name the case. */
export type CaseSummary = Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'visibility' | 'namedMemberIds' | 'state' | 'riskStatus' | 'pausedAt'>;

export interface MissionStore {
  /** The case and, when asked, one of its requests, an idempotency record and a country's roster of diplomats: one BatchGet. */
  getCaseContext(caseId: string, options?: { requestId?: string; idempotency?: { scope: string; key: string }; posting?: string }): Promise<CaseContext>;
  /**
   * Creates (no expectedVersion) or updates a request with its audit line.
   * PreconditionFailedError on a stale version, ConflictError('idempotency') when the key was taken,
   * ConflictError('recipients') when `recipients` finds nobody.
   */
  saveActionRequest(write: RequestWrite): Promise<void>;
  /**
   * Stores the action, its audit line, its coverage and the request it fulfils in one transaction.
   * ConflictError('idempotency') when the key was taken, ConflictError('request') when the request changed.
   */
  saveMissionAction(write: MissionActionWrite): Promise<void>;
  /** Conditioned on the stored version. */
  saveVerifiedAction(action: MissionAction, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** Requests for the missions in a country, open ones by due date (byScope index). */
  listRequestsByCountry(country: string, status: 'open' | 'closed', limit: number, start?: Record<string, unknown>): Promise<PositionedPage<ActionRequest>>;
  /** The diplomats posted in a country (undefined when none is): one GetItem. */
  getPosting(country: string): Promise<PostingRoster | undefined>;
  /** Up to 100 cases' summaries in one BatchGet; unknown ids are left out. */
  getCaseSummaries(ids: readonly string[]): Promise<CaseSummary[]>;
}

export interface GapStore {
  /** Active cases in these statuses (every visibility), optionally in one country: one Query, at most `limit` cases. */
  listGapCandidates(filter: { country?: string; statuses: readonly RiskStatus[] }, limit: number, start?: Record<string, unknown>): Promise<Page<DefenderCase>>;
  /** Coverage markers for up to 100 (case, code) pairs in one BatchGet; missing ones are left out. */
  getCoverage(pairs: ReadonlyArray<{ caseId: string; code: string }>): Promise<CoverageMarker[]>;
}

/** Everything dated in a window of the calendar, read in one Query. */
export interface CalendarWindow {
  hearings: TimelineEvent[];
  observers: ObserverSignup[];
  requests: ActionRequest[];
  /** True when the window held more than one read returns. */
  truncated: boolean;
}

export interface CalendarStore {
  /** Hearings, their observers and requests due, from `fromDay` to `toDay` inclusive (YYYY-MM-DD). */
  calendarWindow(fromDay: string, toDay: string): Promise<CalendarWindow>;
  /** ConflictError when the member already signed up. */
  saveObserver(signup: ObserverSignup, audit: AuditEntry): Promise<void>;
  /** Returns false (and writes nothing) when the member was not signed up. */
  removeObserver(signup: Pick<ObserverSignup, 'caseId' | 'eventId' | 'memberId'>, audit: AuditEntry): Promise<boolean>;
  getFeedOwner(tokenHash: string): Promise<FeedOwner | undefined>;
  getFeedPointer(memberId: string): Promise<FeedPointer | undefined>;
  /** Replaces the member's feed (the previous token stops working). ConflictError when another change won. */
  replaceFeed(owner: FeedOwner, previousHash: string | undefined, audit: AuditEntry): Promise<void>;
  /** Deletes the token and the pointer. */
  revokeFeed(pointer: FeedPointer, audit: AuditEntry): Promise<void>;
}


/**
 * Weekly digests: preferences, the per-week send records, runs and the
 * suppression list. The loaders marked "job" read everything of a kind with
 * paginated Queries (never a Scan): they serve the digest job and the
 * coordinators' preview, not ordinary requests.
 */
export interface DigestStore {
  /** Replaces the member's preferences if the member is still at `expectedVersion`; one transaction with the audit line. */
  savePreferences(memberId: string, preferences: DigestPreferences, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** Turns the weekly digest off whatever the version (an unsubscribe link carries none); false when no such member. */
  turnDigestOff(memberId: string, audit: AuditEntry): Promise<boolean>;
  /** Job: cases, this window's events, the coming hearings and participations. */
  loadDigestInputs(window: DigestWindow): Promise<DigestInputs>;
  /** Job: every member, with their preferences. */
  listAllMembers(): Promise<Member[]>;
  /** Job: every suppressed address. */
  listSuppressedAddresses(): Promise<string[]>;
  /** The members the week's digest was sent to or is being sent to (its send records): a run skips them. */
  listDigestRecipients(week: string): Promise<string[]>;
  isSuppressed(email: string): Promise<boolean>;
  suppressAddress(suppression: Suppression, audit: AuditEntry): Promise<void>;
  /** Conditional put of the week's record for the member; tells who had it when it was taken. */
  claimDigest(week: string, memberId: string, runId: string, at: string): Promise<DigestClaim>;
  markDigestSent(week: string, memberId: string, runId: string, messageId: string, at: string): Promise<void>;
  /** Deletes this run's claim (the send failed before the provider accepted it), so a rerun retries. */
  releaseDigestClaim(week: string, memberId: string, runId: string): Promise<void>;
  saveDigestRun(run: DigestRun): Promise<void>;
  /** Runs, newest first. */
  listDigestRuns(limit: number, start?: Record<string, unknown>): Promise<Page<DigestRun>>;
}

export type Store = CaseStore & AuditStore & MemberStore & JoinRequestStore & AuthStore & IdempotencyStore & PledgeStore
  & MissionStore & GapStore & CalendarStore & DigestStore;
