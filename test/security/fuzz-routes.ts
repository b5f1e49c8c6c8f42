/**
 * The write routes under fuzz: for each, its schema (the oracle), a
 * generator of valid bodies, and how to address it (path, headers, who).
 * Add a route here when it is added to the app. Routes whose body is a file are fuzzed
 * with files in suites of their own: the imports (imports-fuzz.test.ts) and the attachment
 * upload (attachments-fuzz.test.ts).
 *
 * The routes live by feature in test/security/fuzz-routes/<feature>.ts; FUZZ_ROUTES lists them
 * in the order the suite runs them.
 */
import { CASE_STATES } from '#shared/domain/case.ts';
import type { FuzzRoute } from './fuzz-routes/kit.ts';
import { caseRows, timelineRows } from './fuzz-routes/cases.ts';
import { visibilityRows, sensitiveRows } from './fuzz-routes/case-safety.ts';
import { correctionRows } from './fuzz-routes/corrections.ts';
import { riskRows } from './fuzz-routes/risk.ts';
import { joiningAndMemberRows, joinDecisionRows } from './fuzz-routes/members.ts';
import { intakeRows } from './fuzz-routes/intake.ts';
import { pledgeRows } from './fuzz-routes/pledges.ts';
import { preferenceRows } from './fuzz-routes/digests.ts';
import { alertRows } from './fuzz-routes/alerts.ts';
import { signInRows } from './fuzz-routes/auth.ts';
import { proceedingRows } from './fuzz-routes/proceedings.ts';
import { attachmentRows } from './fuzz-routes/attachments.ts';

export type { FuzzContext, FuzzRoute } from './fuzz-routes/kit.ts';

export const FUZZ_ROUTES: FuzzRoute[] = [
  ...caseRows,
  ...visibilityRows,
  ...timelineRows,
  ...correctionRows,
  ...sensitiveRows,
  ...riskRows,
  ...joiningAndMemberRows,
  ...intakeRows,
  ...joinDecisionRows,
  ...pledgeRows,
  ...preferenceRows,
  ...alertRows,
  ...signInRows,
  ...proceedingRows,
  ...attachmentRows,
];

export { CASE_STATES };
