/** The authorization matrix's rows for pledges (test/security/authorization-table.ts orders them). */
import { type Row, membersOnly, coordinatorOnly, mpOnly, ownerOnly } from './kit.ts';

/** Pledges, twinning, logged actions, co-signatures. */
export const pledgeRows: Row[] = [
  // Issue 4: adoption. Write routes check the role first (401/403 whatever the case), reads the visibility.
  { method: 'GET', route: '/api/cases/:id/pledges', expect: membersOnly(200) },
  { method: 'POST', route: '/api/cases/:id/pledges', expect: { ...mpOnly(201) }, call: async (ctx) => ({ path: `/api/cases/${await ctx.freshCase()}/pledges`, json: { actions: ['prison_visit'] } }) },
  { method: 'GET', route: '/api/cases/:id/pledges/:memberId', expect: membersOnly(200), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/pledges/${ctx.mpId}` }) },
  {
    method: 'PATCH', route: '/api/cases/:id/pledges/:memberId', expect: ownerOnly(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/pledges/${ctx.mpId}`, json: { note: `Note ${ctx.unique()}` }, headers: { 'if-match': await ctx.pledgeEtag() } }),
  },
  {
    method: 'DELETE', route: '/api/cases/:id/pledges/:memberId', expect: ownerOnly(204),
    call: async (ctx) => {
      const caseId = await ctx.pledgedCase();
      return { path: `/api/cases/${caseId}/pledges/${ctx.mpId}`, headers: { 'if-match': '"1"' } };
    },
  },
  { method: 'DELETE', route: '/api/cases/:id/twin', expect: coordinatorOnly(204), call: async (ctx) => ({ path: `/api/cases/${await ctx.pledgedCase()}/twin` }) },
  { method: 'GET', route: '/api/cases/:id/actions', expect: membersOnly(200, 404) },
  {
    method: 'POST', route: '/api/cases/:id/actions', expect: mpOnly(201),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions`, json: { type: 'letter_authorities', date: '2026-11-10', description: `Letter ${ctx.unique()}`, public: true } }),
  },
  { method: 'GET', route: '/api/cases/:id/actions/:actionId', expect: membersOnly(200, 404), call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${ctx.actionId}` }) },
  {
    method: 'PATCH', route: '/api/cases/:id/actions/:actionId', expect: ownerOnly(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${ctx.actionId}`, json: { description: `Edited ${ctx.unique()}` }, headers: { 'if-match': await ctx.actionEtag() } }),
  },
  {
    method: 'PUT', route: '/api/cases/:id/actions/:actionId/verification', expect: coordinatorOnly(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${ctx.actionId}/verification`, json: { state: 'verified' }, headers: { 'if-match': await ctx.actionEtag() } }),
  },
  {
    method: 'POST', route: '/api/cases/:id/actions/:actionId/co-signatures', expect: { ...mpOnly(201), mp: 409 },
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/actions/${await ctx.jointLetter()}/co-signatures` }),
  },
  { method: 'GET', route: '/api/cases/:id/suggestions', expect: membersOnly(200) },
  { method: 'GET', route: '/api/me/pledges', expect: mpOnly(200) },
  { method: 'GET', route: '/my-cases', expect: { ...mpOnly(200), anonymous: 303, 'signed-out': 303 } },
  { method: 'GET', route: '/cases/:id/pledge', expect: { ...mpOnly(200), anonymous: 303, 'signed-out': 303 } },
  { method: 'POST', route: '/cases/:id/pledge', expect: mpOnly(303), call: async (ctx) => ({ path: `/cases/${await ctx.freshCase()}/pledge`, form: { actions: 'prison_visit' } }) },
  // The page withdraws the caller's own pledge: another MP has none there (404).
  { method: 'POST', route: '/cases/:id/pledge/withdraw', expect: { ...ownerOnly(303), 'another mp': 404 }, call: async (ctx) => ({ path: `/cases/${await ctx.pledgedCase()}/pledge/withdraw`, form: { version: '1' } }) },
  { method: 'POST', route: '/cases/:id/twin/end', expect: coordinatorOnly(303), call: async (ctx) => ({ path: `/cases/${await ctx.pledgedCase()}/twin/end`, form: {} }) },
  { method: 'GET', route: '/cases/:id/actions/new', expect: { ...mpOnly(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/actions/new', expect: mpOnly(303),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/actions/new`, form: { type: 'letter_authorities', date: '2026-11-11', description: `Form letter ${ctx.unique()}`, idempotencyKey: `matrix-${ctx.unique()}-key` } }),
  },
  { method: 'GET', route: '/cases/:id/actions/:actionId/edit', expect: { ...ownerOnly(200), anonymous: 303, 'signed-out': 303 }, call: (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${ctx.actionId}/edit` }) },
  {
    method: 'POST', route: '/cases/:id/actions/:actionId/edit', expect: ownerOnly(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${ctx.actionId}/edit`, form: { description: `Form edit ${ctx.unique()}`, public: 'true', version: (await ctx.actionEtag()).replace(/"/g, '') } }),
  },
  {
    method: 'POST', route: '/cases/:id/actions/:actionId/verify', expect: coordinatorOnly(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${ctx.actionId}/verify`, form: { state: 'verified', version: (await ctx.actionEtag()).replace(/"/g, '') } }),
  },
  { method: 'POST', route: '/cases/:id/actions/:actionId/co-sign', expect: { ...mpOnly(303), mp: 409 }, call: async (ctx) => ({ path: `/cases/${ctx.caseId}/actions/${await ctx.jointLetter()}/co-sign`, form: {} }) },

];
