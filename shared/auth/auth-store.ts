/** The sign-in port: one-time tokens (stored hashed), sessions and the rate-limit counters. */
import type { Role } from '../domain/member.ts';
import type { UiLanguage } from '../i18n/languages.ts';

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
  /** The member's saved page language and time zone, snapshotted too (saving preferences rewrites the session). */
  uiLanguage?: UiLanguage;
  timeZone?: string;
  /**
   * Set on sessions the store lists by member, which a deactivation ends at once. A session from
   * before that index lacks it: its member is read on each request until it expires (12 h).
   */
  listedByMember?: boolean;
}

export interface AuthStore {
  putSignInToken(tokenHash: string, memberId: string, expiresAt: number): Promise<void>;
  /** Deletes the token atomically and returns its member, or undefined if unknown, used or expired. */
  consumeSignInToken(tokenHash: string, nowEpoch: number): Promise<string | undefined>;
  putSession(s: Session): Promise<void>;
  getSession(idHash: string): Promise<Session | undefined>;
  deleteSession(idHash: string): Promise<void>;
  /** Rewrites the session's snapshot of the member's page language and zone (after they saved new ones); nothing if the session is gone. */
  updateSessionChoices(idHash: string, choices: { uiLanguage: UiLanguage; timeZone: string }): Promise<void>;
  /** Adds one hit to a fixed window counter and returns the new count. */
  hitRateLimit(bucket: string, windowEndsAt: number): Promise<number>;
}
