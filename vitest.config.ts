import { defineConfig } from 'vitest/config';

// The project runs on Node 20 (the machine's); the SDK's notice about Node 22 is known and noted in the README.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['{shared,web,functions}/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'test/e2e/**', 'test/bench/**'],
    globalSetup: ['test/setup/dynamo-local.ts'],
    // After each file, its /api/ answers are checked against the OpenAPI document.
    setupFiles: ['test/setup/contract.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Work done after an answer (a sign-in link reaching the outbox) can take seconds on a loaded machine:
    // expect.poll's default of 1 s made such waits fail with nothing wrong.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default'],
  },
});
