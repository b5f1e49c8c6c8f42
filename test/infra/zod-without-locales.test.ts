/**
 * The bundles' `zod` (esbuild alias to zod-without-locales.mjs) must be zod's own entry minus the
 * language packs: the same names on `z` and on `z.core`, the same objects behind them, English
 * messages by default. A zod upgrade that adds, renames or moves an export fails here, not in production.
 */
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
// @ts-expect-error: a plain ESM file for esbuild's alias, without types of its own.
import * as lean from '../../infra/constructs/zod-without-locales.mjs';

const names = (namespace: object, without: string[]) => Object.keys(namespace).filter((name) => !without.includes(name)).sort();

describe("the bundles' zod without locales", () => {
  it('exports every name of zod but locales, bound to the same objects', () => {
    expect(names(lean, [])).toEqual(names(zod, ['locales']));
    expect(names(lean.z, [])).toEqual(names(zod.z, ['locales']));
    for (const name of names(lean.z, ['core'])) expect(lean.z[name], name).toBe((zod.z as Record<string, unknown>)[name]);
    expect(lean.default).toBe(lean.z);
  });

  it('exports every name of z.core but locales, bound to the same objects', () => {
    expect(names(lean.z.core, [])).toEqual(names(zod.z.core, ['locales']));
    for (const name of names(lean.z.core, [])) expect(lean.z.core[name], name).toBe((zod.z.core as Record<string, unknown>)[name]);
    expect('locales' in lean.z).toBe(false);
  });

  it('validates with English messages, as zod does by default', () => {
    const result = lean.z.object({ limit: lean.z.number().max(5) }).safeParse({ limit: 9 });
    expect(result.success).toBe(false);
    expect(result.error.issues[0].message).toBe(zod.z.object({ limit: zod.z.number().max(5) }).safeParse({ limit: 9 }).error!.issues[0]!.message);
  });
});
