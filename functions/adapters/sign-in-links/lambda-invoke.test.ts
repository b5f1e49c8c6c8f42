/**
 * The Lambda sign-in link queue against a local recorder speaking the Lambda
 * Invoke API: each request is an asynchronous invocation (`Event`) of the
 * configured function carrying the address and the client, and a failed
 * invocation is a 503 that says nothing of the service.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { lambdaSignInLinks } from './lambda-invoke.ts';

let server: Server;
let endpoint: string;
let recorded: { path: string; invocationType: string | undefined; body: string }[] = [];
let status = 202;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.push({ path: req.url ?? '', invocationType: req.headers['x-amz-invocation-type'] as string | undefined, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': status >= 400 ? 'ServiceException' : '' });
      res.end(status >= 400 ? JSON.stringify({ message: 'injected' }) : '');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

beforeEach(() => {
  recorded = [];
  status = 202;
});

describe('Lambda sign-in link queue', () => {
  it('invokes the sign-in link function asynchronously with the address and the client', async () => {
    const queue = lambdaSignInLinks({ functionName: 'tandem-sign-in-links', region: 'eu-west-1', endpoint });
    await queue.enqueue({ email: 'mp@example.org', client: '203.0.113.9' });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ path: '/2015-03-31/functions/tandem-sign-in-links/invocations', invocationType: 'Event' });
    expect(JSON.parse(recorded[0]!.body)).toEqual({ email: 'mp@example.org', client: '203.0.113.9' });
  });

  it('reports a failed invocation as ServiceUnavailableError, without the service wording', async () => {
    status = 400;
    const queue = lambdaSignInLinks({ functionName: 'tandem-sign-in-links', region: 'eu-west-1', endpoint });
    const error = await queue.enqueue({ email: 'mp@example.org', client: '203.0.113.9' }).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error?.message).not.toContain('injected');
  });
});
