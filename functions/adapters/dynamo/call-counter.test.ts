/**
 * The call counter against a stub DynamoDB endpoint (a local HTTP server
 * answering every command with `{}`, or a 500 first when asked): counts by
 * command, Scans apart, once per call even when the SDK retries, and keeps
 * concurrent scopes apart.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient, GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { createCallCounter } from './call-counter.ts';
import { createDocumentClient } from './client.ts';

let server: Server;
let endpoint: string;
let failNext = 0;
let received = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received += 1;
      if (failNext > 0) {
        failNext -= 1;
        res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' }).end('{"__type":"com.amazonaws.dynamodb.v20120810#InternalServerError"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

const get = new GetCommand({ TableName: 't', Key: { pk: 'a', sk: 'b' } });
const query = () => new QueryCommand({ TableName: 't', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'x' } });

describe('the DynamoDB call counter', () => {
  it('counts document-client calls by the command sent, and Scans apart', async () => {
    const counter = createCallCounter();
    const doc = createDocumentClient({ region: 'local', endpoint }, { counter });
    const { tally } = await counter.measure(async () => {
      await doc.send(get);
      await doc.send(query());
      await doc.send(new ScanCommand({ TableName: 't' }));
    });
    expect(tally).toMatchObject({ calls: 3, scans: 1, byCommand: { GetItemCommand: 1, QueryCommand: 1, ScanCommand: 1 } });
    expect(counter.total.calls).toBe(3);
  });

  it('counts a retried call once (the SDK tried twice)', async () => {
    const counter = createCallCounter();
    const doc = createDocumentClient({ region: 'local', endpoint }, { counter });
    failNext = 1;
    const before = received;
    const { tally } = await counter.measure(() => doc.send(get));
    expect(received - before).toBe(2);
    expect(tally.calls).toBe(1);
  });

  it('keeps concurrent scopes apart and counts inner scopes in their parents', async () => {
    const counter = createCallCounter();
    const doc = createDocumentClient({ region: 'local', endpoint }, { counter });
    const [a, b] = await Promise.all([
      counter.measure(async () => {
        await doc.send(get);
        const inner = await counter.measure(() => doc.send(query()));
        expect(inner.tally.calls).toBe(1);
      }),
      counter.measure(() => doc.send(query())),
    ]);
    expect(a.tally.byCommand).toEqual({ GetItemCommand: 1, QueryCommand: 1 });
    expect(b.tally.byCommand).toEqual({ QueryCommand: 1 });
    expect(counter.current()).toBeUndefined();
    expect(counter.fields()).toBeUndefined();
  });

  it('records the marshalled input when asked, so a benchmark can replay it with the bare SDK', async () => {
    const counter = createCallCounter();
    const doc = createDocumentClient({ region: 'local', endpoint }, { counter });
    const { tally } = await counter.measure(() => doc.send(get), { record: true });
    expect(tally.recorded).toEqual([{ command: 'GetItemCommand', input: { TableName: 't', Key: { pk: { S: 'a' }, sk: { S: 'b' } } } }]);
    const raw = new DynamoDBClient({ region: 'local', endpoint, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    counter.attach(raw);
    const again = await counter.measure(() => raw.send(new GetItemCommand(tally.recorded![0]!.input as never)));
    expect(again.tally.byCommand).toEqual({ GetItemCommand: 1 });
  });
});
