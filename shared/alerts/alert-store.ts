import type { AuditEntry, IdempotencyClaim } from '../writes/records.ts';
import type { Alert, AlertAnswer, AlertRecipient, WaitingAlert } from './alert.ts';
import type { AlertCandidate } from './recipients.ts';
import type { Theme } from '../domain/case.ts';
import type { Role } from '../domain/member.ts';

/** What a sender's claim found: won, or already held (sent, or being sent by someone who may have sent it). */
export type AlertClaim = { claimed: true } | { claimed: false; status: 'sent' | 'sending' | 'suppressed' | 'missing' };

/** One email gone: whose, under which claim, the provider's id and when. */
export interface SentMark {
  memberId: string;
  claimId: string;
  messageId: string;
  at: string;
}

/** A reminder that is due: the member said "I will act" and the deadline is less than a day away. */
export interface DueReminder {
  alertId: string;
  caseId: string;
  memberId: string;
  answeredAt: string;
}

// Issue 14: the alert reach the compose page counts from (shared/alerts/reach.ts).
/** One member listed on the reach item of the case's country or of one of its themes. */
export interface ReachEntry {
  memberId: string;
  role: Role;
  country?: string;
  /** Listed on the country's item because they follow it. */
  followsCountry: boolean;
  /** Listed on the country's item as a diplomat posted there. */
  posted: boolean;
  /** Listed on this theme's item (they follow it). */
  followsTheme?: Theme;
}

export interface AlertReach {
  /** A reach item grew past what one item holds and is no longer kept: the count is made the send's way. */
  full: boolean;
  entries: ReachEntry[];
  /** The members tied to the case (pledged, twin, named), as the send reads them; deactivated ones left out. */
  tied: AlertCandidate[];
}

/**
 * Urgent alerts in DynamoDB. Recipients are found without reading the whole
 * membership: the follows index of the case's country and themes, the
 * posting roster of its country, then the members so found (BatchGets).
 */
export interface AlertStore {
  /** The ids of the members who follow `country` or one of `themes` (one Query per country or theme). */
  followerIds(country: string, themes: readonly string[]): Promise<string[]>;
  /** These members as the recipient rule needs them (role, country, language, follows, alert opt-out); BatchGets of 100. */
  alertCandidates(memberIds: readonly string[]): Promise<AlertCandidate[]>;
  /** The ids of the diplomats posted to `country` (its roster item). */
  postedMemberIds(country: string): Promise<string[]>;

  // Issue 14: the compose page's count within the read budget (shared/alerts/reach.ts).
  /** The reach of `country` and of each of `themes`, and the members `tiedMemberIds` as candidates: one BatchGet. */
  alertReach(country: string, themes: readonly string[], tiedMemberIds: readonly string[]): Promise<AlertReach>;

  /**
   * The alert, its audit line and idempotency claim in one transaction; then the recipients in batches,
   * each with its waiting item under the member (`waitingAlertsOf`).
   */
  saveAlert(alert: Alert, recipients: AlertRecipient[], audit: AuditEntry, idempotency?: IdempotencyClaim): Promise<void>;
  /** The alert and its recipients (one Query). */
  getAlertWithRecipients(alertId: string): Promise<{ alert: Alert; recipients: AlertRecipient[] } | undefined>;
  /** The alert and one recipient (one BatchGet). */
  getAlertFor(alertId: string, memberId: string): Promise<{ alert?: Alert; recipient?: AlertRecipient }>;
  /** The alert and the recipients named, as stored (one BatchGet). */
  getDeliveryBatch(alertId: string, memberIds: readonly string[]): Promise<{ alert?: Alert; recipients: AlertRecipient[] }>;
  /** The newest alerts of a case with their recipients, in one Query (byScope; the case page reads the copies under the case instead). */
  latestAlertsOfCase(caseId: string): Promise<{ alert: Alert; recipients: AlertRecipient[] }[]>;
  /** Which of these addresses are suppressed (one BatchGet). */
  suppressedAmong(emails: readonly string[]): Promise<Set<string>>;
  /** queued → sending, conditionally, under `claimId`. */
  claimAlertSend(alertId: string, memberId: string, claimId: string, at: string): Promise<AlertClaim>;
  /** sending → sent for each send of one message, under its claim (one transaction per 25; each on its own if that fails). */
  markAlertsSent(alertId: string, sent: readonly SentMark[]): Promise<void>;
  /** sending → queued for this claim (the provider refused before accepting it), so a redelivery retries. */
  releaseAlertClaim(alertId: string, memberId: string, claimId: string): Promise<void>;
  markAlertSuppressed(alertId: string, memberId: string): Promise<void>;
  /** The member's unanswered alerts, as stored (one Query of their byScope collection); visibility is the caller's check. */
  waitingAlertsOf(memberId: string): Promise<WaitingAlert[]>;
  /** Records the answer and deletes the member's waiting item; "I will act" also files the reminder under its due time. */
  saveAlertAnswer(alertId: string, memberId: string, answer: AlertAnswer, at: string, remindAt: string | undefined, audit: AuditEntry): Promise<void>;
  /** Reminders due at `now`, oldest first, through byKind ALERT_REMINDERS (never a Scan). */
  dueAlertReminders(now: string, limit: number): Promise<DueReminder[]>;
  /** Takes the reminder off the index (keeping the first `remindedAt`); false when someone else took it first. */
  claimAlertReminder(alertId: string, memberId: string, at: string): Promise<boolean>;
  /** Alerts stop for this member (the unsubscribe link in an alert). */
  turnAlertsOff(memberId: string, audit: AuditEntry): Promise<boolean>;
  /** Has the member logged an action on the case (MP action or mission action) since `since`? */
  actedSince(caseId: string, memberId: string, since: string): Promise<boolean>;
}

