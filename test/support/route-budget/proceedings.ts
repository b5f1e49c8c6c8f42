/** The request budget's rows for proceedings (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Proceedings at international bodies, the communication to the UN Special Rapporteur. */
export const proceedingRows: GetRoute[] = [
  // Issue 15: proceedings at international bodies (read with the case's one Query; the edit form's one BatchGet).
  { route: '/api/cases/:id/proceedings', path: (f) => `/api/cases/${f.cases.network}/proceedings` },
  { route: '/cases/:id/proceedings/new', path: (f) => `/cases/${f.cases.network}/proceedings/new` },
  { route: '/cases/:id/proceedings/:proceedingId/edit', path: (f) => `/cases/${f.cases.network}/proceedings/${f.proceedingId}/edit` },
  // Issue 15: the communication to the UN Special Rapporteur, on the public case (its consent allows it): the case's one Query and the audit line.
  { route: '/api/cases/:id/communications/un-sr.docx', path: (f) => `/api/cases/${f.cases.public}/communications/un-sr.docx?language=fr` },
  { route: '/cases/:id/communications/un-sr', path: (f) => `/cases/${f.cases.public}/communications/un-sr` },
];
