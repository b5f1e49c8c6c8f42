/** The authorization matrix's rows for missions (test/security/authorization-table.ts orders them). */
import { type Row, all, membersOnly, coordinatorOnly, coordinatorOnCase, roleFirstOnCase, coordinatorPage } from './kit.ts';

/** The EU Guidelines, action requests, mission actions, the gap view through the API. */
export const missionApiRows: Row[] = [
  // Issue 5: diplomats, the EU Guidelines, gaps, the calendar.
  { method: 'GET', route: '/api/eu-guidelines', expect: all(200) },
  { method: 'GET', route: '/api/action-requests', expect: { ...coordinatorOnly(200), diplomat: 200 }, call: () => ({ path: '/api/action-requests?country=CO' }) },
  {
    method: 'POST', route: '/api/cases/:id/action-requests', expect: roleFirstOnCase(201, 'coordinator'),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/action-requests`, json: { actionType: 'trial_observation', dueDate: '2026-12-10' } }),
  },
  // MPs may list a case's requests; the list holds none for them (requests are for missions).
  { method: 'GET', route: '/api/cases/:id/action-requests', expect: membersOnly(200, 404) },
  {
    method: 'PATCH', route: '/api/cases/:id/action-requests/:requestId', expect: { ...roleFirstOnCase(200, 'diplomat'), coordinator: 403, mp: 404, 'another mp': 404, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/action-requests/${await ctx.openRequest()}`, json: { status: 'acknowledged' }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'POST', route: '/api/cases/:id/mission-actions', expect: { ...roleFirstOnCase(201, 'diplomat'), 'diplomat elsewhere': 403 },
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/mission-actions`, json: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-10', outcome: 'Observed', confidential: false } }),
  },
  { method: 'GET', route: '/api/cases/:id/mission-actions', expect: membersOnly(200, 404) },
  {
    method: 'POST', route: '/api/cases/:id/mission-actions/:actionId/verification', expect: roleFirstOnCase(200, 'coordinator'),
    call: async (ctx) => { const a = await ctx.missionAction(); return { path: `/api/cases/${ctx.caseId}/mission-actions/${a.id}/verification`, headers: { 'if-match': a.etag } }; },
  },
  { method: 'GET', route: '/api/gaps', expect: coordinatorOnly(200) },
];

/** Requests and mission actions through pages, the gap view. */
export const missionPageRows: Row[] = [
  { method: 'GET', route: '/requests', expect: { ...coordinatorPage(200), diplomat: 200 } },
  {
    method: 'POST', route: '/cases/:id/action-requests/:requestId/respond', expect: { ...roleFirstOnCase(303, 'diplomat'), coordinator: 403, mp: 404, 'another mp': 404, 'diplomat elsewhere': 404 },
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/action-requests/${await ctx.openRequest()}/respond`, form: { status: 'acknowledged', version: '1' } }),
  },
  { method: 'GET', route: '/cases/:id/action-requests/new', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/action-requests/new', expect: roleFirstOnCase(303, 'coordinator'),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/action-requests/new`, form: { actionType: 'trial_observation', dueDate: '2026-12-11' } }),
  },
  { method: 'GET', route: '/cases/:id/mission-actions/new', expect: { ...coordinatorOnCase(403), diplomat: 200, anonymous: 303, 'signed-out': 303, 'diplomat elsewhere': 403 } },
  {
    method: 'POST', route: '/cases/:id/mission-actions/new', expect: { ...roleFirstOnCase(303, 'diplomat'), 'diplomat elsewhere': 403 },
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/mission-actions/new`, form: { actionType: 'trial_observation', mission: 'EU Delegation', date: '2026-11-12', outcome: 'Observed', idempotencyKey: `matrix-key-${ctx.unique()}` } }),
  },
  {
    method: 'POST', route: '/cases/:id/mission-actions/:actionId/verify', expect: roleFirstOnCase(303, 'coordinator'),
    call: async (ctx) => { const a = await ctx.missionAction(); return { path: `/cases/${ctx.caseId}/mission-actions/${a.id}/verify`, form: { version: a.etag.replace(/"/g, '') } }; },
  },
  { method: 'GET', route: '/gaps', expect: coordinatorPage(200) },

];
