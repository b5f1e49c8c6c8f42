/**
 * Every route × every caller (QUALITY 7): 0 unmapped routes, 0 mismatches.
 * Runs against DynamoDB Local with real sessions, including one signed out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromAddress } from '../support/harness.ts';
import { MATRIX, ROLES, expectedStatus } from './authorization-table.ts';
import { matrixRequest, setUpMatrix, type MatrixFixture } from './matrix-fixture.ts';
import { SIGN_IN_LIMITS } from '#shared/auth/sign-in.ts';
import { JOIN_LIMITS } from '#shared/members/join.ts';

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
        // Each caller is a client of its own (its own source address), as in life.
        const res = await f.h.app.request(path, init, fromAddress(`192.0.2.${ROLES.indexOf(role) + 1}`));
        cells++;
        const expected = expectedStatus(row, role);
        if (res.status !== expected) {
          mismatches.push(`${row.method} ${row.route} as ${role}: expected ${expected}, got ${res.status} ${(await res.text()).slice(0, 120)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toBe(MATRIX.length * ROLES.length);
  });
});

/**
 * No lock-out (QUALITY 18), as a property over every route the matrix maps
 * that a signed-out visitor may call: one client (127.0.0.2) sends the very
 * request another client (127.0.0.3) is about to send, more times than any
 * per-client limit allows; the other client is still not refused with 429.
 */
describe('no lock-out', () => {
  const FLOODER = '127.0.0.2';
  const VICTIM = '127.0.0.3';
  const FLOOD = Math.max(SIGN_IN_LIMITS.perClient, JOIN_LIMITS.perClient) + 5;

  const send = (path: string, init: RequestInit, from: string) => f.h.app.request(path, init, fromAddress(from));

  it(`a flood of ${FLOOD} identical requests from one client refuses another client on 0 routes`, { timeout: 300_000 }, async () => {
    const open = MATRIX.filter((row) => row.expect.anonymous < 400);
    const lockedOut: string[] = [];
    let flooderLimited = 0;
    for (const row of open) {
      const { path, init } = await matrixRequest(f, row, 'anonymous');
      let limited = false;
      for (let i = 0; i < FLOOD; i++) limited = (await send(path, init, FLOODER)).status === 429 || limited;
      if (limited) flooderLimited++;
      const res = await send(path, init, VICTIM);
      if (res.status === 429) lockedOut.push(`${row.method} ${row.route}`);
    }
    console.log(`no lock-out: ${open.length} open routes flooded, the flooder limited on ${flooderLimited}, another client refused on ${lockedOut.length}`);
    expect(lockedOut).toEqual([]);
    // The limits exist: the flooder itself is refused on the public write forms.
    expect(flooderLimited).toBeGreaterThan(0);
  });
});
