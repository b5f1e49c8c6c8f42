/** The request budget's rows for the XLSX export as a job (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Issue 14: the job (the session and the job's item), its page, and its workbook (the same reads; the file is in the file store). */
export const exportJobRows: GetRoute[] = [
  { route: '/api/exports/:jobId', path: (f) => `/api/exports/${f.exportJobId}`, note: 'an export job' },
  { route: '/api/exports/:jobId/file', path: (f) => `/api/exports/${f.exportJobId}/file`, note: 'an export job\'s workbook' },
  { route: '/exports/:jobId', path: (f) => `/exports/${f.exportJobId}`, callers: ['coordinator'], note: 'an export job\'s page' },
];
