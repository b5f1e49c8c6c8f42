/** The authorization matrix's rows for corrections (test/security/authorization-table.ts orders them). */
import { type Row, coordinatorOnCase } from './kit.ts';

/** Corrections of the timeline through the API. */
export const correctionApiRows: Row[] = [
  // Issue 18: corrections of the timeline (coordinators; who cannot see the case gets 404).
  {
    method: 'PATCH', route: '/api/cases/:id/events/:eventId', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/events/${await ctx.freshEvent()}`, json: { title: 'Matrix corrected' }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'DELETE', route: '/api/cases/:id/events/:eventId', expect: coordinatorOnCase(204),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/events/${await ctx.freshEvent()}`, headers: { 'if-match': '"1"' } }),
  },
];

/** Corrections of the timeline through pages. */
export const correctionPageRows: Row[] = [
  { method: 'GET', route: '/cases/:id/events/:eventId/edit', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 }, call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/edit` }) },
  {
    method: 'POST', route: '/cases/:id/events/:eventId/edit', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/edit`, form: { version: '1', type: 'update', date: '2026-11-04', title: 'Matrix form correction' } }),
  },
  { method: 'GET', route: '/cases/:id/events/:eventId/delete', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 }, call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/delete` }) },
  {
    method: 'POST', route: '/cases/:id/events/:eventId/delete', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/events/${await ctx.freshEvent()}/delete`, form: { version: '1' } }),
  },
];
