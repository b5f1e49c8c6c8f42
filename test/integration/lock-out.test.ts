/**
 * No lock-out (QUALITY 18): what one client sends never makes the app refuse
 * another client's sign-in or join request. Limits key on the source address
 * the runtime saw (here passed as API Gateway's `sourceIp`), never on a
 * header; what is capped per email address is capped silently, per client.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '#shared/domain/member.ts';
import { SIGN_IN_LIMITS } from '#shared/auth/sign-in.ts';
import { APP_URL, makeHarness, type Harness } from '../support/harness.ts';

const FLOODER = '127.0.0.2';
const MEMBER = '127.0.0.3';
/** More than any per-client limit of the app. */
const FLOOD = 30;

let h: Harness;
let mp: Member;

beforeEach(async () => {
  h = await makeHarness();
  mp = await h.addMember('mp');
});

const signInFrom = (from: string, email: string, headers: Record<string, string> = {}) =>
  h.json('POST', '/api/auth/sign-in', { body: { email }, from, headers });
const mailsTo = async (email: string) => (await h.outbox.list()).filter((m) => m.to === email);
const joinFrom = (from: string, email: string, headers: Record<string, string> = {}) =>
  h.json('POST', '/api/join-requests', { body: { name: 'Ana', email, role: 'mp', institution: 'Congreso', country: 'ES' }, from, headers });

describe('sign-in under a flood', () => {
  it(`a flood of ${FLOOD} requests for a member's address from one client never refuses the member asking from another, who gets a working link`, async () => {
    for (let i = 0; i < FLOOD; i++) await signInFrom(FLOODER, mp.email);
    const floodMails = (await mailsTo(mp.email)).length;

    const asked = await signInFrom(MEMBER, mp.email);
    expect(asked.status).toBe(202);
    const mails = await mailsTo(mp.email);
    expect(mails.length).toBe(floodMails + 1);
    const token = mails.at(-1)!.text.match(/token=(\S+)/)![1]!;
    const signedIn = await h.app.request('/auth/verify', {
      method: 'POST',
      headers: { origin: APP_URL, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    });
    expect(signedIn.status).toBe(303);
    // The flood itself reaches the mailbox only a few times.
    expect(floodMails).toBe(SIGN_IN_LIMITS.emailsPerAddressPerClient);
  });

  it('limits one client asking for many addresses, and only that client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < FLOOD; i++) statuses.push((await signInFrom(FLOODER, `stranger-${i}@example.org`)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 202).length).toBeLessThan(FLOOD);
    expect((await signInFrom(MEMBER, mp.email)).status).toBe(202);
  });

  it('ignores X-Forwarded-For: a new value on each request is still the same client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < FLOOD; i++) statuses.push((await signInFrom(FLOODER, `stranger-${i}@example.org`, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it("a flooder claiming the member's address in X-Forwarded-For does not lock the member out", async () => {
    for (let i = 0; i < FLOOD; i++) await signInFrom(FLOODER, `stranger-${i}@example.org`, { 'x-forwarded-for': MEMBER });
    expect((await signInFrom(MEMBER, mp.email)).status).toBe(202);
  });
});

describe('join requests under a flood', () => {
  it('a new X-Forwarded-For value on each request does not get round the per-client limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < FLOOD; i++) statuses.push((await joinFrom(FLOODER, `ana${i}@example.org`, { 'x-forwarded-for': `198.51.100.${i}` })).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('a flood for an address from one client never refuses, nor silently drops, the request of its owner from another', async () => {
    for (let i = 0; i < FLOOD; i++) await joinFrom(FLOODER, 'ana.mp@example.org');
    const coordinator = await h.signIn(await h.addMember('coordinator'));
    const stored = async () => (await (await h.json('GET', '/api/join-requests?limit=100', { cookie: coordinator })).json() as { items: unknown[] }).items.length;
    const before = await stored();
    expect((await joinFrom(MEMBER, 'ana.mp@example.org')).status).toBe(202);
    expect(await stored()).toBe(before + 1);
  });

  it('one client flooding does not limit another client', async () => {
    for (let i = 0; i < FLOOD; i++) await joinFrom(FLOODER, `ana${i}@example.org`);
    expect((await joinFrom(MEMBER, 'someone.else@example.org')).status).toBe(202);
  });
});
