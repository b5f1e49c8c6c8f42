/** The request budget's rows for intake (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Reports from the public and partners. */
export const intakeRows: GetRoute[] = [
  // Issue 12: intake. Every read of reports writes its audit line first (one call).
  { route: '/report', path: () => '/report' },
  { route: '/reports', path: () => '/reports', note: 'audited; counts and list from one Query of summaries' },
  { route: '/reports/:id', path: (f) => `/reports/${f.reportId}`, note: 'audited, with the contact details' },
  { route: '/reports/:id/case', path: (f) => `/reports/${f.reportId}/case`, note: 'audited; the case form prefilled' },
  { route: '/api/reports', path: () => '/api/reports', note: 'audited' },
  { route: '/api/reports/:id', path: (f) => `/api/reports/${f.reportId}`, note: 'audited, with the contact details' },
  {
    route: '/api/reports/:id/attachments/:attachmentId', path: (f) => `/api/reports/${f.reportFile.reportId}/attachments/${f.reportFile.attachmentId}`,
    note: 'audited; the file itself comes from the file store',
  },
];
