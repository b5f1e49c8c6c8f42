/** The authorization matrix's rows for members (test/security/authorization-table.ts orders them). */
import { type Row, all, coordinatorOnly, joinBody } from './kit.ts';

/** Members, their audit, joining through the API. */
export const memberApiRows: Row[] = [
  { method: 'GET', route: '/api/members/:id/audit', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/api/members/${ctx.mpId}/audit` }) },
  { method: 'GET', route: '/api/members', expect: coordinatorOnly(200) },
  // Issue 18: member management (coordinators only, whoever the member).
  { method: 'POST', route: '/api/members', expect: coordinatorOnly(201), call: (ctx) => ({ path: '/api/members', json: { email: `invited-${ctx.unique()}@example.org`, name: 'Matrix', role: 'mp' } }) },
  { method: 'GET', route: '/api/members/:id', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/api/members/${ctx.mpId}` }) },
  { method: 'PATCH', route: '/api/members/:id', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/members/${await ctx.spareMember()}`, json: { party: 'Matrix' }, headers: { 'if-match': '"1"' } }) },
  { method: 'POST', route: '/api/join-requests', expect: all(202), call: (ctx) => ({ path: '/api/join-requests', json: joinBody(ctx) }) },
  { method: 'GET', route: '/api/join-requests', expect: coordinatorOnly(200) },
  { method: 'POST', route: '/api/join-requests/:id/approve', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/join-requests/${await ctx.pendingJoinRequest()}/approve` }) },
  { method: 'POST', route: '/api/join-requests/:id/reject', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/join-requests/${await ctx.pendingJoinRequest()}/reject`, json: { reason: 'Not a parliamentarian.' } }) },
];

/** Joining and the members' pages. */
export const memberPageRows: Row[] = [
  { method: 'GET', route: '/join', expect: all(200) },
  { method: 'POST', route: '/join', expect: all(202), call: (ctx) => ({ path: '/join', form: joinBody(ctx), headers: { 'x-forwarded-for': `203.0.113.${Number(ctx.unique()) % 250}` } }) },
  { method: 'GET', route: '/join-requests', expect: coordinatorOnly(200) },
  { method: 'POST', route: '/join-requests/:id/approve', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/join-requests/${await ctx.pendingJoinRequest()}/approve`, form: {} }) },
  { method: 'POST', route: '/join-requests/:id/reject', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/join-requests/${await ctx.pendingJoinRequest()}/reject`, form: { reason: 'Not a parliamentarian.' } }) },
  { method: 'GET', route: '/members', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/members/:id', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/members/${ctx.mpId}` }) },
  { method: 'POST', route: '/members/:id', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/members/${await ctx.spareMember()}`, form: { version: '1', name: 'Matrix', role: 'mp', active: 'on' } }) },
  { method: 'GET', route: '/members/:id/audit', expect: coordinatorOnly(200), call: (ctx) => ({ path: `/members/${ctx.mpId}/audit` }) },

];
