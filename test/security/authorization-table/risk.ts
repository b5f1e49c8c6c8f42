/** The authorization matrix's rows for risk (test/security/authorization-table.ts orders them). */
import { type Row, coordinatorOnCase } from './kit.ts';

/** The risk analysis. */
export const riskRows: Row[] = [
  // The risk analysis (issue 15): coordinators only, as the sensitive fields; each save on a case of its own (version 0).
  { method: 'GET', route: '/api/cases/:id/risk-assessment', expect: coordinatorOnCase(200) },
  {
    method: 'PUT', route: '/api/cases/:id/risk-assessment', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${await ctx.freshCase()}/risk-assessment`, json: { level: 'high' }, headers: { 'if-match': '"0"' } }),
  },
  { method: 'GET', route: '/cases/:id/risk', expect: coordinatorOnCase(200) },
  {
    method: 'POST', route: '/cases/:id/risk', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${await ctx.freshCase()}/risk`, form: { level: 'critical', version: '0' } }),
  },
];
