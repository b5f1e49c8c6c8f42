/** The authorization matrix's rows for intake (test/security/authorization-table.ts orders them). */
import { type Row, all, coordinatorOnly, coordinatorPage, reportBody } from './kit.ts';

/** Reports from the public and partners, their triage. */
export const intakeRows: Row[] = [
  // Intake (issue 12): anyone reports; only coordinators triage.
  { method: 'POST', route: '/api/reports', expect: all(202), call: (ctx) => ({ path: '/api/reports', json: reportBody(ctx) }) },
  { method: 'GET', route: '/api/reports', expect: coordinatorOnly(200) },
  { method: 'GET', route: '/api/reports/:id', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/reports/${await ctx.newReport()}` }) },
  {
    method: 'PATCH', route: '/api/reports/:id', expect: coordinatorOnly(200),
    call: async (ctx) => ({ path: `/api/reports/${await ctx.newReport()}`, json: { status: 'in_review' }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'POST', route: '/api/reports/:id/case', expect: coordinatorOnly(201),
    call: async (ctx) => ({
      path: `/api/reports/${await ctx.newReport()}/case`, headers: { 'if-match': '"1"' },
      json: { defenderName: 'Matrix', country: 'CO', themes: ['land_environment'], riskStatus: 'threatened', visibility: 'restricted', consentBasis: 'explicit_consent', summary: 'Matrix.' },
    }),
  },
  {
    // A duplicate joins the network case as a timeline event: still the coordinator's step alone.
    method: 'PATCH', route: '/api/reports/:id', expect: coordinatorOnly(200),
    call: async (ctx) => ({ path: `/api/reports/${await ctx.newReport()}`, json: { status: 'duplicate', caseId: ctx.caseId }, headers: { 'if-match': '"1"' } }),
  },
  {
    method: 'POST', route: '/reports/:id/triage', expect: coordinatorOnly(303),
    call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}/triage`, form: { version: '1', status: 'duplicate', caseId: ctx.caseId } }),
  },
  {
    method: 'GET', route: '/api/reports/:id/attachments/:attachmentId', expect: coordinatorOnly(200),
    call: async (ctx) => {
      const { reportId, attachmentId } = await ctx.reportFile();
      return { path: `/api/reports/${reportId}/attachments/${attachmentId}` };
    },
  },
  { method: 'GET', route: '/report', expect: all(200) },
  { method: 'POST', route: '/report', expect: all(202), call: (ctx) => ({ path: '/report', form: reportBody(ctx) }) },
  { method: 'GET', route: '/reports', expect: coordinatorPage(200) },
  { method: 'GET', route: '/reports/:id', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}` }) },
  { method: 'GET', route: '/reports/:id/case', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}/case` }) },
  {
    method: 'POST', route: '/reports/:id/case', expect: coordinatorOnly(303),
    call: async (ctx) => ({
      path: `/reports/${await ctx.newReport()}/case`,
      form: { version: '1', defenderName: 'Matrix', country: 'CO', themes: 'land_environment', riskStatus: 'threatened', visibility: 'restricted', consentBasis: 'explicit_consent', state: 'active', summary: 'Matrix.' },
    }),
  },
  {
    method: 'POST', route: '/reports/:id/triage', expect: coordinatorOnly(303),
    call: async (ctx) => ({ path: `/reports/${await ctx.newReport()}/triage`, form: { version: '1', status: 'in_review' } }),
  },
];
