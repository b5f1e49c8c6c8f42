/** The request budget's rows for risk (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** The risk analysis page (an audited read). */
export const riskPageRows: GetRoute[] = [
  { route: '/cases/:id/risk', path: (f) => `/cases/${f.cases.restricted}/risk`, note: 'audited read' },
];

/** The risk analysis through the API. */
export const riskApiRows: GetRoute[] = [
  { route: '/api/cases/:id/risk-assessment', path: (f) => `/api/cases/${f.cases.restricted}/risk-assessment`, note: 'audited read' },
];
