/**
 * No lock-out over real sockets: the local server (`npm start`) tells clients
 * apart by the socket's remote address. Two loopback addresses stand for two
 * machines: 127.0.0.2 floods, 127.0.0.3 is the member.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../support/local-server.ts';

const FLOODER = '127.0.0.2';
const MEMBER = '127.0.0.3';
/** More than any per-client limit of the app. */
const FLOOD = 30;
/** A member of the seeded demo network. */
const MEMBER_EMAIL = 'coordinator@example.org';

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer();
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

/** A JSON POST from the given local address, the way a client on that machine would connect. */
function postFrom(localAddress: string, path: string, body: unknown): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: 'POST', localAddress, headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': MEMBER } },
      (res) => {
        res.resume();
        res.once('end', () => done(res.statusCode ?? 0));
      },
    );
    req.once('error', fail);
    req.end(JSON.stringify(body));
  });
}

const mailsTo = async (email: string) => {
  const { items } = (await (await fetch(`${server.url}/api/dev/outbox`)).json()) as { items: { to: string }[] };
  return items.filter((m) => m.to === email).length;
};

describe('two clients on real sockets', () => {
  it(`a sign-in flood for a member's address from ${FLOODER} never refuses the member at ${MEMBER}, who gets a link`, async () => {
    const flood: number[] = [];
    for (let i = 0; i < FLOOD; i++) flood.push(await postFrom(FLOODER, '/api/auth/sign-in', { email: MEMBER_EMAIL }));
    expect(flood.at(-1)).toBe(429);
    const before = await mailsTo(MEMBER_EMAIL);
    expect(await postFrom(MEMBER, '/api/auth/sign-in', { email: MEMBER_EMAIL })).toBe(202);
    await expect.poll(() => mailsTo(MEMBER_EMAIL)).toBe(before + 1);
  }, 60_000);

  it(`a join flood from ${FLOODER} is limited there, and ${MEMBER} can still ask to join`, async () => {
    const join = (email: string) => ({ name: 'Ana', email, role: 'mp', institution: 'Congreso', country: 'ES' });
    const flood: number[] = [];
    for (let i = 0; i < FLOOD; i++) flood.push(await postFrom(FLOODER, '/api/join-requests', join(`flood-${i}@example.org`)));
    expect(flood.at(-1)).toBe(429);
    expect(await postFrom(MEMBER, '/api/join-requests', join('ana.mp@example.org'))).toBe(202);
  }, 60_000);
});
