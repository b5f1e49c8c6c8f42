/**
 * The CDK stack's bundling options (infra/constructs/bundling.ts), turned
 * into esbuild's JS API options the way aws-lambda-nodejs turns them into
 * CLI flags (--bundle --platform=node --outfile=index.mjs …), so the
 * benchmark measures the bundle that would be deployed. An option this does
 * not know stops the benchmark rather than being silently ignored.
 */
import type { BuildOptions } from 'esbuild';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

const HANDLED = new Set([
  'forceDockerBundling', 'format', 'target', 'minify', 'sourceMap', 'sourcesContent', 'bundleAwsSDK', 'externalModules',
  'mainFields', 'banner', 'tsconfig', 'esbuildArgs',
]);

export function esbuildOptionsFrom(bundling: BundlingOptions, outdir: string): BuildOptions & { outfile: string } {
  const unknown = Object.keys(bundling).filter((k) => !HANDLED.has(k));
  if (unknown.length > 0) throw new Error(`bench: bundling options not translated to esbuild: ${unknown.join(', ')}`);
  const args = { ...(bundling.esbuildArgs ?? {}) };
  const jsx = args['--jsx'];
  const jsxImportSource = args['--jsx-import-source'];
  delete args['--jsx'];
  delete args['--jsx-import-source'];
  if (Object.keys(args).length > 0) throw new Error(`bench: esbuildArgs not translated: ${Object.keys(args).join(', ')}`);

  const esm = bundling.format === 'esm';
  return {
    bundle: true,
    platform: 'node',
    format: esm ? 'esm' : 'cjs',
    outfile: `${outdir}/${esm ? 'index.mjs' : 'index.js'}`,
    // As aws-lambda-nodejs: no target given means the runtime's (the stack pins node22).
    target: bundling.target ?? 'node22',
    minify: bundling.minify ?? false,
    sourcemap: bundling.sourceMap ?? false,
    sourcesContent: bundling.sourcesContent ?? true,
    external: bundling.externalModules ?? (bundling.bundleAwsSDK ? [] : ['@aws-sdk/*']),
    ...(bundling.mainFields ? { mainFields: bundling.mainFields } : {}),
    ...(bundling.banner ? { banner: { js: bundling.banner } } : {}),
    ...(bundling.tsconfig ? { tsconfig: bundling.tsconfig } : {}),
    ...(jsx === 'automatic' ? { jsx: 'automatic' as const } : {}),
    ...(typeof jsxImportSource === 'string' ? { jsxImportSource } : {}),
    logLevel: 'error',
  };
}
