/** The authorization matrix's rows for case safety (test/security/authorization-table.ts orders them). */
import { type Row, coordinatorOnly, coordinatorOnCase } from './kit.ts';

/** Visibility, pause and the consent ledger through the API. */
export const visibilityApiRows: Row[] = [
  {
    method: 'PUT', route: '/api/cases/:id/visibility', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/visibility`, json: { visibility: 'network', basis: 'explicit_consent' }, headers: { 'if-match': await ctx.caseEtag() } }),
  },
  { method: 'POST', route: '/api/cases/:id/pause', expect: coordinatorOnCase(200), call: async (ctx) => ({ path: `/api/cases/${await ctx.freshCase()}/pause`, json: { reason: 'Matrix', basis: 'reprisal' } }) },
  { method: 'GET', route: '/api/cases/:id/consent', expect: coordinatorOnCase(200) },
];

/** Sensitive fields and a case's audit log through the API. */
export const sensitiveAndAuditApiRows: Row[] = [
  { method: 'GET', route: '/api/cases/:id/sensitive', expect: coordinatorOnCase(200) },
  {
    method: 'PUT', route: '/api/cases/:id/sensitive', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/sensitive`, json: { legalNotes: 'Matrix' }, headers: { 'if-match': await ctx.sensitiveEtag() } }),
  },
  { method: 'GET', route: '/api/cases/:id/audit', expect: coordinatorOnly(200) },
];

/** Visibility, clearance of public action, pause and sensitive fields through pages. */
export const visibilityPageRows: Row[] = [
  {
    method: 'POST', route: '/cases/:id/visibility', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/visibility`, form: { visibility: 'network', basis: 'explicit_consent', version: (await ctx.caseEtag()).replace(/"/g, '') } }),
  },
  // Right after the visibility rows (which end any clearance): the MP's rows below log public actions on the case.
  { method: 'PUT', route: '/api/cases/:id/public-action-clearance', expect: coordinatorOnCase(200), call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}/public-action-clearance`, json: { cleared: true, basis: 'explicit_consent' }, headers: { 'if-match': await ctx.caseEtag() } }) },
  { method: 'POST', route: '/cases/:id/public-action-clearance', expect: coordinatorOnCase(303), call: async (ctx) => ({ path: `/cases/${ctx.caseId}/public-action-clearance`, form: { cleared: 'true', basis: 'explicit_consent', version: (await ctx.caseEtag()).replace(/"/g, '') } }) },
  { method: 'POST', route: '/cases/:id/pause', expect: coordinatorOnCase(303), call: async (ctx) => ({ path: `/cases/${await ctx.freshCase()}/pause`, form: { reason: 'Matrix', basis: 'partner_request' } }) },
  { method: 'GET', route: '/cases/:id/sensitive', expect: coordinatorOnCase(200) },
  {
    method: 'POST', route: '/cases/:id/sensitive', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/sensitive`, form: { legalNotes: 'Matrix form', version: (await ctx.sensitiveEtag()).replace(/"/g, '') } }),
  },
];

/** A case's audit page. */
export const auditPageRows: Row[] = [
  { method: 'GET', route: '/cases/:id/audit', expect: coordinatorOnCase(200) },
];
