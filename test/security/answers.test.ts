/**
 * What every answer carries, as properties over every route × every caller
 * of the authorization table (README, "Safety rules"): an answer
 * to a request with a session cookie is `Cache-Control: private, no-store`
 * and every answer says `Vary: Cookie`, so no cache keeps or shares a
 * member's page; every HTML answer starts with `<!DOCTYPE html>` (no page in
 * quirks mode); the calendar feed and the unsubscribe pages keep their own
 * `Referrer-Policy: no-referrer` (their URL is their secret).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MATRIX, ROLES, type Role } from './authorization-table.ts';
import { matrixRequest, setUpMatrix, type MatrixFixture } from './matrix-fixture.ts';

interface Answer {
  what: string;
  role: Role;
  route: string;
  status: number;
  headers: Headers;
  start: string;
}

let f: MatrixFixture;
const answers: Answer[] = [];

beforeAll(async () => {
  f = await setUpMatrix();
  // In the matrix's order (the sign-out rows last), each row as each caller, plus a page that does not exist.
  const rows = [...MATRIX.slice(0, -2), { method: 'GET' as const, route: '/no-such-page', expect: MATRIX[0]!.expect }, ...MATRIX.slice(-2)];
  for (const row of rows) {
    for (const role of ROLES) {
      const { path, init } = await matrixRequest(f, row, role);
      const res = await f.h.app.request(path, init);
      const start = (await res.text()).slice(0, 40);
      answers.push({ what: `${row.method} ${row.route} as ${role} (${res.status})`, role, route: row.route, status: res.status, headers: res.headers, start });
    }
  }
}, 180_000);

describe('every answer', () => {
  it('to a request with a session cookie is private, no-store', () => {
    const withCookie = answers.filter((a) => f.cookies[a.role] !== undefined);
    const cacheable = withCookie.filter((a) => a.headers.get('cache-control') !== 'private, no-store');
    expect(cacheable.map((a) => `${a.what}: ${a.headers.get('cache-control')}`)).toEqual([]);
    expect(withCookie.filter((a) => a.what.startsWith('GET ')).length).toBeGreaterThan(200);
  });

  it('varies on the cookie', () => {
    const missing = answers.filter((a) => !/(^|,\s*)cookie(\s*,|$)/i.test(a.headers.get('vary') ?? ''));
    expect(missing.map((a) => `${a.what}: Vary ${a.headers.get('vary')}`)).toEqual([]);
  });

  it('in HTML starts with <!DOCTYPE html>', () => {
    const pages = answers.filter((a) => a.headers.get('content-type')?.startsWith('text/html'));
    expect(pages.length).toBeGreaterThan(200);
    // The doctype is case-insensitive: the email's `<!doctype html>` is standards mode too.
    expect(pages.filter((a) => !/^<!DOCTYPE html>/i.test(a.start)).map((a) => `${a.what}: ${a.start}`)).toEqual([]);
  });

  it('from the calendar feed and the unsubscribe pages keeps Referrer-Policy: no-referrer (a secret in the URL); other pages keep same-origin', () => {
    const secretUrls = answers.filter((a) => a.route === '/calendar/:file' || a.route === '/unsubscribe/:token');
    expect(secretUrls).toHaveLength(3 * ROLES.length);
    expect(secretUrls.filter((a) => a.headers.get('referrer-policy') !== 'no-referrer').map((a) => a.what)).toEqual([]);
    const casePage = answers.find((a) => a.route === '/cases/:id' && a.role === 'mp');
    expect(casePage?.headers.get('referrer-policy')).toBe('same-origin');
  });
});
