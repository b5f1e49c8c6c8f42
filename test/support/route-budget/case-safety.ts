/** The request budget's rows for case safety (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The sensitive fields' page (an audited read). */
export const sensitivePageRows: GetRoute[] = [
  { route: '/cases/:id/sensitive', path: (f) => `/cases/${f.cases.restricted}/sensitive`, note: 'audited read' },
];

/** A case's audit page. */
export const auditPageRows: GetRoute[] = [
  { route: '/cases/:id/audit', path: (f) => `/cases/${f.cases.network}/audit`, note: 'actors by the name each line recorded' },
];

/** The consent ledger and the sensitive fields through the API. */
export const caseSafetyApiRows: GetRoute[] = [
  { route: '/api/cases/:id/consent', path: (f) => `/api/cases/${f.cases.network}/consent` },
  { route: '/api/cases/:id/sensitive', path: (f) => `/api/cases/${f.cases.restricted}/sensitive`, note: 'audited read' },
];

/** A case's audit log through the API. */
export const auditApiRows: GetRoute[] = [
  { route: '/api/cases/:id/audit', path: (f) => `/api/cases/${f.cases.network}/audit` },
];
