/**
 * The require banner only in the chunks that mention `require` (issue 14): esbuild puts it at the top
 * of every chunk, and each costs a `createRequire` at load. What must hold: a chunk that needs
 * `require` keeps it, the others lose it, the source maps' lines do not move, and the sizes the
 * benchmark reports are those of the files written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { buildFunction, ENTRY_FILE, ESM_REQUIRE_BANNER, withRequireOnlyWhereUsed } from '../../infra/constructs/bundling.ts';

const WEB_ENTRY = fileURLToPath(new URL('../../functions/lambda/web.ts', import.meta.url));

describe('withRequireOnlyWhereUsed', () => {
  it('drops the banner from a chunk that never mentions require, keeping its line', () => {
    const chunk = `${ESM_REQUIRE_BANNER}\nexport const a=1;`;
    expect(withRequireOnlyWhereUsed(chunk)).toBe('\nexport const a=1;');
    expect(withRequireOnlyWhereUsed(chunk).split('\n')).toHaveLength(chunk.split('\n').length);
  });

  it("keeps it where require is used: esbuild's shim, a call, even a word in a string", () => {
    for (const body of ['var m=(a=>typeof require<"u"?require:a);', 'const h=require("node:https");', 'throw Error("will require node >=22")']) {
      const chunk = `${ESM_REQUIRE_BANNER}\n${body}`;
      expect(withRequireOnlyWhereUsed(chunk)).toBe(chunk);
    }
  });

  it('refuses a chunk without the banner (the options changed: the rule would no longer hold)', () => {
    expect(() => withRequireOnlyWhereUsed('export const a=1;')).toThrow(/without the require banner/);
  });
});

describe('the web function as buildFunction writes it', () => {
  let outdir: string;
  let metafile: Metafile;
  let chunks: { file: string; code: string }[];

  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), 'tandem-require-banner-'));
    metafile = buildFunction(WEB_ENTRY, outdir);
    const files = [join(outdir, ENTRY_FILE), ...readdirSync(join(outdir, 'chunks')).filter((f) => f.endsWith('.mjs')).map((f) => join(outdir, 'chunks', f))];
    chunks = files.map((file) => ({ file, code: readFileSync(file, 'utf8') }));
  }, 120_000);
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('keeps the banner in every chunk that mentions require, and only there', () => {
    const mentions = (code: string) => /\brequire\b/.test(code.startsWith(ESM_REQUIRE_BANNER) ? code.slice(ESM_REQUIRE_BANNER.length) : code);
    for (const { code } of chunks) expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(mentions(code));
    // Most chunks lose it; the SDK's chunk with esbuild's require shim keeps it.
    expect(chunks.filter(({ code }) => !code.startsWith(ESM_REQUIRE_BANNER)).length).toBeGreaterThan(chunks.length / 2);
    const shim = chunks.filter(({ code }) => code.includes('typeof require<"u"?require'));
    expect(shim.length).toBeGreaterThan(0);
    for (const { code } of shim) expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
  });

  it("reports each file's size as written", () => {
    for (const [output, { bytes }] of Object.entries(metafile.outputs)) expect(statSync(output).size, output).toBe(bytes);
    expect(Object.keys(metafile.outputs).some((o) => o === relative(process.cwd(), join(outdir, ENTRY_FILE)).split('\\').join('/'))).toBe(true);
  });

  // A request's full run is the benchmark's cold-start probe (`.ci/run`'s quick bench): these two hold without DynamoDB.
  it("starts in a fresh Node process: every chunk index.mjs imports evaluates", () => {
    expect(runModule(`const m = await import(${JSON.stringify(join(outdir, ENTRY_FILE))}); console.log(typeof m.handler);`)).toBe('function');
  });

  it("esbuild's require shim still requires (the SDK's node:https and the like)", () => {
    const shim = chunks.find(({ code }) => code.includes('typeof require<"u"?require'))!;
    // Its exports are minified names: the shim is the export that turns 'node:path' into that module.
    const found = runModule(
      `const m = await import(${JSON.stringify(shim.file)}); const path = await import('node:path');` +
        ` console.log(Object.values(m).some((f) => { try { return f('node:path') === path.default; } catch { return false; } }));`,
    );
    expect(found).toBe('true');
  });
});

function runModule(source: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', source], {
    env: { PATH: process.env.PATH ?? '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }, encoding: 'utf8',
  }).trim();
}
