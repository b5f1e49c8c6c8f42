/**
 * How every function is bundled: local esbuild (no Docker), ESM for Node 22
 * with the AWS SDK inside (versions pinned by the lockfile, not by the
 * runtime), split into chunks: `index.mjs` holds what every invocation needs,
 * and each module imported with `import()` (the SES, Lambda, SQS and S3
 * clients, exceljs, nodemailer, the other languages' catalogs…) is a chunk
 * of its own that Node reads and compiles only on the path that imports it.
 * aws-lambda-nodejs cannot do this (it writes one `--outfile`), so the stack
 * runs esbuild itself through a local asset bundling; the benchmark builds
 * with these very options, so it measures what is deployed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { AssetHashType, DockerImage, type ILocalBundling } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';
import { fromRoot, REPO_ROOT } from '../paths.ts';

/**
 * The SDK still calls `require('node:https')` inside its ESM builds; in an
 * ESM bundle esbuild turns that into a throwing "Dynamic require" stub unless
 * a real `require` exists. esbuild puts the banner at the top of every chunk.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * The banner costs each chunk a `createRequire` at load, and a cold start of the web function
 * loads 40 to 60 chunks, while 7 of its 130 files mention `require` at all (one uses it: the SDK).
 * esbuild writes one banner for every chunk, so the chunks that never mention `require` lose it
 * after the build (`buildFunction`): a case page's cold start was 23 ms sooner, `/api/cases` 9 ms
 * (issue 14; docs/architecture.md). A chunk that mentions the word anywhere, in a string even,
 * keeps it: a chunk that needs `require` cannot lose it. The line stays, empty, so the source
 * maps still point at the right lines.
 */
export function withRequireOnlyWhereUsed(chunk: string): string {
  if (!chunk.startsWith(ESM_REQUIRE_BANNER)) throw new Error('an esbuild chunk without the require banner: esbuildOptions changed?');
  return /\brequire\b/.test(chunk.slice(ESM_REQUIRE_BANNER.length)) ? chunk : chunk.slice(ESM_REQUIRE_BANNER.length);
}

/** The file Lambda loads (handler `index.handler`); chunks sit beside it in `chunks/`. */
export const ENTRY_FILE = 'index.mjs';

/** esbuild's options for one function's entry, written into `outdir`: the stack and the benchmark share them. */
export function esbuildOptions(entry: string, outdir: string): BuildOptions & { outdir: string } {
  return {
    entryPoints: { index: entry },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    // Maps for looking a logged position (index.mjs:line:column) up offline; without the
    // sources inside, they stay small. The functions decide whether Node reads them at
    // start (NODE_OPTIONS=--enable-source-maps, infra/constructs/tandem-function.ts).
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    // zod without its 40 language packs, which nothing reads (zod-without-locales.mjs says why).
    alias: { zod: fromRoot('infra/constructs/zod-without-locales.mjs') },
    // tsconfig for the `.ts` import extensions; the JSX settings are also
    // spelled out so that a tsconfig change cannot silently break the .tsx pages.
    tsconfig: fromRoot('tsconfig.json'),
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    logLevel: 'error',
  };
}

/**
 * Bundles one function's entry into `outdir` as the stack deploys it: esbuild with `esbuildOptions`,
 * then the require banner only where it is used. The metafile's sizes are those of the files written.
 */
export function buildFunction(entry: string, outdir: string): Metafile {
  const { outputFiles, metafile } = buildSync({ ...esbuildOptions(entry, outdir), write: false, metafile: true });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    if (!file.path.endsWith('.mjs')) {
      writeFileSync(file.path, file.contents);
      continue;
    }
    const code = withRequireOnlyWhereUsed(file.text);
    writeFileSync(file.path, code);
    metafile.outputs[relative(process.cwd(), file.path).split('\\').join('/')]!.bytes = Buffer.byteLength(code);
  }
  return metafile;
}

/**
 * A function's code: its entry bundled by esbuild on this machine at synthesis. The asset is
 * named by the hash of what esbuild wrote, so an unchanged bundle is not uploaded again.
 * The Docker image is only what CDK requires to be named: `tryBundle` always bundles locally.
 */
export function bundledCode(entry: string, packageFiles: readonly string[] = []): Code {
  return Code.fromAsset(REPO_ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
      local: new LocalEsbuild(entry, packageFiles),
    },
  });
}

/**
 * Files a function reads at run time from a package rather than importing it (Redoc's browser
 * bundle, which the web function serves: web/api-docs/redoc-bundle.ts), copied into the asset's
 * `node_modules/<package>/` so that Node's resolution from any chunk finds them, as it does
 * locally. Each is named `<package>/<path>` (e.g. `redoc/package.json`).
 */
export function copyPackageFiles(files: readonly string[], outputDir: string): void {
  const resolve = createRequire(join(REPO_ROOT, 'package.json')).resolve;
  for (const file of files) {
    const target = join(outputDir, 'node_modules', file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(resolve(file), target);
  }
}

/**
 * Bundles on this machine. `entry` and `packageFiles` are fields, not only in the closure: CDK tells assets
 * apart by their bundling options as JSON, where a function would be invisible.
 */
class LocalEsbuild implements ILocalBundling {
  constructor(readonly entry: string, readonly packageFiles: readonly string[]) {}

  tryBundle(outputDir: string): boolean {
    buildFunction(join(REPO_ROOT, this.entry), outputDir);
    copyPackageFiles(this.packageFiles, outputDir);
    return true;
  }
}
