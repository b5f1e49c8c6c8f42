/**
 * How every function is bundled: local esbuild (no Docker), one ESM file for
 * Node 22 with the AWS SDK inside (versions pinned by the lockfile, not by
 * the runtime). Shared with the tests, which check what ends up in the bundle.
 */
import { type BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { fromRoot } from '../paths.ts';

/**
 * The SDK still calls `require('node:https')` inside its ESM builds; in an
 * ESM bundle esbuild turns that into a throwing "Dynamic require" stub unless
 * a real `require` exists.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export const BUNDLING: BundlingOptions = {
  forceDockerBundling: false,
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  // Maps for readable stack traces (NODE_OPTIONS=--enable-source-maps); without the
  // sources inside, the map the runtime parses at cold start stays small.
  sourceMap: true,
  sourcesContent: false,
  bundleAwsSDK: true,
  externalModules: [],
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  // tsconfig for the `.ts` import extensions; the JSX settings are also
  // spelled out so that a tsconfig change cannot silently break the .tsx pages.
  tsconfig: fromRoot('tsconfig.json'),
  esbuildArgs: { '--jsx': 'automatic', '--jsx-import-source': 'hono/jsx' },
};
