/**
 * For tests: a local HTTP server speaking just enough of the Lambda Invoke
 * API to record each invocation (path, invocation type, payload) and to
 * answer with a chosen status. No Lambda emulator runs locally, so this
 * stands in for the service; the SDK's real request is what it records.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedInvocation {
  method: string;
  path: string;
  invocationType: string | undefined;
  body: string;
}

export interface InvokeRecorder {
  endpoint: string;
  recorded: RecordedInvocation[];
  /** The status the next invocations get (202 accepts; 400 or more fails with an injected message). */
  status: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startInvokeRecorder(): Promise<InvokeRecorder> {
  const recorder = {
    endpoint: '',
    recorded: [] as RecordedInvocation[],
    status: 202,
    reset() {
      recorder.recorded.length = 0;
      recorder.status = 202;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      recorder.recorded.push({
        method: req.method ?? '', path: req.url ?? '',
        invocationType: req.headers['x-amz-invocation-type'] as string | undefined, body: Buffer.concat(chunks).toString('utf8'),
      });
      const failing = recorder.status >= 400;
      res.writeHead(recorder.status, { 'content-type': 'application/json', 'x-amzn-errortype': failing ? 'ServiceException' : '' });
      res.end(failing ? JSON.stringify({ message: 'injected' }) : '');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  recorder.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return recorder;
}
