/** The request budget's rows for attachments (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Files on a case. */
export const attachmentRows: GetRoute[] = [
  // Issue 18: case attachments. A download is the session, the case's Query (the attachment is in its
  // partition) and the audit line; anonymous callers stop at the case.
  { route: '/api/cases/:id/attachments/:attachmentId', path: (f) => `/api/cases/${f.cases.network}/attachments/${f.attachmentId}`, note: 'audited download' },
  { route: '/cases/:id/attachments/new', path: (f) => `/cases/${f.cases.network}/attachments/new`, callers: ['mp', 'diplomat', 'coordinator'], note: 'the upload form' },
  // Issue 18: direct uploads and deleting a file. Completing reads the session and the case, and writes the
  // attachment in one transaction; the confirmation page reads the session and the case.
  { route: '/cases/:id/attachments/uploads/:uploadId', path: (f) => f.freshUploadReturn(), callers: ['coordinator'], note: 'completing a direct upload' },
  { route: '/cases/:id/attachments/:attachmentId/delete', path: (f) => `/cases/${f.cases.network}/attachments/${f.attachmentId}/delete`, callers: ['coordinator'], note: 'the delete confirmation' },
];
