/** Sign-in by emailed one-time link, sessions and the session cookie (DynamoDB Local). */
import { beforeEach, describe, expect, it } from 'vitest';
import { ScanCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { APP_URL, makeHarness, type Harness, bodyOf } from '../support/harness.ts';
import type { Member } from '#shared/domain/member.ts';
import { SIGN_IN_LIMITS } from '#shared/auth/sign-in.ts';

let h: Harness;
let mp: Member;

beforeEach(async () => {
  h = await makeHarness();
  mp = await h.addMember('mp');
});

const linkFor = async (email: string) => {
  const mail = (await h.outbox.list()).find((m) => m.to === email);
  return mail?.text.match(/\/auth\/verify\?token=(\S+)/);
};

describe('requesting a sign-in link', () => {
  it('answers 202 and emails a link to a known member', async () => {
    const res = await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    expect(res.status).toBe(202);
    expect(await linkFor(mp.email)).toBeTruthy();
  });

  it('answers the same 202 for an unknown address, and sends nothing', async () => {
    const known = await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const unknown = await h.json('POST', '/api/auth/sign-in', { body: { email: 'nobody@example.org' } });
    expect(unknown.status).toBe(202);
    expect(await bodyOf(unknown)).toEqual(await bodyOf(known));
    expect((await h.outbox.list()).map((m) => m.to)).toEqual([mp.email]);
  });

  it('matches the address case-insensitively', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email.toUpperCase() } });
    expect(await linkFor(mp.email)).toBeTruthy();
  });

  it('rejects a malformed address with the field at fault', async () => {
    const res = await h.json('POST', '/api/auth/sign-in', { body: { email: 'not-an-email' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await bodyOf(res)).errors).toEqual([expect.objectContaining({ path: 'email' })]);
  });

  it('stores the token only as a hash', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const token = (await linkFor(mp.email))![1]!;
    const raw = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: 'local', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
    const { Items = [] } = await raw.send(new ScanCommand({ TableName: h.table }));
    expect(JSON.stringify(Items)).not.toContain(token);
    expect(Items.some((i) => i.pk?.S?.startsWith('TOKEN#'))).toBe(true);
  });

  it(`sends one client at most ${SIGN_IN_LIMITS.emailsPerAddressPerClient} links to one address in 15 minutes, answering the rest the same, silently`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.emailsPerAddressPerClient; i++) statuses.push((await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email }, from: '203.0.113.9' })).status);
    expect(statuses).toEqual(Array(SIGN_IN_LIMITS.emailsPerAddressPerClient + 1).fill(202));
    expect((await h.outbox.list()).length).toBe(SIGN_IN_LIMITS.emailsPerAddressPerClient);
  });

  it(`sends at most ${SIGN_IN_LIMITS.emailsPerAddress} links to one address in 15 minutes from all clients together`, async () => {
    for (let i = 0; i <= SIGN_IN_LIMITS.emailsPerAddress; i++) {
      expect((await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email }, from: h.nextAddress() })).status).toBe(202);
    }
    expect((await h.outbox.list()).length).toBe(SIGN_IN_LIMITS.emailsPerAddress);
  });

  it(`limits one client to ${SIGN_IN_LIMITS.perClient} requests in 15 minutes, known addresses or not, then 429 with Retry-After`, async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= SIGN_IN_LIMITS.perClient; i++) {
      last = await h.json('POST', '/api/auth/sign-in', { body: { email: i % 2 ? mp.email : `stranger-${i}@example.org` }, from: '203.0.113.9' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(SIGN_IN_LIMITS.perClient).fill(202), 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

/** What the page's "Sign in" button sends: a same-origin form post of the token. */
const useLink = (token: string, headers: Record<string, string> = { origin: APP_URL }) =>
  h.app.request('/auth/verify', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ token }),
  });
const tokenFor = async (email: string) => (await linkFor(email))![1]!;

describe('following the link', () => {
  it('opening it (as a mail scanner does) shows a "Sign in" button and uses nothing up; the button signs in', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const token = await tokenFor(mp.email);
    for (let i = 0; i < 3; i++) {
      const opened = await h.app.request(`/auth/verify?token=${token}`);
      expect(opened.status).toBe(200);
      expect(opened.headers.get('set-cookie')).toBeNull();
      // The token leaves in no Referer to another site; Origin still goes with the button's POST.
      expect(opened.headers.get('referrer-policy')).toBe('same-origin');
      expect(opened.headers.get('cache-control')).toContain('no-store');
      const page = await opened.text();
      expect(page).toMatch(/<form method="post" action="\/auth\/verify"/);
      expect(page).toContain(`name="token" value="${token}"`);
      expect(page).toMatch(/<button type="submit">Sign in<\/button>/);
    }
    expect((await useLink(token)).status).toBe(303);
  });

  it('the button sets a __Host- session cookie that is Secure, HttpOnly and SameSite=Lax, and redirects home', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const res = await useLink(await tokenFor(mp.email));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/home');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-tandem_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('works once: a second use is refused and opens no session', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const token = await tokenFor(mp.email);
    expect((await useLink(token)).status).toBe(303);
    const again = await useLink(token);
    expect(again.status).toBe(400);
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('a cross-site post of the token is refused (403) and leaves the link usable', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const token = await tokenFor(mp.email);
    expect((await useLink(token, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await useLink(token, { origin: APP_URL, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await useLink(token)).status).toBe(303);
  });

  it('works for 15 minutes and not a second longer', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const token = await tokenFor(mp.email);
    h.clock.advance(15 * 60 * 1000);
    const expired = await useLink(token);
    expect(expired.status).toBe(400);
    expect(expired.headers.get('set-cookie')).toBeNull();
  });

  it('still works at 14 minutes 59 seconds', async () => {
    await h.json('POST', '/api/auth/sign-in', { body: { email: mp.email } });
    const token = await tokenFor(mp.email);
    h.clock.advance(15 * 60 * 1000 - 1000);
    expect((await useLink(token)).status).toBe(303);
  });

  it('refuses a made-up token, and none', async () => {
    expect((await useLink('forged-token-value')).status).toBe(400);
    const none = await h.app.request('/auth/verify', { method: 'POST', headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(none.status).toBe(400);
  });
});

describe('the session', () => {
  it('GET /api/me returns who is signed in', async () => {
    const cookie = await h.signIn(mp);
    const res = await h.json('GET', '/api/me', { cookie });
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toEqual({ id: mp.id, email: mp.email, name: mp.name, role: 'mp' });
  });

  it('GET /api/me without a session is 401 problem+json', async () => {
    const res = await h.json('GET', '/api/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('a forged cookie is treated as signed out', async () => {
    expect((await h.json('GET', '/api/me', { cookie: '__Host-tandem_session=forged' })).status).toBe(401);
  });

  it('expires after 12 hours', async () => {
    const cookie = await h.signIn(mp);
    h.clock.advance(12 * 3600 * 1000);
    expect((await h.json('GET', '/api/me', { cookie })).status).toBe(401);
  });

  it('sign-out ends the session on the server, not only in the browser', async () => {
    const cookie = await h.signIn(mp);
    const out = await h.json('POST', '/api/auth/sign-out', { cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/__Host-tandem_session=;.*Max-Age=0/);
    expect((await h.json('GET', '/api/me', { cookie })).status).toBe(401);
  });
});
