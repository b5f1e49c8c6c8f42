/** The request budget's rows for calendar (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The calendar and its feeds. */
export const calendarRows: GetRoute[] = [
  { route: '/api/calendar', path: () => '/api/calendar' },
  { route: '/api/calendar/feed', path: () => '/api/calendar/feed' },
  { route: '/calendar', path: () => '/calendar' },
  { route: '/calendar/feed', path: () => '/calendar/feed' },
  { route: '/calendar/:file', path: (f) => `/calendar/${f.feedToken}.ics`, note: 'iCalendar feed by secret token' },
];
