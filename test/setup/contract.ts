/**
 * vitest setup file: after each test file, every /api/ answer its harnesses recorded is
 * checked against the OpenAPI document (`test/support/contract/`). A route added without
 * its operation, a status it does not list or a body that does not match its schema fails
 * the file that received it, naming the route, the status and ajv's error.
 */
import { afterAll } from 'vitest';
import { takeRecordedAnswers } from '../support/contract/recorder.ts';

afterAll(async () => {
  const answers = await takeRecordedAnswers();
  if (answers.length === 0) return;
  // Loaded only by files that made requests: unit tests do not pay for the app's document.
  const [{ openApiDocument }, { APP_URL }, { contractChecker }] = await Promise.all([
    import('#web/openapi/openapi.ts'), import('../support/harness.ts'), import('../support/contract/contract-check.ts'),
  ]);
  // The document the app serves at /api/openapi.json, built by the same function.
  const problems = contractChecker(openApiDocument(APP_URL)).check(answers);
  if (problems.length > 0) {
    throw new Error(`${problems.length} answers break the OpenAPI document:\n${problems.join('\n')}`);
  }
});
