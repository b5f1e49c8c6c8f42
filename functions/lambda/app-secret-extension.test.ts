/**
 * The web function's secret through the Parameters and Secrets Lambda
 * Extension, against a local server speaking the extension's HTTP interface;
 * and the handler built on the first invocation, tried again after a failure.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAppSecretThroughExtension } from './app-secret-extension.ts';
import { builtOnFirstInvocation } from './first-invocation.ts';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:tandem-hmac';
let server: Server;
let port: string;
const asked: { url?: string; token?: string; host?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    asked.push({ url: req.url, token: req.headers['x-aws-parameters-secrets-token'] as string | undefined, host: req.headers.host });
    if (req.headers['x-aws-parameters-secrets-token'] !== 'session-token') return void res.writeHead(401).end();
    const secretId = new URL(req.url ?? '/', 'http://localhost').searchParams.get('secretId');
    if (secretId !== ARN) return void res.writeHead(400).end('unknown secret');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ARN, SecretString: 'the-hmac-key' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = String((server.address() as AddressInfo).port);
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('app secret through the secrets extension', () => {
  it('asks the extension on the loopback address, by IP (no name lookup), for the secret by its ARN, with the session token', async () => {
    const secret = await readAppSecretThroughExtension({ SECRET_ARN: ARN, PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, AWS_SESSION_TOKEN: 'session-token' });
    expect(secret).toBe('the-hmac-key');
    expect(asked.at(-1)).toEqual({ url: `/secretsmanager/get?secretId=${encodeURIComponent(ARN)}`, token: 'session-token', host: `127.0.0.1:${port}` });
  });

  it('fails with the status when the extension refuses, and never without a token', async () => {
    await expect(readAppSecretThroughExtension({ SECRET_ARN: ARN, PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, AWS_SESSION_TOKEN: 'stale' })).rejects.toThrow(/answered 401/);
    await expect(readAppSecretThroughExtension({ SECRET_ARN: `${ARN}-other`, PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, AWS_SESSION_TOKEN: 'session-token' })).rejects.toThrow(/answered 400/);
    await expect(readAppSecretThroughExtension({ SECRET_ARN: ARN, PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port })).rejects.toThrow(/AWS_SESSION_TOKEN/);
  });
});

describe('handler built on the first invocation', () => {
  it('builds once for every invocation, and again after a failed build', async () => {
    let builds = 0;
    const handler = builtOnFirstInvocation(async () => {
      builds += 1;
      if (builds === 1) throw new Error('extension not ready');
      return async (event: number) => event * 2;
    });
    await expect(handler(1, {})).rejects.toThrow('extension not ready');
    expect(await handler(2, {})).toBe(4);
    expect(await handler(3, {})).toBe(6);
    expect(builds).toBe(2);
  });
});
