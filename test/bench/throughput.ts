/**
 * Benchmark (c): throughput and p99 latency of the case list and a case page
 * on the local server (the npm start entry, in its own process, signed in as
 * an MP), under autocannon with fixed connections and duration; beside a bare
 * SDK loop making the very DynamoDB calls each page makes (recorded by the
 * call counter from the same app over the same table), at the same
 * concurrency for the same time, in the same run. The server uses DynamoDB
 * Local through TANDEM_REMOTE_TABLE + AWS_ENDPOINT_URL_DYNAMODB, so both
 * sides hit one database with the same data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import { systemClock } from '#shared/ports/clock.ts';
import { silentLogger } from '#shared/ports/logger.ts';
import { createApp } from '#web/app.tsx';
import {
  createCallCounter, createDocumentClient, createDynamoStore, ensureTable, type RecordedCall,
} from '#functions/adapters/dynamo/index.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { startLocalServer, type LocalServer } from '../support/local-server.ts';
import { inProcessSignInLinks } from '#functions/adapters/sign-in-links/in-process.ts';
import { inProcessNotifications } from '#functions/adapters/notifications/in-process.ts';
import { percentile, round, section, table } from './report.ts';
import { startFloorServer } from './floor.ts';
import { cpuPerRequest, measured, medianRound, type LoadFigures, type Measured } from './rounds.ts';

const TABLE = 'tandem-bench-http';
const MP = 'mp.one@example.org';
const CASE = 'Julián Mora';
const mailer = { send: async () => ({ messageId: 'bench' }) };

export type { LoadFigures } from './rounds.ts';

export interface ThroughputRow {
  page: string;
  path: string;
  dynamoCalls: string[];
  serverReportedCalls: number[];
  server: LoadFigures;
  bareSdk: LoadFigures;
  /** server req/s ÷ bare SDK iterations/s; and the p99s the other way round. */
  throughputRatio: number;
  p99Ratio: number;
  /** The floor (test/bench/floor-server.ts): HTTP and the same calls, no app, under the same load. */
  floorServer?: LoadFigures;
  /** floor req/s ÷ bare SDK iterations/s: the best ratio any server can reach here. */
  floorRatio?: number;
  /** CPU the server's and the floor's own process spent per answered request, over every round (Linux only). */
  serverCpuMicrosPerRequest?: number;
  floorCpuMicrosPerRequest?: number;
  /** req/s of each round, in the order they ran; the figures above are each side's median round. */
  rounds?: { server: number[]; floor: number[]; bareSdk: number[] };
}

export interface ThroughputResult {
  connections: number;
  durationSeconds: number;
  warmUpSeconds: number;
  /** Rounds of server, floor and bare loop, each `durationSeconds` long, taking turns. */
  rounds?: number;
  /** The bare loop over every page's calls before any round, to warm DynamoDB Local (see benchThroughput). */
  dynamoWarmUpSeconds?: number;
  caller: string;
  rows: ThroughputRow[];
}

type AnyCommand = Parameters<dynamodb.DynamoDBClient['send']>[0];
const commandClass = (name: string) => {
  const found = (dynamodb as unknown as Record<string, new (input: unknown) => AnyCommand>)[name];
  if (!found) throw new Error(`bench: no ${name} in @aws-sdk/client-dynamodb`);
  return found;
};

async function signInOverHttp(server: LocalServer): Promise<string> {
  const base = server.url;
  const asked = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email: MP }) });
  if (asked.status !== 202) throw new Error(`sign-in answered ${asked.status}`);
  // The link is sent after the answer: wait for it to reach the outbox.
  let token: string | undefined;
  for (let tries = 0; !token && tries < 50; tries++) {
    if (tries) await new Promise((r) => setTimeout(r, 100));
    const { items } = (await (await fetch(`${base}/api/dev/outbox`)).json()) as { items: { to: string; text: string }[] };
    token = items.find((m) => m.to === MP)?.text.match(/token=([\w-]+)/)?.[1];
  }
  if (!token) throw new Error('no sign-in link in the outbox');
  const verified = await fetch(`${base}/auth/verify`, { method: 'POST', redirect: 'manual', headers: { origin: base }, body: new URLSearchParams({ token }) });
  const cookie = verified.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`verify answered ${verified.status} without a cookie`);
  return cookie;
}

export interface ThroughputPlan {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  rounds: number;
  dynamoWarmUpSeconds: number;
}

/** `connections` workers replaying `calls` in order, for `seconds`. */
async function bareSdkLoop(client: dynamodb.DynamoDBClient, calls: RecordedCall[], connections: number, seconds: number): Promise<LoadFigures> {
  const commands = calls.map((c) => ({ Command: commandClass(c.command), input: c.input }));
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        for (const { Command, input } of commands) await client.send(new Command(input));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: round(latencies.length / elapsed), p99Ms: round(percentile(latencies, 99), 2),
    p50Ms: round(percentile(latencies, 50), 2), total: latencies.length,
  };
}

async function load(url: string, cookie: string, connections: number, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { cookie } });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts under load`);
  }
  return {
    requestsPerSecond: round(result.requests.average), p99Ms: round(result.latency.p99, 2),
    p50Ms: round(result.latency.p50, 2), total: result['2xx'],
  };
}

/** dynamoCalls of the server's own request log lines for a route pattern. */
function reportedCalls(log: string, route: string): number[] {
  const counts = new Set<number>();
  for (const line of log.split('\n')) {
    if (!line.includes(`"route":"${route}"`)) continue;
    try {
      const parsed = JSON.parse(line) as { dynamoCalls?: number };
      if (typeof parsed.dynamoCalls === 'number') counts.add(parsed.dynamoCalls);
    } catch {
      // not a log line
    }
  }
  return [...counts].sort();
}

export async function benchThroughput(
  endpoint: string, options: Partial<ThroughputPlan> = {},
): Promise<ThroughputResult> {
  const connections = options.connections ?? 10;
  const seconds = options.seconds ?? 5;
  const warmUp = options.warmUpSeconds ?? 1;
  const rounds = options.rounds ?? 3;
  const dynamoWarmUp = options.dynamoWarmUpSeconds ?? 10;
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const raw = new dynamodb.DynamoDBClient({ endpoint, region: 'local', credentials, maxAttempts: 3 });
  if (await ensureTable(raw, TABLE)) {
    const store = createDynamoStore(createDocumentClient({ region: 'local', endpoint }), TABLE);
    await seedDemo({ store, mailer, clock: systemClock, appUrl: 'http://localhost', secret: 'bench' });
  }

  const server = await startLocalServer({
    TANDEM_REMOTE_TABLE: TABLE, AWS_ENDPOINT_URL_DYNAMODB: endpoint, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'local', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // The web function polls nothing: the local queue pollers (12 Queries a second when idle, about 27 ms of the
    // server's CPU a second and DynamoDB Local's for their Queries) would be measured as the pages' cost.
    TANDEM_BACKGROUND_WORKERS: 'off',
  });
  try {
    const cookie = await signInOverHttp(server);
    const cases = (await (await fetch(`${server.url}/api/cases?limit=100`, { headers: { cookie } })).json()) as { items: { id: string; defenderName: string }[] };
    const caseId = cases.items.find((c) => c.defenderName === CASE)?.id;
    if (!caseId) throw new Error(`${CASE} is not in the MP's list`);

    // The same app over the same table, in this process, to record what each page asks DynamoDB.
    const counter = createCallCounter();
    const core = {
      store: createDynamoStore(createDocumentClient({ region: 'local', endpoint }, { counter }), TABLE), mailer, clock: systemClock,
      appUrl: server.url, secret: (await readFile(join(server.dataDir, 'secret'), 'utf8')).trim(),
    };
    const app = createApp({
      ...core, log: silentLogger, signInLinks: inProcessSignInLinks(core, silentLogger), notifications: inProcessNotifications({ ...core, log: silentLogger }),
    });

    const pages = [
      { page: 'case list', path: '/cases', route: '/cases' },
      { page: 'case page', path: `/cases/${caseId}`, route: '/cases/:id' },
    ];
    const recorded: { page: string; path: string; route: string; calls: RecordedCall[]; pageBytes: number }[] = [];
    for (const { page, path, route } of pages) {
      const { result, tally } = await counter.measure(() => Promise.resolve(app.request(path, { headers: { cookie } })), { record: true });
      if (result.status !== 200) throw new Error(`${path} answered ${result.status} in process`);
      recorded.push({ page, path, route, calls: tally.recorded ?? [], pageBytes: (await result.arrayBuffer()).byteLength });
    }

    // DynamoDB Local compiles itself while it serves: in its first thousands of calls one GetItem cost it
    // 607 µs of CPU, later 129 µs (2 vCPUs, 10 connections). Whichever side ran first paid for that
    // compilation on the CPUs it shares with it: the server, measured first, answered 209 req/s, and 352
    // measured again after the floor and the loop. So the database is warmed with every page's calls
    // first, and the sides take turns in rounds.
    await bareSdkLoop(raw, recorded.flatMap((r) => r.calls), connections, dynamoWarmUp);

    const rows: ThroughputRow[] = [];
    for (const { page, path, route, calls, pageBytes } of recorded) {
      const url = `http://127.0.0.1:${server.port}${path}`;
      const floor = await startFloorServer(endpoint, calls, pageBytes);
      const serverRounds: Measured[] = [];
      const floorRounds: Measured[] = [];
      const sdkRounds: LoadFigures[] = [];
      try {
        await load(url, cookie, connections, warmUp);
        await load(floor.url, cookie, connections, warmUp);
        await bareSdkLoop(raw, calls, connections, warmUp);
        for (let round = 0; round < rounds; round++) {
          serverRounds.push(await measured(server.pid, () => load(url, cookie, connections, seconds)));
          floorRounds.push(await measured(floor.pid, () => load(floor.url, cookie, connections, seconds)));
          sdkRounds.push(await bareSdkLoop(raw, calls, connections, seconds));
        }
      } finally {
        await floor.stop();
      }
      const serverFigures = medianRound(serverRounds);
      const floorFigures = medianRound(floorRounds);
      const sdkFigures = medianRound(sdkRounds);
      rows.push({
        page, path: route, dynamoCalls: calls.map((c) => c.command), serverReportedCalls: reportedCalls(server.output(), route),
        server: serverFigures, bareSdk: sdkFigures,
        throughputRatio: round(serverFigures.requestsPerSecond / sdkFigures.requestsPerSecond, 2),
        p99Ratio: round(serverFigures.p99Ms / sdkFigures.p99Ms, 2),
        floorServer: floorFigures, floorRatio: round(floorFigures.requestsPerSecond / sdkFigures.requestsPerSecond, 2),
        serverCpuMicrosPerRequest: cpuPerRequest(serverRounds), floorCpuMicrosPerRequest: cpuPerRequest(floorRounds),
        rounds: { server: serverRounds.map((r) => r.requestsPerSecond), floor: floorRounds.map((r) => r.requestsPerSecond), bareSdk: sdkRounds.map((r) => r.requestsPerSecond) },
      });
    }

    section(`(c) Local throughput, ${connections} connections, ${rounds} round(s) × ${seconds} s per side, signed in as an MP`);
    console.log(
      table(
        ['page', 'DynamoDB calls', 'server req/s', 'server p99 ms', 'bare SDK it/s', 'bare SDK p99 ms', 'throughput ratio', 'p99 ratio', 'floor req/s', 'floor ratio'],
        rows.map((r) => [
          `${r.page} (${r.path})`, r.dynamoCalls.join(' + '), r.server.requestsPerSecond, r.server.p99Ms,
          r.bareSdk.requestsPerSecond, r.bareSdk.p99Ms, r.throughputRatio, r.p99Ratio, r.floorServer?.requestsPerSecond ?? '', r.floorRatio ?? '',
        ]),
      ),
    );
    console.log('throughput ratio = server req/s ÷ bare SDK iterations/s (1 = the app costs nothing beyond its DynamoDB calls); p99 ratio = server p99 ÷ bare SDK p99.');
    console.log('floor ratio = req/s of a server making the same calls with no app (test/bench/floor-server.ts) ÷ bare SDK iterations/s: HTTP and the load generator share the CPUs with DynamoDB Local, so no server can do better here.');
    console.log(`calls the server itself logged per request: ${rows.map((r) => `${r.path} ${JSON.stringify(r.serverReportedCalls)}`).join(', ')}`);
    return { connections, durationSeconds: seconds, warmUpSeconds: warmUp, rounds, dynamoWarmUpSeconds: dynamoWarmUp, caller: `${MP} (MP)`, rows };
  } finally {
    await server.stop();
    raw.destroy();
  }
}
