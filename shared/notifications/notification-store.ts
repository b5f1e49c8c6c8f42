/**
 * The notifications' port: the once-per-item-kind-and-member claims, and the
 * dated reads the reminder schedule needs (observers by hearing time,
 * requests by due date), each through an index, never a Scan.
 */
/** An observer sign-up as the schedule lists it (the calendar's own record has more). */
export interface ListedObserver {
  caseId: string;
  eventId: string;
  memberId: string;
  /** YYYY-MM-DDTHH:mm, UTC. */
  hearingAt: string;
}

/** An action request as the schedule lists it. */
export interface ListedRequest {
  id: string;
  caseId: string;
  status: string;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/** What a claim is about: one kind of notification, about one item, for one member. */
export interface NotificationKey {
  kind: string;
  itemId: string;
  memberId: string;
}

/**
 * `sending`: claimed, the email not yet known to be accepted (a crash here is never resent);
 * `sent`: the provider accepted it; `noted`: kept for the member's next weekly digest.
 */
export type NotificationClaim = { claimed: true } | { claimed: false; status: 'sending' | 'sent' | 'noted' };

/** A notification kept for the weekly digest instead of an email, read back by the digest of its week. */
export interface DigestNote {
  kind: string;
  itemId: string;
  memberId: string;
  caseId: string;
  /** A vocabulary key naming what the note is about (e.g. `vocabulary.euAction.detention_visit`). */
  actionKey: string;
  /** The day it concerns, YYYY-MM-DD. */
  date: string;
  at: string;
}

export interface NotificationStore {
  /** Conditional put of the claim (status `sending`): only the first caller for a key gets `claimed`. */
  claimNotification(key: NotificationKey, at: string): Promise<NotificationClaim>;
  markNotificationSent(key: NotificationKey, messageId: string, at: string): Promise<void>;
  /** Deletes a `sending` claim whose email the provider refused, so a later run retries it. */
  releaseNotificationClaim(key: NotificationKey): Promise<void>;
  /**
   * Conditional put of the claim as a note for the weekly digest, listed by its time (`at`) so the
   * digest whose window holds it reads it; false when the key was claimed before.
   */
  noteForDigest(note: DigestNote): Promise<boolean>;
  /** The notes kept for digests from `from` to `to` (ISO timestamps, `to` excluded): paginated Query of byKind `DIGEST_NOTES`. */
  listDigestNotes(from: string, to: string): Promise<DigestNote[]>;
  /** Observer sign-ups whose hearing starts from `fromMinute` to `toMinute` (YYYY-MM-DDTHH:mm, inclusive): paginated Query of byKind `HEARINGS`. */
  listObserversBetween(fromMinute: string, toMinute: string): Promise<ListedObserver[]>;
  /** Action requests due from `fromDay` to `toDay` (inclusive), any status: paginated Query of byKind `HEARINGS`. */
  listRequestsDueBetween(fromDay: string, toDay: string): Promise<ListedRequest[]>;
}
