/** The request budget's rows for corrections (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Corrections of the timeline. */
export const correctionRows: GetRoute[] = [
  // Issue 18: corrections of the timeline (coordinators: the session, the case with its timeline).
  { route: '/cases/:id/events/:eventId/edit', path: (f) => `/cases/${f.cases.network}/events/${f.eventId}/edit`, note: 'the correction form' },
  { route: '/cases/:id/events/:eventId/delete', path: (f) => `/cases/${f.cases.network}/events/${f.eventId}/delete`, note: 'the confirmation before a deletion' },
];
