/** The authorization matrix's rows for the XLSX export as a job (test/security/authorization-table.ts orders them). */
import { type Row, coordinatorOnly, coordinatorPage } from './kit.ts';

/**
 * Issue 14: coordinators start an export; only the one who started it reads the job, its page and
 * its workbook (another coordinator gets 404: test/integration/export-workbook.test.ts).
 */
export const exportJobRows: Row[] = [
  { method: 'POST', route: '/api/exports/cases.xlsx', expect: coordinatorOnly(202), call: () => ({ path: '/api/exports/cases.xlsx' }) },
  { method: 'GET', route: '/api/exports/:jobId', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/exports/${await ctx.exportJobId()}` }) },
  { method: 'GET', route: '/api/exports/:jobId/file', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/exports/${await ctx.exportJobId()}/file` }) },
  { method: 'GET', route: '/exports/:jobId', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/exports/${await ctx.exportJobId()}` }) },
  {
    method: 'POST', route: '/exports/cases.xlsx', expect: coordinatorOnly(303),
    call: () => ({ path: '/exports/cases.xlsx', body: 'country=CO', headers: { origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' } }),
  },
];
