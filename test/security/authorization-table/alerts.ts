/** The authorization matrix's rows for alerts (test/security/authorization-table.ts orders them). */
import { type Row, all, coordinatorOnCase } from './kit.ts';

/** Urgent alerts, their answers, unsubscribing. */
export const alertRows: Row[] = [
  // Issue 11: urgent alerts. Recipients (the MP, the diplomat) answer; others may not know the alert exists.
  {
    method: 'POST', route: '/api/cases/:id/alerts', expect: coordinatorOnCase(201),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/alerts`, json: { happened: 'Arrested.', askedActions: ['letter_authorities'], asked: 'Write.', deadline: '2026-12-20T12:00:00Z' } }),
  },
  {
    method: 'GET', route: '/api/alerts/:id', expect: { anonymous: 401, mp: 403, 'another mp': 404, diplomat: 403, coordinator: 200, 'signed-out': 401, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/api/alerts/${await ctx.alertId()}` }),
  },
  {
    method: 'PUT', route: '/api/alerts/:id/response', expect: { anonymous: 401, mp: 200, 'another mp': 404, diplomat: 200, coordinator: 404, 'signed-out': 401, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/api/alerts/${await ctx.alertId()}/response`, json: { answer: 'will_act' } }),
  },
  {
    method: 'GET', route: '/alerts/:id', expect: { anonymous: 303, mp: 200, 'another mp': 404, diplomat: 200, coordinator: 404, 'signed-out': 303, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/alerts/${await ctx.alertId()}` }),
  },
  {
    method: 'POST', route: '/alerts/:id', expect: { anonymous: 303, mp: 200, 'another mp': 404, diplomat: 200, coordinator: 404, 'signed-out': 303, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/alerts/${await ctx.alertId()}`, form: { answer: 'cannot' } }),
  },
  { method: 'GET', route: '/cases/:id/alerts/new', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/alerts/new', expect: coordinatorOnCase(303),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/alerts/new`, form: { happened: 'Arrested.', asked: 'Write.', deadline: '2026-12-20T12:00', idempotencyKey: `matrix-alert-${ctx.unique()}` } }),
  },
  { method: 'GET', route: '/alerts/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/alerts/unsubscribe/${ctx.alertUnsubscribeToken}` }) },
  { method: 'POST', route: '/alerts/unsubscribe/:token', expect: all(200), call: (ctx) => ({ path: `/alerts/unsubscribe/${ctx.alertUnsubscribeToken}`, form: { 'List-Unsubscribe': 'One-Click' } }) },

];
