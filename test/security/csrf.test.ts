/**
 * State changes need a same-origin request (QUALITY 20), as a property over
 * every state-changing route the app registers: with the victim's session
 * cookie and a body the route accepts, a request with no Origin and no
 * Sec-Fetch-Site, one whose Host and Origin are both forged, and a
 * cross-site or same-site one all get 403, and nothing is stored, mailed or
 * started. The control: the same request with only `Sec-Fetch-Site:
 * same-origin` gets what the authorization matrix expects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX, expectedStatus, type Role, type Row } from './authorization-table.ts';
import { matrixRequest, setUpMatrix, type MatrixFixture } from './matrix-fixture.ts';

/** RFC 8058 one-click unsubscribe (the digest's and the urgent alerts'): mail providers POST it with no Origin; its signed token is its only authority. */
const EXEMPT = new Set(['POST /unsubscribe/:token', 'POST /alerts/unsubscribe/:token']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'ALL']);

type Headers = Record<string, string>;
const without = (headers: Headers, ...names: string[]): Headers =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));

/**
 * Each forgery: the URL host the request arrives for, how its headers are
 * changed, and whether its body goes as bytes (a string body would get
 * `Content-Type: text/plain` from fetch itself).
 */
const FORGERIES: Array<{ name: string; host?: string; bytes?: true; headers: (h: Headers) => Headers }> = [
  { name: 'no Origin, no Sec-Fetch-Site, no Content-Type', bytes: true, headers: (h) => without(h, 'origin', 'sec-fetch-site', 'content-type') },
  { name: 'no Origin, no Sec-Fetch-Site', headers: (h) => without(h, 'origin', 'sec-fetch-site') },
  { name: 'forged Host and Origin', host: 'evil.example', headers: (h) => ({ ...without(h, 'origin'), host: 'evil.example', origin: 'http://evil.example' }) },
  { name: 'cross-site', headers: (h) => ({ ...without(h, 'origin'), origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }) },
  { name: 'same-site sibling', headers: (h) => ({ ...without(h, 'origin'), origin: 'http://evil.localhost', 'sec-fetch-site': 'same-site' }) },
  { name: 'Origin: null', headers: (h) => ({ ...without(h, 'origin'), origin: 'null' }) },
  { name: 'our Origin but a cross-site fetch', headers: (h) => ({ ...h, 'sec-fetch-site': 'cross-site' }) },
];

/** The caller for whom the row's request succeeds (so a refusal can only be the CSRF check's). */
const PREFERENCE: Role[] = ['coordinator', 'mp', 'another mp', 'diplomat', 'anonymous'];
const succeedingRole = (row: Row): Role | undefined => PREFERENCE.find((role) => expectedStatus(row, role) < 400);

let f: MatrixFixture;
let stateChanging: Row[];

beforeAll(async () => {
  f = await setUpMatrix();
  const registered = new Set(f.h.app.routes.filter((r) => !SAFE_METHODS.has(r.method)).map((r) => `${r.method} ${r.path}`));
  // In the matrix's order: the sign-out rows come last, after every other row has used the sessions.
  stateChanging = MATRIX.filter((row) => registered.has(`${row.method} ${row.route}`) && !EXEMPT.has(`${row.method} ${row.route}`));
  const mapped = new Set(stateChanging.map((row) => `${row.method} ${row.route}`));
  expect([...registered].filter((r) => !mapped.has(r) && !EXEMPT.has(r)), 'state-changing routes without a matrix row').toEqual([]);
});

describe('CSRF: state changes need a same-origin request', () => {
  it('refuses every forged request to every state-changing route, and runs no handler', { timeout: 180_000 }, async () => {
    expect(stateChanging.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let refused = 0;
    for (const row of stateChanging) {
      const role = succeedingRole(row);
      if (!role) {
        failures.push(`${row.method} ${row.route}: no caller succeeds, so a refusal would prove nothing`);
        continue;
      }
      const { path, init } = await matrixRequest(f, row, role);
      const before = { items: await f.h.count(), mails: (await f.h.outbox.list()).length, runs: f.digestRuns.length };
      for (const forgery of FORGERIES) {
        const url = `http://${forgery.host ?? 'localhost'}${path}`;
        const body = forgery.bytes && typeof init.body === 'string' ? new TextEncoder().encode(init.body) : init.body;
        const res = await f.h.app.fetch(new Request(url, { ...init, body, headers: forgery.headers(init.headers) }));
        if (res.status === 403) refused++;
        else failures.push(`${row.method} ${row.route} as ${role}, ${forgery.name}: ${res.status}`);
      }
      const after = { items: await f.h.count(), mails: (await f.h.outbox.list()).length, runs: f.digestRuns.length };
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        failures.push(`${row.method} ${row.route}: a handler ran (${JSON.stringify(before)} → ${JSON.stringify(after)})`);
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBe(stateChanging.length * FORGERIES.length);
  });

  it('accepts the same requests marked Sec-Fetch-Site: same-origin, without Origin', { timeout: 120_000 }, async () => {
    const mismatches: string[] = [];
    for (const row of stateChanging) {
      const role = succeedingRole(row)!;
      const { path, init } = await matrixRequest(f, row, role);
      const headers = { ...without(init.headers, 'origin'), 'sec-fetch-site': 'same-origin' };
      const res = await f.h.app.fetch(new Request(`http://localhost${path}`, { ...init, headers }));
      if (res.status !== expectedStatus(row, role)) mismatches.push(`${row.method} ${row.route} as ${role}: expected ${expectedStatus(row, role)}, got ${res.status}`);
    }
    expect(mismatches).toEqual([]);
  });
});
