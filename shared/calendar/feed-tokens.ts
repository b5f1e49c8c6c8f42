/**
 * Private iCalendar feeds. A member gets a secret URL a calendar application
 * can subscribe to; only the token's SHA-256 is stored (with a snapshot of
 * the member, like a session), and a pointer on the member lets them rotate
 * or revoke it. A revoked or unknown token answers 404. The token is never
 * logged: routes log their pattern, not the URL.
 */
import { requireMember } from '../access/roles.ts';
import { randomToken, sha256 } from '../crypto/tokens.ts';
import type { Viewer } from '../domain/member.ts';
import type { Locale } from '../i18n/languages.ts';
import { NotFoundError } from '../errors/index.ts';
import type { Clock } from '../ports/clock.ts';
import type { CalendarStore, Store } from '../ports/store.ts';
import { addDays, dayOf, FEED_PAST_DAYS, CALENDAR_WEEKS, type FeedOwner } from './calendar.ts';
import { calendarFor, type Calendar, type CalendarReadDeps } from './read-calendar.ts';
import { auditEntry } from '../writes/audit-entry.ts';

/** What `randomToken()` makes: 32 bytes, base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const feedUrl = (appUrl: string, token: string): string => `${appUrl}/calendar/${token}.ics`;

/**
 * What the feed's own use cases use, and nothing more: three methods of the calendar's port, the
 * clock and the app's address (docs/architecture.md, "Narrow dependencies"). Any `CoreDeps` is one;
 * so is anything else that has these, which is all a test or another caller has to provide.
 */
export interface FeedDeps {
  store: Pick<CalendarStore, 'getFeedPointer' | 'replaceFeed' | 'revokeFeed'>;
  clock: Clock;
  appUrl: string;
}

export interface FeedStatus {
  active: boolean;
  createdAt?: string;
}

/** Whether the viewer has a feed, and since when (never the URL: it is not stored). */
export async function feedStatus(deps: Pick<FeedDeps, 'store'>, viewer: Viewer): Promise<FeedStatus> {
  const member = requireMember(viewer);
  const pointer = await deps.store.getFeedPointer(member.id);
  return pointer ? { active: true, createdAt: pointer.createdAt } : { active: false };
}

/**
 * Makes a new secret feed URL (the previous one stops working). The URL is
 * shown once: only its hash is kept. `language` is the one the feed's events
 * are written in (the page's, as the member reads it now).
 */
export async function createFeed(deps: FeedDeps, viewer: Viewer, language: Locale = 'en'): Promise<{ url: string; createdAt: string }> {
  const member = requireMember(viewer);
  const previous = await deps.store.getFeedPointer(member.id);
  const token = randomToken();
  const at = deps.clock.now().toISOString();
  const owner: FeedOwner = {
    tokenHash: sha256(token), memberId: member.id, email: member.email, name: member.name, role: member.role,
    ...(member.country ? { country: member.country } : {}), ...(member.mission ? { mission: member.mission } : {}),
    language, createdAt: at,
  };
  await deps.store.replaceFeed(owner, previous?.tokenHash, auditEntry(at, member, 'calendar_feed.created', { memberId: member.id }));
  return { url: feedUrl(deps.appUrl, token), createdAt: at };
}

/** Revokes the member's feed; false when there was none. */
export async function revokeFeed(deps: Pick<FeedDeps, 'store' | 'clock'>, viewer: Viewer): Promise<boolean> {
  const member = requireMember(viewer);
  const pointer = await deps.store.getFeedPointer(member.id);
  if (!pointer) return false;
  await deps.store.revokeFeed(pointer, auditEntry(deps.clock.now().toISOString(), member, 'calendar_feed.revoked', { memberId: member.id }));
  return true;
}

/**
 * The calendar behind a feed token: the last 4 weeks and the next 8, as the
 * token's member may see it now, without paused cases. NotFoundError for a
 * malformed, unknown or revoked token.
 */
export async function readFeed(deps: CalendarReadDeps & { store: Pick<Store, 'getFeedOwner'> }, token: string): Promise<{ owner: FeedOwner; calendar: Calendar }> {
  if (!TOKEN_SHAPE.test(token)) throw new NotFoundError('calendar feed');
  const owner = await deps.store.getFeedOwner(sha256(token));
  if (!owner) throw new NotFoundError('calendar feed');
  const viewer = {
    kind: 'member' as const, id: owner.memberId, email: owner.email, name: owner.name, role: owner.role,
    ...(owner.country ? { country: owner.country } : {}), ...(owner.mission ? { mission: owner.mission } : {}),
  };
  const today = dayOf(deps.clock.now());
  const calendar = await calendarFor(deps, viewer, addDays(today, -FEED_PAST_DAYS), addDays(today, CALENDAR_WEEKS * 7 - 1), 'feed');
  return { owner, calendar };
}
