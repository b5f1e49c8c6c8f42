/**
 * The shared hearing calendar: hearings from case timelines, open action
 * requests by due date, and the roster of members who signed up to observe a
 * hearing. Also the owner of a private iCalendar feed, whose token is stored
 * only as a hash.
 */
import { z } from 'zod';
import type { Role } from '../domain/member.ts';
import type { Locale } from '../i18n/languages.ts';

/** The calendar page shows this many weeks ahead. */
export const CALENDAR_WEEKS = 8;
/** Feeds also carry this many past days, so a subscribed calendar keeps recent hearings. */
export const FEED_PAST_DAYS = 28;

/** A member who will observe a hearing. Stored under the case, listed with the hearing by date. */
export interface ObserverSignup {
  caseId: string;
  eventId: string;
  memberId: string;
  /** Snapshots, so the roster needs no member reads. */
  memberName: string;
  role: Role;
  /** The hearing's time, so the sign-up sorts beside its hearing. */
  hearingAt: string;
  createdAt: string;
}

/** Who a feed token belongs to: a snapshot of the member, like a session. */
export interface FeedOwner {
  tokenHash: string;
  memberId: string;
  email: string;
  name: string;
  role: Role;
  country?: string;
  mission?: string;
  /** The language the feed's events are written in: the owner's page language when they made it (English for older feeds). */
  language?: Locale;
  createdAt: string;
}

/** The pointer kept on the member, so the current feed can be revoked or rotated. */
export interface FeedPointer {
  memberId: string;
  tokenHash: string;
  createdAt: string;
}

/** Worded per language as `validation.field.eventId`. */
export const eventIdSchema = z.string().uuid('Not an event id.');

/** `YYYY-MM-DD` of a moment, in UTC. */
export const dayOf = (d: Date): string => d.toISOString().slice(0, 10);

/** `addDays('2026-11-30', 2)` → `'2026-12-02'`. */
export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
}
