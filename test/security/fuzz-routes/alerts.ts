/** The fuzzed write routes of alerts (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { ALERT_ANSWERS, ASKED_ACTIONS, alertResponseSchema, createAlertSchemaAt } from '#shared/alerts/index.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, optional, date, clean } from './kit.ts';

/** Urgent alerts and their answers. */
export const alertRows: FuzzRoute[] = [
  {
    // The oracle's "now" is the harness's: deadlines must be after it.
    name: 'POST /api/cases/{id}/alerts', method: 'POST', schema: createAlertSchemaAt(new Date('2026-11-23T09:00:00.000Z')), as: 'coordinator',
    valid: fc.record({
      happened: humanText(2000), askedActions: optional(fc.subarray([...ASKED_ACTIONS], { maxLength: 4 })), asked: humanText(2000),
      deadline: fc.date({ min: new Date('2026-11-24'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    }).map(clean),
    path: (ctx) => `/api/cases/${ctx.networkCaseId}/alerts`,
  },
  {
    name: 'PUT /api/alerts/{id}/response', method: 'PUT', schema: alertResponseSchema, as: 'mp',
    valid: fc.record({ answer: fc.constantFrom(...ALERT_ANSWERS) }),
    path: async (ctx) => `/api/alerts/${await ctx.alertId()}/response`,
  },
];
