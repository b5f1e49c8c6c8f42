/** The server-rendered pages: forms, CSRF, escaping, the local outbox (DynamoDB Local). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { APP_URL, makeHarness, type Harness, bodyOf } from '../support/harness.ts';

let h: Harness;
let coordinator: Member;
let cookie: string;

beforeEach(async () => {
  h = await makeHarness({ localRoutes: true });
  coordinator = await h.addMember('coordinator');
  cookie = await h.signIn(coordinator);
});

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return body;
};

const validForm = {
  defenderName: 'Form Defender', country: 'KE', themes: ['journalism', 'labour'], riskStatus: 'detained',
  visibility: 'network', consentBasis: 'explicit_consent', state: 'active', summary: 'Created through the form.', recommendedActions: 'Prison visit\n\nTrial observation',
};

const post = (path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) =>
  h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP_URL, cookie, ...headers },
    body: form(fields),
  });

describe('the case editor', () => {
  it('creates a case from the form and redirects to its page', async () => {
    const res = await post('/cases/new', validForm);
    expect(res.status).toBe(303);
    const page = await h.app.request(res.headers.get('location')!, { headers: { cookie } });
    const html = await page.text();
    expect(html).toContain('Form Defender');
    expect(html).toContain('Prison visit');
    expect(html).toContain('Trial observation');
  });

  it('shows validation messages next to the fields and keeps what was typed', async () => {
    const before = await h.count();
    const res = await post('/cases/new', { ...validForm, country: '', themes: [], defenderName: 'Kept name' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/id="country-error"/);
    expect(html).toMatch(/id="themes-error"[^>]*>Choose at least one theme/);
    expect(html).toContain('value="Kept name"');
    expect(await h.count()).toBe(before);
  });

  it('edits with the version the form was loaded at; a stale form gets 412 and the saved version', async () => {
    const created = await h.createCase(cookie);
    const edit = await h.app.request(`/cases/${created.id}/edit`, { headers: { cookie } });
    expect(await edit.text()).toContain('name="version" value="1"');
    const first = await post(`/cases/${created.id}/edit`, { ...validForm, version: '1', summary: 'First save.' });
    expect(first.status).toBe(303);
    const stale = await post(`/cases/${created.id}/edit`, { ...validForm, version: '1', summary: 'Second save.' });
    expect(stale.status).toBe(412);
    const html = await stale.text();
    expect(html).toContain('Someone else saved this case');
    expect(html).toContain('First save.');
    expect((await h.store.getCase(created.id))?.summary).toBe('First save.');
  });

  it('sends an MP who opens the editor a 403 page, and a signed-out visitor to sign in', async () => {
    const asMp = await h.signIn(await h.addMember('mp'));
    expect((await h.app.request('/cases/new', { headers: { cookie: asMp } })).status).toBe(403);
    const anonymous = await h.app.request('/cases/new');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/sign-in');
  });
});

describe('CSRF: state-changing requests from another site are refused before any handler runs', () => {
  const attempts: Array<[string, Record<string, string>]> = [
    ['a cross-site Origin', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { origin: APP_URL, 'sec-fetch-site': 'cross-site' }],
    ['no Origin on a form post', { origin: '' }],
  ];
  for (const [what, headers] of attempts) {
    it(`${what} → 403, nothing created`, async () => {
      const before = await h.count();
      // A bare request, as a forger builds it (app.request would add our Origin).
      const res = await h.app.fetch(new Request(`${APP_URL}/cases/new`, {
        method: 'POST',
        headers: Object.fromEntries(Object.entries({ 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers }).filter(([, v]) => v !== '')),
        body: form(validForm),
      }));
      expect(res.status).toBe(403);
      expect(await h.count()).toBe(before);
    });
  }

  it('a cross-site JSON API write → 403, nothing created', async () => {
    const before = await h.count();
    const res = await h.json('POST', '/api/cases', { cookie, body: { defenderName: 'x' }, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(await h.count()).toBe(before);
  });

  it('a cross-site sign-out is refused too (the session survives)', async () => {
    const res = await h.app.request('/sign-out', { method: 'POST', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect((await h.json('GET', '/api/me', { cookie })).status).toBe(200);
  });
});

describe('escaping', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert('x')>",
    '<a href="javascript:alert(1)">x</a>',
  ];
  it('renders hostile text in every case field escaped on the list, the case page and the editor', async () => {
    for (const payload of payloads) {
      const created = await h.createCase(cookie, {
        defenderName: payload, organisation: payload, summary: payload, recommendedActions: [payload], visibility: 'public',
      });
      for (const path of ['/cases', `/cases/${created.id}`, `/cases/${created.id}/edit`, '/']) {
        const html = await (await h.app.request(path, { headers: { cookie } })).text();
        expect(html, `${path} with ${payload}`).not.toContain(payload);
      }
    }
  });
});

describe('sign-in pages', () => {
  it('the form answers the same page for known and unknown addresses', async () => {
    const known = await h.app.request('/sign-in', { method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: form({ email: coordinator.email }) });
    const unknown = await h.app.request('/sign-in', { method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: form({ email: 'nobody@example.org' }) });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await unknown.text()).toEqual(await known.text());
  });

  it('the signed-in home redirects each role to its home page', async () => {
    const res = await h.app.request('/', { headers: { cookie } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dashboard');
  });
});

describe('the local outbox', () => {
  it('lists emails newest first with to, subject, text, html, headers and sentAt', async () => {
    const mp = await h.addMember('mp');
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const res = await h.json('GET', '/api/dev/outbox');
    const { items } = await bodyOf(res);
    expect(items[0]).toMatchObject({ to: mp.email, subject: 'Your Tandem sign-in link' });
    expect(Object.keys(items[0]).sort()).toEqual(['headers', 'html', 'id', 'sentAt', 'subject', 'text', 'to']);
    expect(items[0].headers['content-type']).toContain('multipart/alternative');
    expect(Date.parse(items[0].sentAt)).toBeGreaterThanOrEqual(Date.parse(items[1].sentAt));
    const page = await (await h.app.request('/dev/outbox')).text();
    expect(page).toContain('/auth/verify?token=');
  });

  it('does not exist in an app built without local routes (the Lambda build)', async () => {
    const lambdaLike = await makeHarness();
    expect((await lambdaLike.app.request('/dev/outbox')).status).toBe(404);
    expect((await lambdaLike.app.request('/api/dev/outbox')).status).toBe(404);
  });
});
