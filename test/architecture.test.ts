/**
 * The layering of docs/architecture.md, enforced by dependency-cruiser with the rules in
 * .dependency-cruiser.cjs: no cycle, a pure core, features used only through their index.ts,
 * adapters blind to the web edge, infra tied to the table definition only.
 */
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOTS = ['shared', 'web', 'functions', 'infra', 'test'];

function describeViolation(v: IViolation): string {
  const cycle = v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((step) => step.name)].join(' → ')})` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`;
}

let result: ICruiseResult;
let rules: Array<{ name: string; from: { path?: string | string[] } }>;

beforeAll(async () => {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  rules = (options.ruleSet?.forbidden ?? []) as typeof rules;
  const cruised = await cruise(ROOTS, options, undefined, { tsConfig: extractTSConfig('tsconfig.json') });
  result = cruised.output as ICruiseResult;
}, 120_000);

describe('layering (dependency-cruiser)', () => {
  it('has no violation and no cycle', () => {
    expect(result.summary.violations.map(describeViolation)).toEqual([]);
  });

  it('sees the whole code base, aliases resolved', () => {
    const sources = result.modules.map((m) => m.source);
    for (const root of ROOTS) expect(sources.some((s) => s.startsWith(`${root}/`))).toBe(true);
    const aliased = result.modules.flatMap((m) => m.dependencies).filter((d) => d.module.startsWith('#'));
    expect(aliased.length).toBeGreaterThan(100);
    expect(aliased.filter((d) => d.couldNotResolve)).toEqual([]);
  });

  // A rule whose `from` matches no module holds vacuously: a typo in a pattern would silence it.
  it('every rule applies to some module', () => {
    const sources = result.modules.map((m) => m.source);
    const unmatched = rules.filter(({ from }) => {
      const patterns = from.path === undefined ? [] : [from.path].flat();
      return patterns.length > 0 && !patterns.some((p) => sources.some((s) => new RegExp(p.replace(/\$\d/g, '[^/]+')).test(s)));
    });
    expect(unmatched.map((r) => r.name)).toEqual([]);
  });
});

/**
 * web/ reaches the store only through the use cases of shared/, where the access checks are: a route
 * that reads `deps.store` itself skips them.
 */

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => join(folder, name).split('\\').join('/'));
}

describe('the web edge', () => {
  it('calls no store method itself (deps.store)', () => {
    const calling = sourcesUnder('web').filter((file) => {
      const source = readFileSync(file, 'utf8');
      return /\bdeps\.store\b/.test(source) || /\{[^}]*\bstore\b[^}]*\}\s*=\s*deps\b/.test(source);
    });
    expect(calling).toEqual([]);
  });
});

/**
 * A core feature's parts.ts is what the case read applies of it (shared/case-safety/case-bundle.ts).
 * Through the feature's index.ts, every path that reads a case would load its use cases and build its
 * input schemas (issue 14). Checked on what runs: esbuild drops type-only imports, which
 * dependency-cruiser's reachability counts (the store's port names every feature's types).
 */
describe("a core feature's parts.ts", () => {
  const partsFiles = readdirSync('shared', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `shared/${entry.name}/parts.ts`)
    .filter((file) => existsSync(file));

  it('exists for the features the case read applies', () => {
    expect(partsFiles).toEqual(expect.arrayContaining(['shared/attachments/parts.ts', 'shared/missions/parts.ts', 'shared/pledges/parts.ts']));
  });

  it.each(partsFiles)('%s loads no feature index.ts at run time', async (file) => {
    const { metafile } = await build({
      entryPoints: [file], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', tsconfig: 'tsconfig.json', logLevel: 'silent',
    });
    const loaded = Object.keys(metafile.inputs);
    expect(loaded).toContain(file);
    // The features' folders as the layering names them (shared/errors/index.ts and the like are common code).
    const sharedCommon = rules.find((rule) => rule.name === 'shared-common-uses-no-feature') as unknown as { to: { path: string } };
    const featureFolder = new RegExp(sharedCommon.to.path);
    expect(loaded.filter((input) => featureFolder.test(input) && input.endsWith('/index.ts'))).toEqual([]);
  });

  it('are what the case read imports of pledges, missions and attachments', () => {
    const source = readFileSync('shared/case-safety/case-bundle.ts', 'utf8');
    expect(source).not.toMatch(/from '\.\.\/(pledges|missions|attachments)\/index\.ts'/);
  });
});
