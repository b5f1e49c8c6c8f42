/**
 * `npm run bench` builds the test harness in a plain Node process, where
 * vitest's `inject` does not work ("Vitest failed to access its internal
 * state"). Nothing but the bench does this, so nothing else would notice a
 * harness that depends on vitest again: this test runs the harness the way
 * the bench does, in a child process, against this run's DynamoDB Local.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject, it, expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = 'test/bench/fixtures/harness-outside-vitest.ts';

it('the harness works outside vitest, given the DynamoDB endpoint', async () => {
  // Without vitest's own variables, as `npm run bench` starts it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, ['--import', 'tsx', SCRIPT, inject('dynamoEndpoint')], { cwd: ROOT, env, timeout: 60_000 }, (error, out, err) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: out, stderr: err }),
    );
  });
  expect({ code, stderr: code === 0 ? '' : stderr.slice(0, 600) }).toEqual({ code: 0, stderr: '' });
  const line = stdout.split('\n').find((l) => l.startsWith('HARNESS '));
  expect(JSON.parse(line?.slice('HARNESS '.length) ?? '{}')).toMatchObject({ status: 200, logLines: expect.any(Number) });
});
