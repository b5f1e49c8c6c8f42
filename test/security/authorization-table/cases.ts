/** The authorization matrix's rows for cases (test/security/authorization-table.ts orders them). */
import { type Row, all, membersOnly, coordinatorOnly, coordinatorOnCase, coordinatorPage, newCase, caseForm } from './kit.ts';

/** The case list, creating, reading and editing a case. */
export const caseApiRows: Row[] = [
  { method: 'GET', route: '/api/cases', expect: all(200) },
  { method: 'POST', route: '/api/cases', expect: coordinatorOnly(201), call: (ctx) => ({ path: '/api/cases', json: newCase(ctx) }) },
  { method: 'GET', route: '/api/cases/:id', expect: membersOnly(200, 404) },
  {
    method: 'PATCH', route: '/api/cases/:id', expect: coordinatorOnCase(200),
    call: async (ctx) => ({ path: `/api/cases/${ctx.caseId}`, json: { summary: `Edited ${ctx.unique()}` }, headers: { 'if-match': await ctx.caseEtag() } }),
  },
];

/** A case's timeline events through the API. */
export const timelineApiRows: Row[] = [
  {
    method: 'POST', route: '/api/cases/:id/events', expect: coordinatorOnCase(201),
    call: (ctx) => ({ path: `/api/cases/${ctx.caseId}/events`, json: { type: 'update', date: '2026-11-01', title: 'Matrix event' } }),
  },
  { method: 'GET', route: '/api/cases/:id/events', expect: membersOnly(200, 404) },
];

/** The case list as CSV (the XLSX workbook is a job: authorization-table/exports.ts). */
export const exportRows: Row[] = [
  { method: 'GET', route: '/api/exports/cases.csv', expect: coordinatorOnly(200) },
];

/** The case pages. */
export const casePageRows: Row[] = [
  { method: 'GET', route: '/cases', expect: all(200) },
  { method: 'GET', route: '/cases/new', expect: coordinatorPage(200) },
  { method: 'POST', route: '/cases/new', expect: coordinatorOnly(303), call: (ctx) => ({ path: '/cases/new', form: caseForm(ctx) }) },
  { method: 'GET', route: '/cases/:id', expect: membersOnly(200, 404) },
  { method: 'GET', route: '/cases/:id/edit', expect: { ...coordinatorOnCase(200), anonymous: 303, 'signed-out': 303 } },
  {
    method: 'POST', route: '/cases/:id/edit', expect: coordinatorOnCase(303),
    call: async (ctx) => ({ path: `/cases/${ctx.caseId}/edit`, form: { ...caseForm(ctx), version: (await ctx.caseEtag()).replace(/"/g, '') } }),
  },
  {
    method: 'POST', route: '/cases/:id/events', expect: coordinatorOnCase(303),
    call: (ctx) => ({ path: `/cases/${ctx.caseId}/events`, form: { type: 'update', date: '2026-11-02', title: 'Matrix form event' } }),
  },
];
