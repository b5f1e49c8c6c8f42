import type { Member } from '../domain/member.ts';
import type { Page } from '../paging/page.ts';
import type { AuditEntry } from '../writes/records.ts';
import type { DigestBoard } from './board.ts';
import type { DigestReadScope, DigestRecords } from './records.ts';
import type { DigestWindow } from './iso-week.ts';
import type { PreferencesInput } from './preferences.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import type { DigestClaim, DigestRun, DigestTotals, Suppression } from './run.ts';

/**
 * Weekly digests: preferences, the per-week send records, runs and the
 * suppression list. The loaders marked "job" read everything of a kind with
 * paginated Queries (never a Scan): they serve the digest job and the
 * coordinators' preview, not ordinary requests.
 */
export interface DigestStore {
  /**
   * Replaces the member's preferences if the member is still at `expectedVersion`; one transaction with the
   * audit line. A `uiLanguage` or `timeZone` left out is removed (its default applies again).
   */
  savePreferences(memberId: string, preferences: PreferencesInput, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** Saves the page language whatever the version (the language switcher carries none); false when no such member. */
  saveUiLanguage(memberId: string, language: UiLanguage, audit: AuditEntry): Promise<boolean>;
  /** Saves the zone only if the member has none yet (the browser's proposal at sign-in); false otherwise. */
  proposeTimeZone(memberId: string, timeZone: string, audit: AuditEntry): Promise<boolean>;
  /** Turns the weekly digest off whatever the version (an unsubscribe link carries none); false when no such member. */
  turnDigestOff(memberId: string, audit: AuditEntry): Promise<boolean>;
  /**
   * Job: cases, this window's events (one Query of the week's news), the coming hearings, participations and
   * the requests of every posting with cases, as stored (no rule applied: shared/digests/assemble.ts applies
   * them; the coverage markers are read apart, with `getCoverage`). With `scope` (a preview, a batch of the
   * job): only these members' own participations (one Query each) and these postings' requests, so the reads
   * do not grow with the cases that have news.
   */
  loadDigestRecords(window: DigestWindow, scope?: DigestReadScope): Promise<Omit<DigestRecords, 'markers'>>;
  /**
   * Issue 14, previews and the send count within 3 calls: the digest board (every case's card, every member,
   * the suppressed addresses) and the week's partition (its news, notes and send records), two Queries, as
   * the records the job assembles its inputs from; undefined until the board is built (`npm run backfill:digests`).
   */
  readDigestBoard(window: DigestWindow): Promise<DigestBoard | undefined>;
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
  /**
   * Adds a finished batch's totals to its run, once: a per-batch marker goes in the same transaction, so a
   * batch delivered again adds nothing (false). The last batch recorded marks the run finished.
   */
  recordDigestBatch(runId: string, batch: number, totals: DigestTotals, at: string): Promise<boolean>;
  getDigestRun(runId: string): Promise<DigestRun | undefined>;
  /** Runs, newest first. */
  listDigestRuns(limit: number, start?: Record<string, unknown>): Promise<Page<DigestRun>>;
}
