/**
 * The OpenAPI document the app serves, held to maintained rulesets: Redocly's `recommended`
 * (0 errors, at most 5 warnings) and Spectral's `oas` (0 errors); and to what the project
 * itself promises: an operationId and declared tags on every operation, a body schema on every
 * success answer that has a body, and a security requirement that says what the authorization
 * matrix (test/security/authorization-table.ts) enforces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import spectralCore, { type RulesetDefinition } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import { makeHarness, bodyOf } from '../support/harness.ts';
import { MATRIX } from '../security/authorization-table.ts';

type Operation = {
  operationId?: string; tags?: string[]; security?: Array<Record<string, string[]>>;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
interface Served {
  tags: Array<{ name: string }>;
  security: Array<Record<string, string[]>>;
  paths: Record<string, Record<string, Operation>>;
}

let served: Served;
const operations = () =>
  Object.entries(served.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, op })));
const tally = (severities: string[]) => severities.reduce<Record<string, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {});

beforeAll(async () => {
  const h = await makeHarness();
  served = await bodyOf(await h.app.request('/api/openapi.json'));
});

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules: 0 errors, at most 5 warnings", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(served), absoluteRef: 'openapi.json', config });
    const counts = tally(problems.map((p) => p.severity));
    console.log(`Redocly recommended: ${counts.error ?? 0} errors, ${counts.warn ?? 0} warnings`, problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}`));
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
    expect(counts.warn ?? 0).toBeLessThanOrEqual(5);
  });

  it("passes Spectral's oas ruleset with 0 errors", async () => {
    const spectral = new spectralCore.Spectral();
    // The ruleset module is typed looser than the setter accepts; it is Spectral's own `spectral:oas`.
    spectral.setRuleset(oas as unknown as RulesetDefinition);
    const results = await spectral.run(JSON.stringify(served));
    // Spectral's severities: 0 error, 1 warning, 2 information, 3 hint.
    const counts = tally(results.map((r) => ['error', 'warning', 'information', 'hint'][r.severity] ?? String(r.severity)));
    console.log(`Spectral oas: ${counts.error ?? 0} errors, ${counts.warning ?? 0} warnings (${[...new Set(results.map((r) => r.code))].join(', ')})`);
    expect(results.filter((r) => r.severity === 0).map((r) => `${r.code}: ${r.message} at ${r.path.join('.')}`)).toEqual([]);
  });

  it('names every operation once, with tags the document declares', () => {
    const declared = new Set(served.tags.map((t) => t.name));
    const ids = operations().map(({ op }) => op.operationId);
    expect(operations().filter(({ op }) => !op.operationId).map(({ where }) => where)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(operations().filter(({ op }) => !op.tags?.length || op.tags.some((t) => !declared.has(t))).map(({ where }) => where)).toEqual([]);
  });

  it('gives every success answer with a body its schema, and every operation a problem answer', () => {
    const bodiless = new Set(['204', '302', '303']);
    const missing = operations().flatMap(({ where, op }) =>
      Object.entries(op.responses)
        .filter(([status, r]) => status.startsWith('2') && !bodiless.has(status) && !Object.values(r.content ?? {}).some((c) => c.schema))
        .map(([status]) => `${where} ${status}`));
    expect(missing).toEqual([]);
    const noProblem = operations().filter(({ where, op }) => where !== 'GET /api/openapi.json' && !Object.keys(op.responses).some((s) => /^[45]/.test(s)));
    expect(noProblem.map(({ where }) => where)).toEqual([]);
  });

  it('says which operations need a session exactly as the authorization matrix enforces', () => {
    const anonymousAllowed = (op: Operation) => {
      const security = op.security ?? served.security;
      return security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0);
    };
    const rows = MATRIX.filter((row) => row.route.startsWith('/api/') && !row.route.startsWith('/api/dev/'));
    const disagreements = rows.flatMap((row) => {
      const op = served.paths[row.route.replace(/:(\w+)/g, '{$1}')]?.[row.method.toLowerCase()];
      if (!op) return [`${row.method} ${row.route}: not in the document`];
      const anonymous = row.expect.anonymous;
      // Anonymous callers succeed: the document must not ask for a session. They get 401: it must.
      if (anonymous < 400 && !anonymousAllowed(op)) return [`${row.method} ${row.route}: answers anonymous callers ${anonymous}, documented as needing a session`];
      if (anonymous === 401 && anonymousAllowed(op)) return [`${row.method} ${row.route}: refuses anonymous callers (401), documented as open`];
      return [];
    });
    expect(rows.length).toBeGreaterThan(50);
    expect(disagreements).toEqual([]);
  });
});
