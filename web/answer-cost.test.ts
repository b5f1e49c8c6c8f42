/**
 * What the app's own middleware costs each answer (issue 14, throughput): the
 * Response a route makes is the one sent, headers added in place rather than
 * by rebuilding it (a rebuilt Response turns its string body into a stream the
 * server then has to read back), and a request without a body never has its
 * body looked at (on the local server that alone builds a full fetch Request).
 */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '#shared/ports/logger.ts';
import { createApp } from './app.tsx';
import type { WebDeps } from './env.ts';

function probeApp(options: { compressAnswers?: boolean } = {}) {
  const made: Response[] = [];
  const deps: Pick<WebDeps, 'appUrl' | 'secret' | 'log' | 'localRoutes' | 'compressAnswers'> = {
    ...options,
    appUrl: 'https://tandem.example.org',
    secret: 'answer-cost',
    log: silentLogger,
    localRoutes: (local) =>
      local.get('/probe', (c) => {
        const answer = c.text('probe '.repeat(400));
        made.push(answer);
        return answer;
      }),
  };
  // No store: a request without a session cookie reads nothing.
  const app = createApp(deps as WebDeps);
  return { app, made };
}

/** A GET whose body getter counts its reads. */
function watchedGet(url: string, headers: Record<string, string> = {}) {
  const request = new Request(url, { headers });
  let bodyReads = 0;
  Object.defineProperty(request, 'body', {
    get: () => {
      bodyReads += 1;
      return null;
    },
  });
  return { request, bodyReads: () => bodyReads };
}

describe('each answer costs the app no rebuilt Response and no body read it does not need', () => {
  it('sends the very Response the route made, with the headers every answer carries', async () => {
    const { app, made } = probeApp();
    const answer = await app.request('https://tandem.example.org/probe?lang=fr');
    expect(answer.status).toBe(200);
    expect(made).toHaveLength(1);
    expect(answer).toBe(made[0]);
    expect(answer.headers.get('content-language')).toBe('fr');
    expect(answer.headers.get('vary')).toContain('Accept-Language');
    expect(answer.headers.get('vary')).toContain('Cookie');
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await answer.text()).toBe('probe '.repeat(400));
  });

  it('on the local server, which compresses, sends an answer it does not compress as made, varying on Accept-Encoding', async () => {
    const { app, made } = probeApp({ compressAnswers: true });
    const plain = await app.request('https://tandem.example.org/probe');
    expect(plain).toBe(made[0]);
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    const gzipped = await app.request('https://tandem.example.org/probe', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')?.match(/Accept-Encoding/g)).toHaveLength(1);
  });

  it('never reads the body of a GET', async () => {
    const { app } = probeApp();
    const { request, bodyReads } = watchedGet('https://tandem.example.org/probe');
    expect((await app.request(request)).status).toBe(200);
    expect(bodyReads()).toBe(0);
  });

  it('still refuses a POST body over the general limit, naming the limit', async () => {
    const { app } = probeApp();
    const answer = await app.request('https://tandem.example.org/probe', {
      method: 'POST',
      headers: { origin: 'https://tandem.example.org', 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
      body: 'x'.repeat(1024 * 1024),
    });
    expect(answer.status).toBe(413);
  });
});
