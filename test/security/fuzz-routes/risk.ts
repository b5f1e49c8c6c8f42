/** The fuzzed write routes of risk (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { CAPACITIES, CREDIBILITY, RISK_LEVELS, riskAssessmentSchema, THREAT_SOURCES, THREAT_TYPES, VULNERABILITIES } from '#shared/risk/index.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, optional, date, clean } from './kit.ts';

/** The risk analysis. */
export const riskRows: FuzzRoute[] = [
  {
    // Each accepted analysis is the first of a case of its own (If-Match "0").
    name: 'PUT /api/cases/{id}/risk-assessment', method: 'PUT', schema: riskAssessmentSchema, as: 'coordinator',
    valid: fc.record({
      level: fc.constantFrom(...RISK_LEVELS),
      threats: fc.array(fc.record({
        type: fc.constantFrom(...THREAT_TYPES), source: fc.constantFrom(...THREAT_SOURCES), date, credibility: fc.constantFrom(...CREDIBILITY), note: optional(humanText(1000)),
      }).map(clean), { maxLength: 5 }),
      vulnerabilities: fc.subarray([...VULNERABILITIES]).map((fs) => fs.map((factor) => ({ factor }))),
      capacities: fc.subarray([...CAPACITIES]).map((fs) => fs.map((factor) => ({ factor }))),
      summary: optional(humanText(4000)),
    }).map(clean),
    path: async (ctx) => `/api/cases/${await ctx.freshCase()}/risk-assessment`,
    headers: async () => ({ 'if-match': '"0"' }),
  },
];
