/**
 * The Lambda DigestTrigger against a local recorder speaking the Lambda
 * Invoke API: the SDK's request must be an asynchronous invocation
 * (`X-Amz-Invocation-Type: Event`) of the configured function carrying the
 * run request as its payload.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { lambdaDigestTrigger } from './lambda-trigger.ts';

interface Recorded {
  method: string;
  path: string;
  invocationType: string | undefined;
  body: string;
}

let server: Server;
let endpoint: string;
let recorded: Recorded[] = [];
let status = 202;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorded.push({ method: req.method ?? '', path: req.url ?? '', invocationType: req.headers['x-amz-invocation-type'] as string | undefined, body: Buffer.concat(chunks).toString('utf8') });
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

describe('Lambda digest trigger', () => {
  it('invokes the digest function asynchronously with the run request as payload', async () => {
    const trigger = lambdaDigestTrigger({ functionName: 'tandem-digest', region: 'eu-west-1', endpoint });

    await trigger.start({ week: '2026-W48', trigger: 'coordinator', requestedBy: '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f' });

    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ method: 'POST', path: '/2015-03-31/functions/tandem-digest/invocations', invocationType: 'Event' });
    expect(JSON.parse(recorded[0]!.body)).toEqual({ week: '2026-W48', trigger: 'coordinator', requestedBy: '6f1c0a3e-8f7e-4d0c-9d7e-2a9c1b3d4e5f' });
  });

  it('reports a failed invocation as ServiceUnavailableError, without the service wording', async () => {
    status = 400;
    const trigger = lambdaDigestTrigger({ functionName: 'tandem-digest', region: 'eu-west-1', endpoint });

    const error = await trigger.start({ week: '2026-W48', trigger: 'coordinator' }).then(() => undefined, (e: Error) => e);

    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error?.message).not.toContain('injected');
  });
});
