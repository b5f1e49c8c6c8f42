/**
 * A stand-in for AWS Secrets Manager on 127.0.0.1: answers GetSecretValue
 * (the web function's cold-start call) and counts the calls, so a cold
 * start can be measured without an AWS account. Anything else is a 400.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SecretsStub {
  endpoint: string;
  calls(): number;
  close(): Promise<void>;
}

export async function startSecretsStub(secret: string): Promise<SecretsStub> {
  let calls = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
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
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
