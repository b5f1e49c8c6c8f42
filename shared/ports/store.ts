/**
 * The persistence port. The core asks for what it needs in domain terms; the
 * DynamoDB adapter (functions/adapters/dynamo) decides keys and calls.
 * Every method is at most one DynamoDB request, so a use case can count its
 * calls against the budget of 3 per HTTP request.
 *
 * Each feature declares its own port beside its code (`shared/<feature>/*-store.ts`); `Store`
 * is their intersection, in this one place. The case, its bundle (everything stored under a
 * case, of every feature) and the calendar window stay here because they gather several
 * features' items.
 */
import type { Audience } from '../access/visibility.ts';
import type { CaseState, DefenderCase, RiskStatus, Theme } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';
import type { Member } from '../domain/member.ts';
import type { SensitiveFields, SourceReport } from '../domain/sensitive.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import type { LoggedAction } from '../pledges/action.schema.ts';
import type { Pledge, TwinLock } from '../pledges/pledge.schema.ts';
import type { Page } from '../paging/page.ts';
import type { ProjectedHearing } from '../coverage/home-collection.ts';
import type { AlertSummary, RosterRecipient, WaitingAlert } from '../alerts/alert.ts';
import type { AuditEntry, AuditStore, IdempotencyClaim, IdempotencyStore } from '../writes/records.ts';
import type { AuthStore } from '../auth/auth-store.ts';
import type { MemberStore, JoinRequestStore } from '../members/member-store.ts';
import type { MemberAdoptions, PledgeStore } from '../pledges/pledge-store.ts';
import type { MissionStore, GapStore } from '../missions/mission-store.ts';
import type { DigestStore } from '../digests/digest-store.ts';
import type { NotificationStore } from '../notifications/notification-store.ts';
import type { AlertStore } from '../alerts/alert-store.ts';
import type { CoverageStore } from '../coverage/coverage-store.ts';
import type { ImportStore } from '../imports/import-store.ts';
import type { ImportJobStore } from '../imports/import-job-store.ts';
import type { ReportStore } from '../intake/report-store.ts';
import type { Attachment } from '../attachments/attachment.ts';
import type { AttachmentStore } from '../attachments/attachment-store.ts';
import type { RiskStore } from '../risk/risk-store.ts';
// B4: the XLSX export as a job.
import type { ExportJobStore } from '../case-safety/export-job-store.ts';
import type { ActionRequest } from '../missions/action-request.ts';
import type { MissionAction } from '../missions/mission-action.ts';
import type { FeedOwner, FeedPointer, ObserverSignup } from '../calendar/calendar.ts';
import type { Proceeding } from '../proceedings/proceeding.ts';
import type { ProceedingStore } from '../proceedings/proceeding-store.ts';

export interface CaseFilter {
  country?: string;
  /** Cases holding any of these statuses. */
  statuses?: readonly RiskStatus[];
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
  touch?: Partial<Pick<DefenderCase, 'visibility' | 'pausedAt' | 'pausedFollowerIds' | 'riskStatuses'>>;
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
  /** Files attached to the case, its events and actions (trimmed to the viewer by getCaseBundle). */
  attachments: Attachment[];
  /** Proceedings at international bodies, as stored (they follow the case's visibility). */
  proceedings: Proceeding[];
}

/** The case's alerts, newest first, each with its recipients as the roster shows them (kept by the table's stream). */
export type CaseAlertRosters = { alert: AlertSummary; recipients: RosterRecipient[] }[];

/**
 * A correction of a timeline event, in one transaction with what is derived
 * from it: the case touched (it rises in recent lists), the week's news line
 * rewritten or removed, the hearing's observers moved with it (calendar,
 * reminders) or taken off when it is no longer a hearing, and the audit line.
 */
export interface EventCorrection {
  /** The event as read; the write is conditioned on its version. */
  before: TimelineEvent;
  /** The corrected event; absent when the event is deleted. */
  after?: TimelineEvent;
  case: DefenderCase;
  /** The hearing's roster as read (empty for other events). */
  observers: ObserverSignup[];
  audit: AuditEntry;
}

export interface CaseStore {
  /**
   * Creates (no expectedVersion) or updates a case with its related items.
   * Fails with PreconditionFailedError when the stored version is not
   * expectedVersion, ConflictError('idempotency') when the key was taken.
   */
  saveCase(write: CaseWrite): Promise<void>;
  getCase(id: string): Promise<DefenderCase | undefined>;
  /** Everything under the case but what only coordinators read (the alerts' rosters below): one Query. */
  getCaseBundle(id: string): Promise<CaseBundle | undefined>;
  /**
   * Issue 14: the coordinators' case page. The same Query, also returning the rosters of the case's alerts
   * that the table's stream keeps under the case (`CaseAlertRosters`); for coordinators only, never anyone else.
   */
  getCaseBundleWithAlertRosters(id: string): Promise<{ bundle: CaseBundle; alerts: CaseAlertRosters } | undefined>;
  listCases(filter: CaseFilter, limit: number, start?: Record<string, unknown>): Promise<Page<DefenderCase>>;
  /**
   * Writes the audit line, then reads the case and its sensitive fields in
   * one batch: a read that cannot be audited does not happen.
   */
  readSensitive(caseId: string, audit: AuditEntry): Promise<{ case?: DefenderCase; fields?: SensitiveFields; sourceReport?: SourceReport }>;
  /** Conditioned on the stored version (0 when none yet). */
  saveSensitive(fields: SensitiveFields, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** PreconditionFailedError when the event changed or went meanwhile. */
  saveEventCorrection(correction: EventCorrection): Promise<void>;
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

// Issue 13: a member's home gathers their items of several features (pledges, alerts, hearings, requests), so its reads live here.
/**
 * What one read of a member's home collection holds (byScope `MEMBER#<id>`): the base items written with each
 * change (the member, their pledges and actions, their observer sign-ups, the alerts waiting for their answer) and
 * the home projections the table's stream keeps beside them (hearings, posting requests, suggested cases).
 */
export interface HomeCollection {
  /** The member's own item (their follows); absent on a table whose members were stored before homes read it. */
  member?: Member;
  adoptions: MemberAdoptions;
  /** The alerts waiting for the member's answer, newest first. */
  waiting: WaitingAlert[];
  /** The hearings the member signed up to observe (`<caseId>#<eventId>`), written with the sign-up. */
  roster: Set<string>;
  /** Hearings of the member's roster and, for a diplomat, of their posting's cases, soonest first. */
  hearings: ProjectedHearing[];
  /** A diplomat's posting's open requests, soonest due first. */
  requests: ActionRequest[];
  /** Active cases without an adopter in the member's follows or posting. */
  suggestedCaseIds: string[];
}

/** The member home's reads: one Query of the member's collection, one BatchGet of the cases it names. */
export interface MemberHomeStore {
  /** Everything under byScope `MEMBER#<id>` a home shows: one Query, one page (see docs/architecture.md, Member homes). */
  homeCollection(memberId: string): Promise<HomeCollection>;
  /** Up to 100 cases as they are now, in one BatchGet; unknown ids are left out. */
  casesNow(caseIds: readonly string[]): Promise<DefenderCase[]>;
}

// Issue 14: a member's page gathers their item, their adoptions and the names of those cases (several features) in one read.
/** What one Query of the member's byScope collection gives the member page (shared/case-safety/member-record.ts). */
export interface MemberRecordCollection {
  /** The member's own item; absent for an unknown id (or a member stored before their item headed the collection). */
  member?: Member;
  adoptions: MemberAdoptions;
  /** Case id → the defender's name the stream keeps on the pledges and actions; a case it has not reached yet is missing. */
  caseNames: ReadonlyMap<string, string>;
}

/** The member page's read: from the member's own item (`MEMBER`) to their last adoption, one Query, one page. */
export interface MemberRecordStore {
  memberRecordCollection(memberId: string): Promise<MemberRecordCollection>;
}

export type Store = CaseStore & AuditStore & MemberStore & JoinRequestStore & AuthStore & IdempotencyStore & PledgeStore
  & MissionStore & GapStore & CalendarStore & DigestStore & NotificationStore & AlertStore & CoverageStore & MemberHomeStore
  & ImportStore & ImportJobStore & ReportStore & AttachmentStore & ProceedingStore & RiskStore
  & ExportJobStore & MemberRecordStore;
