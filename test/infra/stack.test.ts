/**
 * What `cdk deploy` would create, checked at synthesis: the security review
 * (cdk-nag), the data safeguards, the function defaults, the API's defences,
 * the alarms, and what goes into the Lambda bundle. Synthesized once: the
 * bundling runs esbuild.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { stack, synthesizeStack } from './stack/synthesized.ts';
import { describeReviewAndTable } from './stack/review-and-table.ts';
import { describeFunctionsAndApi } from './stack/functions-and-api.ts';
import { describeWorkAfterAnswers } from './stack/work-after-answers.ts';
import { describeBundleAndQueues } from './stack/bundle-and-queues.ts';
import { describeImportJobs } from './stack/import-jobs.ts';

// The tests live in one file per part of the stack (test/infra/stack/); they share this one synthesis.
// Nine esbuild bundles and the policy checks: under 2 minutes on a quiet machine, not on a busy one.
beforeAll(() => synthesizeStack(), 300_000);

afterAll(() => {
  if (stack.outdir) rmSync(stack.outdir, { recursive: true, force: true });
});

describeReviewAndTable();
describeFunctionsAndApi();
describeWorkAfterAnswers();
describeBundleAndQueues();
describeImportJobs();
