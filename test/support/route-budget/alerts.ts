/** The request budget's rows for alerts (test/support/route-budget.ts orders them). */
import type { GetRoute } from './kit.ts';

/** Urgent alerts. */
export const alertRows: GetRoute[] = [
  // Issue 11: urgent alerts.
  { route: '/api/alerts/:id', path: (f) => `/api/alerts/${f.alertId}`, note: 'the roster (coordinators)' },
  { route: '/alerts/:id', path: (f) => `/alerts/${f.alertId}`, note: 'the answer page (the MP is a recipient)' },
  { route: '/alerts/unsubscribe/:token', path: (f) => `/alerts/unsubscribe/${f.alertUnsubscribeToken}` },
  {
    route: '/cases/:id/alerts/new', path: (f) => `/cases/${f.cases.network}/alerts/new`, note: 'the compose page with its recipient count',
    exception: {
      maxCalls: 'grows with followers',
      reason: 'the count before sending is the send\'s own rule: the case, its posting roster, the follows index of its country and of each of its themes (one Query each), then the members so tied (one BatchGet per 100); linear in the members tied to the case, never in the whole membership (alert-recipients.test.ts), never a Scan',
    },
  },
];
