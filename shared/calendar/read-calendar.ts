/**
 * The calendar as a member sees it: hearings of the cases they may see, with
 * the observer roster, and (coordinators, diplomats of the posting) open
 * requests by due date. One Query reads the window, one BatchGet the cases'
 * visibility: the rule is applied to the case as it is now, on every read.
 * A feed is stricter than the page: it is fetched by whatever calendar
 * service the member subscribes with, so a paused case is in no feed, and
 * each entry says whether its case is public (only then may a feed name the
 * defender and the court).
 */
import { z } from 'zod';
import { canSeeCase } from '../access/visibility.ts';
import { requireMember, type MemberViewer } from '../access/roles.ts';
import type { EuActionCode } from '../domain/eu-guidelines.ts';
import type { Role, Viewer } from '../domain/member.ts';
import { isoDate } from '../domain/text.ts';
import { utcToLocal } from '../domain/zoned-time.ts';
import { isOpen, isOverdue, type RequestStatus } from '../missions/index.ts';
import { canSeeRequest } from '../missions/index.ts';
import { parseOrThrow } from '../errors/validation.ts';
import type { Clock } from '../ports/clock.ts';
import type { Store } from '../ports/store.ts';
import { addDays, CALENDAR_WEEKS, dayOf } from './calendar.ts';

export interface CalendarObserver {
  name: string;
  role: Role;
  you: boolean;
}

export interface HearingEntry {
  kind: 'hearing';
  /** YYYY-MM-DD in the court's zone, for grouping. */
  day: string;
  /** YYYY-MM-DDTHH:mm, UTC. */
  at: string;
  /** The court's IANA zone, in which the hearing is shown (UTC for hearings stored before zones). */
  timeZone: string;
  caseId: string;
  /** The defender consented to publicity: only then may a feed name them or the court. */
  isPublic: boolean;
  eventId: string;
  defenderName: string;
  country: string;
  title: string;
  court: string;
  observers: CalendarObserver[];
}

export interface RequestEntry {
  kind: 'request';
  day: string;
  caseId: string;
  isPublic: boolean;
  requestId: string;
  defenderName: string;
  country: string;
  actionType: EuActionCode;
  status: RequestStatus;
  overdue: boolean;
}

export type CalendarEntry = HearingEntry | RequestEntry;

export interface Calendar {
  from: string;
  to: string;
  entries: CalendarEntry[];
  /** True when the window held more than one read returns (the calendar shows the first part). */
  truncated: boolean;
}

/**
 * Where the calendar goes: the signed-in page (`app`) or a subscribed feed
 * (`feed`), which leaves out paused cases for everyone, coordinators too.
 */
export type CalendarChannel = 'app' | 'feed';

/** Reads the calendar from `from` to `to` (YYYY-MM-DD, inclusive) for a member. */
/** A calendar: the window's items, the cases they belong to, and today's date. */
export interface CalendarReadDeps {
  store: Pick<Store, 'calendarWindow' | 'getCaseSummaries'>;
  clock: Clock;
}

export async function calendarFor(
  deps: CalendarReadDeps, viewer: MemberViewer, from: string, to: string, channel: CalendarChannel = 'app',
): Promise<Calendar> {
  const window = await deps.store.calendarWindow(from, to);
  const ids = [...new Set([...window.hearings, ...window.requests].map((x) => x.caseId))];
  const cases = new Map((await deps.store.getCaseSummaries(ids.slice(0, 100))).map((c) => [c.id, c]));
  const visible = (caseId: string) => {
    const c = cases.get(caseId);
    if (!c || c.state === 'closed' || (channel === 'feed' && c.pausedAt)) return undefined;
    return canSeeCase(viewer, c) ? c : undefined;
  };
  const today = dayOf(deps.clock.now());

  const entries: CalendarEntry[] = [];
  for (const h of window.hearings) {
    const c = visible(h.caseId);
    if (!c || h.type !== 'hearing' || !h.hearingAt) continue;
    const observers = window.observers
      .filter((o) => o.eventId === h.id && o.caseId === h.caseId)
      .map((o) => ({ name: o.memberName, role: o.role, you: o.memberId === viewer.id }));
    const timeZone = h.timeZone ?? 'UTC';
    entries.push({
      kind: 'hearing', day: utcToLocal(Date.parse(`${h.hearingAt}:00Z`), timeZone).slice(0, 10), at: h.hearingAt, timeZone, caseId: c.id, isPublic: c.visibility === 'public', eventId: h.id,
      defenderName: c.defenderName, country: c.country, title: h.title, court: h.court ?? '', observers,
    });
  }
  for (const r of window.requests) {
    const c = visible(r.caseId);
    if (!c || !isOpen(r) || !canSeeRequest(viewer, r, c)) continue;
    entries.push({
      kind: 'request', day: r.dueDate, caseId: c.id, isPublic: c.visibility === 'public', requestId: r.id, defenderName: c.defenderName, country: r.country,
      actionType: r.actionType, status: r.status, overdue: isOverdue(r, today),
    });
  }
  entries.sort((a, b) => (a.kind === 'hearing' ? a.at : a.day).localeCompare(b.kind === 'hearing' ? b.at : b.day));
  return { from, to, entries, truncated: window.truncated || ids.length > 100 };
}

export const calendarQuerySchema = z
  .object({
    from: isoDate.optional(),
    weeks: z.coerce.number().int().min(1).max(CALENDAR_WEEKS).default(CALENDAR_WEEKS),
  })
  .strict();

/** `GET /api/calendar?from=&weeks=`: members only; from today for 8 weeks unless asked otherwise. */
export async function readCalendar(deps: CalendarReadDeps, viewer: Viewer, query: unknown): Promise<Calendar> {
  const member = requireMember(viewer);
  const q = parseOrThrow(calendarQuerySchema, query);
  const from = q.from ?? dayOf(deps.clock.now());
  return calendarFor(deps, member, from, addDays(from, q.weeks * 7 - 1));
}
