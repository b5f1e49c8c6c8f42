/**
 * A stand-in for AWS Secrets Manager on 127.0.0.1: answers GetSecretValue,
 * and the Parameters and Secrets Lambda Extension's GET
 * /secretsmanager/get?secretId=… (the web function's first-request read),
 * which like the real extension requires the session token in
 * X-Aws-Parameters-Secrets-Token. Counts the secrets it gave, so a cold start
 * can be measured without an AWS account. Anything else is a 400 (a 401
 * without the token).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The session token the bench gives the web function; the stub's extension endpoint requires it, as the real one does. */
export const STUB_SESSION_TOKEN = 'bench-session-token';

export interface SecretsStub {
  endpoint: string;
  port: string;
  calls(): number;
  close(): Promise<void>;
}

/**
 * `extensionAnswersAfterMs`: how long the extension's endpoint takes to answer. On a cold start the
 * real extension has nothing cached and asks Secrets Manager first; 0 (the default) is a warm cache.
 */
export async function startSecretsStub(secret: string, { extensionAnswersAfterMs = 0 } = {}): Promise<SecretsStub> {
  let calls = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const extension = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && extension.pathname === '/secretsmanager/get') {
        if (req.headers['x-aws-parameters-secrets-token'] !== STUB_SESSION_TOKEN) {
          res.writeHead(401, { 'content-type': 'text/plain' }).end('missing or wrong X-Aws-Parameters-Secrets-Token');
          return;
        }
        calls += 1;
        const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({ ARN: extension.searchParams.get('secretId'), Name: 'tandem-bench', SecretString: secret, VersionId: 'bench' }),
        );
        if (extensionAnswersAfterMs > 0) setTimeout(answer, extensionAnswersAfterMs);
        else answer();
        return;
      }
      const target = req.headers['x-amz-target'];
      if (target !== 'secretsmanager.GetSecretValue') {
        res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'UnknownOperationException' }));
        return;
      }
      calls += 1;
      const { SecretId } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { SecretId?: string };
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(
        JSON.stringify({ ARN: SecretId, Name: 'tandem-bench', SecretString: secret, VersionId: 'bench', CreatedDate: 0 }),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port: String(port),
    calls: () => calls,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
