/**
 * What a cold start of the web function reads (issue 14): `index.mjs` and the
 * chunks it imports statically, built with the stack's own esbuild options.
 * Libraries and catalogs that one path needs must wait for that path's
 * `import()`: the OpenAPI route library (@hono/zod-openapi, which the JSON
 * routes declared once use), the other languages' catalogs, the SDK clients
 * other than DynamoDB's, mail and spreadsheet libraries, zod. Each is also checked
 * to be in the bundle at all, so that a rename cannot make this test pass vacuously.
 */
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_FILE, esbuildOptions } from '../../infra/constructs/bundling.ts';

const WEB_ENTRY = fileURLToPath(new URL('../../functions/lambda/web.ts', import.meta.url));

/** Inputs (source files) of every output chunk, split into what the start reads and what it does not. */
function inputsByReach(metafile: Metafile): { atStart: Set<string>; all: Set<string> } {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => file.endsWith(`/${ENTRY_FILE}`))!;
  const read = new Set<string>();
  const visit = (file: string) => {
    if (read.has(file)) return;
    read.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  const inputsOf = (files: Iterable<string>) => new Set([...files].flatMap((file) => Object.keys(outputs[file]?.inputs ?? {})));
  return { atStart: inputsOf(read), all: inputsOf(Object.keys(outputs)) };
}

const LOADED_ON_THEIR_PATH: Record<string, RegExp> = {
  '@hono/zod-openapi (the JSON routes declared once)': /node_modules\/@hono\/zod-openapi\//,
  '@asteasolutions/zod-to-openapi (under @hono/zod-openapi)': /node_modules\/@asteasolutions\/zod-to-openapi\//,
  'the French catalog': /shared\/i18n\/messages\/[^/]+\/fr\.ts$/,
  'the Spanish catalog': /shared\/i18n\/messages\/[^/]+\/es\.ts$/,
  'the Russian catalog': /shared\/i18n\/messages\/[^/]+\/ru\.ts$/,
  'the SES client': /node_modules\/@aws-sdk\/client-ses\//,
  'the Lambda client': /node_modules\/@aws-sdk\/client-lambda\//,
  'the SQS client': /node_modules\/@aws-sdk\/client-sqs\//,
  'the S3 client': /node_modules\/@aws-sdk\/client-s3\//,
  nodemailer: /node_modules\/nodemailer\//,
  // The schemas are each in their feature's chunk; the adapters import the models (shared/**/*-model.ts), the configuration is read without it.
  'zod (the schemas and nothing else)': /node_modules\/zod\//,
  exceljs: /node_modules\/exceljs\//,
};

describe('a cold start of the web function', () => {
  let reach: { atStart: Set<string>; all: Set<string> };
  beforeAll(async () => {
    const { metafile } = await build({ ...esbuildOptions(WEB_ENTRY, '/nonexistent-out'), metafile: true, write: false, logLevel: 'silent' });
    reach = inputsByReach(metafile);
  }, 120_000);

  it('reads English and the DynamoDB client at start', () => {
    const atStart = [...reach.atStart];
    expect(atStart.some((input) => /shared\/i18n\/messages\/[^/]+\/en\.ts$/.test(input))).toBe(true);
    expect(atStart.some((input) => /node_modules\/@aws-sdk\/client-dynamodb\//.test(input))).toBe(true);
  });

  it("bundles none of zod's language packs but English (infra/constructs/zod-without-locales.mjs)", () => {
    const packs = [...reach.all].filter((input) => /node_modules\/zod\/v4\/locales\//.test(input));
    expect(packs).toEqual(['node_modules/zod/v4/locales/en.js']);
  });

  for (const [what, pattern] of Object.entries(LOADED_ON_THEIR_PATH)) {
    it(`leaves ${what} to the path that imports it`, () => {
      expect([...reach.all].some((input) => pattern.test(input)), `${what} is in the bundle`).toBe(true);
      expect([...reach.atStart].filter((input) => pattern.test(input)), `${what} read at start`).toEqual([]);
    });
  }
});
