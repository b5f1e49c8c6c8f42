/** The request budget's rows for alerts (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Urgent alerts. */
export const alertRows: GetRoute[] = [
  // Issue 11: urgent alerts.
  { route: '/api/alerts/:id', path: (f) => `/api/alerts/${f.alertId}`, note: 'the roster (coordinators)' },
  { route: '/alerts/:id', path: (f) => `/alerts/${f.alertId}`, note: 'the answer page (the MP is a recipient)' },
  { route: '/alerts/unsubscribe/:token', path: (f) => `/alerts/unsubscribe/${f.alertUnsubscribeToken}` },
  // Issue 14: the count reads the alert reach the stream keeps, in one BatchGet with the members tied to the case.
  { route: '/cases/:id/alerts/new', path: (f) => `/cases/${f.cases.network}/alerts/new`, note: 'the compose page with its recipient count' },
];
