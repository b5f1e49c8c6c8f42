/**
 * vitest global setup: one in-memory DynamoDB Local for the whole run. Each
 * test file creates its own uniquely named table in it, so files can run in
 * parallel without seeing each other's data.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../functions/local/dynamo-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    /** Every log line the app writes during the run, from every test's harness (one JSON per line). */
    runLogFile: string;
  }
}

/**
 * What must never reach a log, checked over the whole run's log at the end:
 * planted sensitive values (tests mark them "planted"), member email
 * addresses, and sign-in or feed tokens in URLs.
 */
const FORBIDDEN_IN_LOGS: Array<[string, RegExp]> = [
  ['a planted sensitive value', /planted/i],
  ['an email address', /[\w.+-]+@example\.org/i],
  ['a token in a URL', /token=|\/calendar\/[\w-]{20,}\.ics|\/unsubscribe\/[\w-]{20,}/],
];

export default async function setup(project: TestProject) {
  const dynamo = await startDynamoLocal();
  const logDir = await mkdtemp(join(tmpdir(), 'tandem-run-log-'));
  const runLogFile = join(logDir, 'app.log');
  await writeFile(runLogFile, '');
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('runLogFile', runLogFile);
  return async () => {
    await dynamo.stop();
    const lines = (await readFile(runLogFile, 'utf8')).split('\n').filter(Boolean);
    await rm(logDir, { recursive: true, force: true });
    const leaks = FORBIDDEN_IN_LOGS.flatMap(([what, pattern]) => lines.filter((l) => pattern.test(l)).map((l) => `${what}: ${l.slice(0, 200)}`));
    console.log(`run log: ${lines.length} lines written by the app, ${leaks.length} with a planted value, an email address or a token`);
    if (leaks.length > 0) {
      console.error(`The app logged what it must not:\n${leaks.slice(0, 10).join('\n')}`);
      // A teardown's exception is only printed by vitest; the run itself must fail.
      process.exitCode = 1;
      throw new Error(`${leaks.length} log lines leak a planted value, an email address or a token`);
    }
  };
}
