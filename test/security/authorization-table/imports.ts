/** The authorization matrix's rows for imports (test/security/authorization-table.ts orders them). */
import { createHash } from 'node:crypto';
import { type Row, coordinatorOnly, coordinatorPage, importCsv, importForm } from './kit.ts';

/** Spreadsheet imports through the API and the import page. */
export const importApiRows: Row[] = [
  // Spreadsheet imports (coordinators): each call imports one new row, so rows never collide.
  {
    method: 'POST', route: '/api/imports/cases', expect: coordinatorOnly(202),
    call: (ctx) => ({ path: '/api/imports/cases', body: importCsv(ctx), headers: { 'content-type': 'text/csv' } }),
  },
  {
    method: 'POST', route: '/api/imports/members', expect: coordinatorOnly(202),
    call: (ctx) => ({ path: '/api/imports/members', body: `email,name,role\r\nimport-${ctx.unique()}@example.org,Matrix Import,mp\r\n`, headers: { 'content-type': 'text/csv' } }),
  },
  { method: 'GET', route: '/imports', expect: coordinatorPage(200) },
  // Issue 18, imports as jobs: any coordinator reads any import job; other members 403, before any read.
  { method: 'GET', route: '/api/imports/:jobId', expect: coordinatorOnly(200), call: async (ctx) => ({ path: `/api/imports/${await ctx.importJobId()}` }) },
  { method: 'GET', route: '/imports/:jobId', expect: coordinatorPage(200), call: async (ctx) => ({ path: `/imports/${await ctx.importJobId()}` }) },
];

/** Spreadsheet imports through the page's check and run. */
export const importPageRows: Row[] = [
  { method: 'POST', route: '/imports/check', expect: coordinatorOnly(200), call: (ctx) => ({ path: '/imports/check', body: importForm(importCsv(ctx)), headers: { origin: 'http://localhost' } }) },
  {
    method: 'POST', route: '/imports/run', expect: coordinatorOnly(303),
    call: (ctx) => {
      const csv = importCsv(ctx);
      return { path: '/imports/run', body: importForm(csv, createHash('sha256').update(csv).digest('hex')), headers: { origin: 'http://localhost' } };
    },
  },

];
