/**
 * The throughput bench's floor: the least any server answering the page over HTTP can cost. Node's
 * HTTP server, @hono/node-server and a Hono app with one route that makes the page's recorded
 * DynamoDB calls with a stock client (as the bare SDK loop does) and answers as many bytes as the
 * page, made once: no session, no middleware, no rendering. The bench runs it in a process of its own,
 * beside the local server, under the same load; the local server's distance to it is what the app
 * costs, and its own distance to the bare loop is HTTP's and the load generator's share of the CPUs.
 *
 * Run by test/bench/throughput.ts: `node --import tsx test/bench/floor-server.ts` with FLOOR_PORT,
 * FLOOR_ENDPOINT, FLOOR_CALLS (the recorded calls as JSON) and FLOOR_PAGE_BYTES in the environment.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import type { RecordedCall } from '#functions/adapters/dynamo/index.ts';

type AnyCommand = Parameters<dynamodb.DynamoDBClient['send']>[0];

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`floor server: ${name} is not set`);
  return value;
};

const calls = JSON.parse(env('FLOOR_CALLS')) as RecordedCall[];
const commands = calls.map((call) => {
  const Command = (dynamodb as unknown as Record<string, new (input: unknown) => AnyCommand>)[call.command];
  if (!Command) throw new Error(`floor server: no ${call.command} in @aws-sdk/client-dynamodb`);
  return { Command, input: call.input };
});
const client = new dynamodb.DynamoDBClient({
  endpoint: env('FLOOR_ENDPOINT'), region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3,
});
const page = 'x'.repeat(Number(env('FLOOR_PAGE_BYTES')));

const app = new Hono();
app.get('*', async (c) => {
  for (const { Command, input } of commands) await client.send(new Command(input));
  return c.html(page);
});
serve({ fetch: app.fetch, port: Number(env('FLOOR_PORT')), hostname: '127.0.0.1' }, () => console.log('floor server ready'));
