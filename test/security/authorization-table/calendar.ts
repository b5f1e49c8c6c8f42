/** The authorization matrix's rows for calendar (test/security/authorization-table.ts orders them). */
import { type Row, all, membersOnly } from './kit.ts';

/** Hearings' observers and calendar feeds. */
export const calendarRows: Row[] = [
  { method: 'GET', route: '/api/calendar', expect: membersOnly(200) },
  { method: 'PUT', route: '/api/cases/:id/hearings/:eventId/observers/me', expect: membersOnly(201), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/hearings/${ctx.hearingId}/observers/me` }) },
  { method: 'DELETE', route: '/api/cases/:id/hearings/:eventId/observers/me', expect: membersOnly(204), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/hearings/${ctx.hearingId}/observers/me` }) },
  { method: 'GET', route: '/api/calendar/feed', expect: membersOnly(200) },
  { method: 'POST', route: '/api/calendar/feed', expect: membersOnly(201) },
  { method: 'DELETE', route: '/api/calendar/feed', expect: membersOnly(204) },
  { method: 'GET', route: '/calendar', expect: membersOnly(200, 303) },
  { method: 'POST', route: '/calendar/observe', expect: membersOnly(303, 401), call: (ctx) => ({ path: '/calendar/observe', form: { caseId: ctx.caseId, eventId: ctx.hearingId } }) },
  { method: 'POST', route: '/calendar/withdraw', expect: membersOnly(303, 401), call: (ctx) => ({ path: '/calendar/withdraw', form: { caseId: ctx.caseId, eventId: ctx.hearingId } }) },
  { method: 'GET', route: '/calendar/feed', expect: membersOnly(200, 303) },
  // These show the new (or no) feed address at once rather than redirecting.
  { method: 'POST', route: '/calendar/feed', expect: membersOnly(200, 401), call: () => ({ path: '/calendar/feed', form: {} }) },
  { method: 'POST', route: '/calendar/feed/revoke', expect: membersOnly(200, 401), call: () => ({ path: '/calendar/feed/revoke', form: {} }) },
  { method: 'GET', route: '/calendar/:file', expect: all(200), call: (ctx) => ({ path: `/calendar/${ctx.feedToken}.ics` }) },
];
