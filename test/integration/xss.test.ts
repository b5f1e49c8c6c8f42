/**
 * Hostile text in every text field, rendered on every page that shows it:
 * the raw payload appears 0 times (JSX escapes; nothing is rendered raw).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DefenderCase } from '#shared/domain/case.ts';
import { APP_URL, bodyOf, makeHarness, type Harness } from '../support/harness.ts';
import { XSS_PAYLOADS } from '../support/xss-payloads.ts';

let h: Harness;
let cookie: string;
const created: DefenderCase[] = [];

beforeAll(async () => {
  h = await makeHarness({ localRoutes: true });
  cookie = await h.signIn(await h.addMember('coordinator'));
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const c = await h.createCase(cookie, {
      defenderName: payload, organisation: payload, summary: payload, recommendedActions: [payload], visibility: 'public',
      consentNote: payload,
    });
    created.push(c);
    const events = await h.json('POST', `/api/cases/${c.id}/events`, {
      cookie, body: { type: 'hearing', date: '2026-12-01', title: payload, description: payload, court: payload, hearingAt: '2026-12-01T10:00' },
    });
    expect(events.status).toBe(201);
    const sensitive = await h.json('PUT', `/api/cases/${c.id}/sensitive`, {
      cookie, body: { contactDetails: payload, exactLocation: payload, legalNotes: payload, riskAccount: payload }, headers: { 'if-match': '"0"' },
    });
    expect(sensitive.status).toBe(200);
    const join = await h.json('POST', '/api/join-requests', {
      body: { name: payload, email: `x${i}@example.org`, role: 'mp', institution: payload, country: 'FR', message: payload },
      from: `198.51.100.${i}`,
    });
    expect(join.status).toBe(202);
  }
});

describe('escaping', () => {
  it(`renders ${XSS_PAYLOADS.length} OWASP payloads in every text field escaped, on every page`, async () => {
    const pages = ['/', '/cases', '/join-requests', '/members', '/dev/outbox'];
    for (const c of created) pages.push(`/cases/${c.id}`, `/cases/${c.id}/edit`, `/cases/${c.id}/sensitive`, `/cases/${c.id}/audit`);
    let checked = 0;
    for (const path of pages) {
      for (const headers of [{ cookie }, {}] as Array<Record<string, string>>) {
        const res = await h.app.request(path, { headers });
        const html = await res.text();
        for (const payload of XSS_PAYLOADS) {
          expect(html.includes(payload), `${path} ${JSON.stringify(headers)} ${payload}`).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBe(pages.length * 2 * XSS_PAYLOADS.length);
  });

  it('keeps the payloads intact as data (escaped on output, not mangled on input)', async () => {
    const body = await bodyOf(await h.json('GET', `/api/cases/${created[0]!.id}`, { cookie }));
    expect(body.defenderName).toBe(XSS_PAYLOADS[0]);
    expect(body.timeline[0].title).toBe(XSS_PAYLOADS[0]);
  });

  it('pages send a restrictive Content-Security-Policy (no inline script)', async () => {
    const res = await h.app.request('/cases', { headers: { cookie } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a form post with a payload re-renders it escaped in the error page', async () => {
    const res = await h.app.request('/cases/new', {
      method: 'POST',
      headers: { cookie, origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ defenderName: XSS_PAYLOADS[2]!, country: 'XX' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain(XSS_PAYLOADS[2]!);
  });
});
