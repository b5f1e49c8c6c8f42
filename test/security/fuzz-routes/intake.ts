/** The fuzzed write routes of intake (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { DANGER_ANSWERS, YES_NO, reportSchema } from '#shared/intake/index.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, country, optional, clean } from './kit.ts';

/** Reports from the public and partners. */
export const intakeRows: FuzzRoute[] = [
  {
    // Issue 12: the public report (the honeypot is never generated: people leave it empty).
    name: 'POST /api/reports', method: 'POST', schema: reportSchema, as: 'anonymous', rateLimited: true,
    valid: fc.record({
      whatHappened: humanText(4000), country, atRisk: humanText(200), immediateDanger: fc.constantFrom(...DANGER_ANSWERS),
      mayShareWithNetwork: fc.constantFrom(...YES_NO), mayPublish: fc.constantFrom(...YES_NO),
      region: optional(humanText(120)), organisation: optional(humanText(160)), reporterName: optional(humanText(120)), contactOther: optional(humanText(300)),
    }).map(clean),
    path: () => '/api/reports',
  },
];
