/**
 * Every route × every caller (QUALITY 7): 0 unmapped routes, 0 mismatches.
 * Runs against DynamoDB Local with real sessions, including one signed out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX, ROLES } from './authorization-table.ts';
import { matrixRequest, setUpMatrix, type MatrixFixture } from './matrix-fixture.ts';

let f: MatrixFixture;

beforeAll(async () => {
  f = await setUpMatrix();
});

describe('the authorization matrix', () => {
  it('maps every route the app registers, and nothing else', () => {
    const registered = new Set(f.h.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`));
    const mapped = new Set(MATRIX.map((r) => `${r.method} ${r.route}`));
    expect([...registered].filter((r) => !mapped.has(r)), 'unmapped routes').toEqual([]);
    expect([...mapped].filter((r) => !registered.has(r)), 'rows for routes that do not exist').toEqual([]);
  });

  it(`gives every caller the expected status on every route (${MATRIX.length} routes × ${ROLES.length} callers)`, { timeout: 120_000 }, async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const row of MATRIX) {
      for (const role of ROLES) {
        const { path, init } = await matrixRequest(f, row, role);
        const res = await f.h.app.request(path, init);
        cells++;
        if (res.status !== row.expect[role]) {
          mismatches.push(`${row.method} ${row.route} as ${role}: expected ${row.expect[role]}, got ${res.status} ${(await res.text()).slice(0, 120)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(MATRIX.length * ROLES.length);
  });
});
