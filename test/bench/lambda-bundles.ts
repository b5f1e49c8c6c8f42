/**
 * Benchmark (b): each Lambda bundle (every functions/lambda/*.ts that exports
 * a `handler`), built with the stack's own esbuild options: its size, and the
 * time a fresh Node process takes to load it and answer a first API Gateway
 * REST (v1) proxy event, beside a minimal Hono "hello" bundle built and
 * measured the same way in the same run. The web function fetches its HMAC
 * key through the secrets extension on its first request: here a local stub
 * answers, and DynamoDB Local serves the table (AWS_ENDPOINT_URL_DYNAMODB,
 * fake credentials).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { buildFunction, ENTRY_FILE } from '../../infra/constructs/bundling.ts';
import { systemClock } from '#shared/ports/clock.ts';
import { createCallCounter, createDocumentClient, createDynamoStore, ensureTable, type RecordedCall } from '#functions/adapters/dynamo/index.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { silentLogger } from '#shared/ports/logger.ts';
import { createApp } from '#web/app.tsx';
import { inProcessSignInLinks } from '#functions/adapters/sign-in-links/in-process.ts';
import { inProcessNotifications } from '#functions/adapters/notifications/in-process.ts';
import { startSecretsStub, STUB_SESSION_TOKEN, type SecretsStub } from './secrets-stub.ts';
import { median, round, section, table } from './report.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROBE = fileURLToPath(new URL('./cold-start-probe.mjs', import.meta.url));
const HELLO = fileURLToPath(new URL('./fixtures/hello-lambda.ts', import.meta.url));
const FLOOR = fileURLToPath(new URL('./fixtures/dynamo-floor-lambda.ts', import.meta.url));
const TABLE = 'tandem-bench-cold';
/**
 * How long the stand-in takes to give the secret in the slow-secret probe. The real extension's first
 * answer on a cold start waits for Secrets Manager over the network; 30 ms is an assumption for that
 * round trip, not a measurement of AWS (none is reachable from here).
 */
const SLOW_SECRET_MS = 30;
const SLOW_SECRET = 'web.ts, secret after a wait';
const CASE_PAGE = 'web.ts, a case page';

interface ProbeRun {
  load: number;
  firstAnswer: number;
  loadAndAnswer: number;
  answered: number;
  wall: number;
}

export interface BundleResult {
  entry: string;
  /** Every chunk. */
  bytes: number;
  /** What a cold start reads: index.mjs and the chunks it imports statically (absent in runs before code splitting). */
  initialBytes?: number;
  mapBytes: number;
  coldStart?: { runs: number; event: string; medianAnsweredMs: number; medianLoadAndAnswerMs: number; medianWallMs: number; samplesAnsweredMs: number[] };
  noProbe?: string;
}

export interface BundlesResult {
  esbuild: string;
  node: string;
  note: string;
  bundles: BundleResult[];
  hello: BundleResult;
  /**
   * The floor: only the DynamoDB client (+ lib-dynamodb) and Hono, replaying
   * the web function's DynamoDB calls for the same event. Its ratio to hello is
   * what no lazy loading in the web function can go below.
   */
  floor?: BundleResult & { ratioToHello?: number };
  /** Per probed bundle: median(answered) ÷ hello's, and the same without Node's own start-up. */
  ratios: Record<string, { processStartToAnswer: number; loadAndAnswer: number }>;
  /**
   * The web function again, its secret answered after `extensionAnswersAfterMs` (as the extension
   * answers a cold start: it asks Secrets Manager first), probed in turn with the others. `waitShownMs`
   * = the median, over rounds, of its time minus the web function's in the same round: what of the
   * wait the first answer still shows (about
   * `extensionAnswersAfterMs` when nothing runs during it; less when the route's feature loads meanwhile).
   */
  slowSecret?: { extensionAnswersAfterMs: number; medianAnsweredMs: number; waitShownMs: number; samplesAnsweredMs: number[] };
  /**
   * The web function's cold start on the page an alert links to: a public case's page, asked for
   * anonymously (the case-safety feature, which embeds five others' sections), probed in turn with the others.
   */
  casePage?: { event: string; medianAnsweredMs: number; ratioToHello?: number; samplesAnsweredMs: number[] };
}

/** A REST API (v1) proxy event, as API Gateway sends it for GET `path`. */
export function restProxyEvent(path: string) {
  const headers = { Host: 'tandem.example.org', Accept: 'application/json', 'User-Agent': 'bench' };
  return {
    resource: '/{proxy+}', path, httpMethod: 'GET', headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: { proxy: path.slice(1) }, stageVariables: null,
    requestContext: {
      resourceId: 'bench', resourcePath: '/{proxy+}', httpMethod: 'GET', requestId: 'bench', accountId: '123456789012', stage: 'prod',
      path: `/prod${path}`, identity: { sourceIp: '127.0.0.1', userAgent: 'bench' }, domainName: 'tandem.example.org', apiId: 'bench',
      protocol: 'HTTP/1.1', requestTimeEpoch: Date.now(),
    },
    body: null, isBase64Encoded: false,
  };
}

/**
 * Only what a Lambda would have: no inherited AWS settings or config files from this machine.
 * NODE_OPTIONS as the stack sets it for the web function: no --enable-source-maps (its map
 * stays in the asset, for looking a logged position up offline); hello and the floor alike.
 */
export function lambdaBaseEnv(work: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '', NODE_OPTIONS: '', AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', AWS_CONFIG_FILE: join(work, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(work, 'none'), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** The web function's environment as the stack gives it, its secret from `secretsEndpoint`, its table on `dynamoEndpoint`. */
export function webProbeEnv(work: string, table: string, dynamoEndpoint: string, secrets: SecretsStub): Record<string, string> {
  return {
    ...lambdaBaseEnv(work), TABLE_NAME: table, APP_URL: 'https://tandem.example.org', MAIL_FROM: 'Tandem <no-reply@example.org>',
    SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:tandem-bench', SIGN_IN_FUNCTION_NAME: 'tandem-bench-sign-in-links', NOTIFICATIONS_FUNCTION_NAME: 'tandem-bench-notifications',
    // The secrets extension as the layer runs it: on a port of localhost, checking the session token.
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: secrets.port, AWS_SESSION_TOKEN: STUB_SESSION_TOKEN,
    AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
  };
}

/** The DynamoDB calls the app makes for GET `path` (anonymous), recorded in process, for the floor to replay. */
export async function recordedCallsOf(endpoint: string, table: string, path: string): Promise<RecordedCall[]> {
  const counter = createCallCounter();
  const core = {
    store: createDynamoStore(createDocumentClient({ region: 'local', endpoint }, { counter }), table),
    mailer: { send: async () => ({ messageId: 'bench' }) }, clock: systemClock, appUrl: 'https://tandem.example.org', secret: 'bench',
  };
  const app = createApp({
    ...core, log: silentLogger, signInLinks: inProcessSignInLinks(core, silentLogger), notifications: inProcessNotifications({ ...core, log: silentLogger }),
  });
  const { result, tally } = await counter.measure(() => Promise.resolve(app.request(path, { headers: { accept: 'application/json' } })), { record: true });
  if (result.status !== 200) throw new Error(`${path} answered ${result.status} in process`);
  return tally.recorded ?? [];
}

/** The Lambda entries: files in functions/lambda that export a handler. */
export function lambdaEntries(): string[] {
  const dir = join(ROOT, 'functions', 'lambda');
  return readdirSync(dir)
    .filter((name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name))
    .map((name) => join(dir, name))
    .filter((file) => /export\s+(const|async function|function)\s+handler\b/.test(readFileSync(file, 'utf8')));
}

/**
 * Builds one entry as the stack does (split into chunks). `bytes` counts every chunk, comparable with
 * the single-file bundles of earlier runs; `initialBytes` only what loading `index.mjs` reads: the
 * entry and the chunks it imports statically, transitively (the rest waits for an `import()`).
 */
export async function bundle(entry: string, outdir: string): Promise<{ file: string; bytes: number; initialBytes: number; mapBytes: number }> {
  const outputs = buildFunction(entry, outdir).outputs;
  const js = Object.keys(outputs).filter((f) => f.endsWith('.mjs'));
  // Modules imported with import() are entry points too, in esbuild's metafile: the function's own is index.mjs.
  const entryOutput = js.find((f) => f.endsWith(`/${ENTRY_FILE}`))!;
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const i of outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entryOutput);
  const sum = (files: Iterable<string>) => [...files].reduce((total, f) => total + outputs[f]!.bytes, 0);
  const maps = Object.keys(outputs).filter((f) => f.endsWith('.map'));
  return { file: join(outdir, ENTRY_FILE), bytes: sum(js), initialBytes: sum(initial), mapBytes: sum(maps) };
}

/** A public case of the seeded network: its page answers anonymously, as from an alert's link. */
export async function aPublicCaseId(dynamoEndpoint: string, table = TABLE): Promise<string> {
  const store = createDynamoStore(createDocumentClient({ region: 'local', endpoint: dynamoEndpoint }), table);
  const { items } = await store.listCases({ audience: { levels: ['public'] }, states: ['active'] }, 1);
  if (!items[0]) throw new Error('the seeded network has no public active case for the case-page probe');
  return items[0].id;
}

function probe(bundleFile: string, eventFile: string, env: Record<string, string>): Promise<ProbeRun> {
  const started = performance.now();
  return new Promise((done, fail) => {
    execFile(process.execPath, [PROBE, bundleFile, eventFile], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const wall = performance.now() - started;
      if (error) return fail(new Error(`cold-start probe of ${bundleFile} failed: ${error.message}\n${stderr}`));
      try {
        const line = stdout.split('\n').find((l) => l.startsWith('PROBE '));
        if (!line) throw new Error(`cold-start probe of ${bundleFile} printed no result:\n${stdout}\n${stderr}`);
        const run = JSON.parse(line.slice('PROBE '.length)) as ProbeRun & { statusCode?: number };
        if (run.statusCode !== 200) throw new Error(`${bundleFile} answered ${run.statusCode}, not 200:\n${stdout}\n${stderr}`);
        done({ ...run, wall });
      } catch (problem) {
        fail(problem);
      }
    });
  });
}

export async function benchLambdaBundles(dynamoEndpoint: string, runs = 11): Promise<BundlesResult> {
  const work = await mkdtemp(join(tmpdir(), 'tandem-bench-bundles-'));
  const stub = await startSecretsStub('bench-hmac-key');
  const slowStub = await startSecretsStub('bench-hmac-key', { extensionAnswersAfterMs: SLOW_SECRET_MS });
  try {
    // The table the web function reads, with the demo network in it.
    const raw = new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    if (await ensureTable(raw, TABLE)) {
      const store = createDynamoStore(createDocumentClient({ region: 'local', endpoint: dynamoEndpoint }), TABLE);
      await seedDemo({ store, mailer: { send: async () => ({ messageId: 'bench' }) }, clock: systemClock, appUrl: 'https://tandem.example.org', secret: 'bench' });
    }
    const eventFile = join(work, 'event.json');
    const eventPath = '/api/cases';
    await writeFile(eventFile, JSON.stringify(restProxyEvent(eventPath)));
    const casePageFile = join(work, 'case-page.json');
    const casePagePath = `/cases/${await aPublicCaseId(dynamoEndpoint)}`;
    await writeFile(casePageFile, JSON.stringify(restProxyEvent(casePagePath)));

    const probeEnv: Record<string, Record<string, string> | undefined> = {
      'web.ts': webProbeEnv(work, TABLE, dynamoEndpoint, stub),
      hello: lambdaBaseEnv(work),
      floor: { ...lambdaBaseEnv(work), AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint, FLOOR_CALLS: JSON.stringify(await recordedCallsOf(dynamoEndpoint, TABLE, eventPath)) },
    };

    const built: { name: string; file: string; bytes: number; initialBytes: number; mapBytes: number; env?: Record<string, string> }[] = [];
    for (const entry of [...lambdaEntries(), HELLO, FLOOR]) {
      const name = entry === HELLO ? 'hello' : entry === FLOOR ? 'floor' : basename(entry);
      const out = await bundle(entry, join(work, name.replace(/\W/g, '_')));
      built.push({ name, ...out, env: probeEnv[name] });
    }
    const web = built.find((b) => b.name === 'web.ts')!;
    const slowSecretEnv = webProbeEnv(work, TABLE, dynamoEndpoint, slowStub);

    // Interleaved, so a slow moment of the machine hits every bundle alike.
    const samples = new Map<string, ProbeRun[]>();
    const stubBefore = stub.calls();
    for (let i = 0; i < runs; i++) {
      for (const b of built) {
        if (!b.env) continue;
        const run = await probe(b.file, eventFile, b.env);
        samples.set(b.name, [...(samples.get(b.name) ?? []), run]);
      }
      samples.set(SLOW_SECRET, [...(samples.get(SLOW_SECRET) ?? []), await probe(web.file, eventFile, slowSecretEnv)]);
      samples.set(CASE_PAGE, [...(samples.get(CASE_PAGE) ?? []), await probe(web.file, casePageFile, web.env!)]);
    }
    if (stub.calls() - stubBefore !== 2 * runs) throw new Error(`the web bundle fetched its secret ${stub.calls() - stubBefore} times in ${runs} runs of two events`);
    if (slowStub.calls() !== runs) throw new Error(`the slow-secret probe fetched its secret ${slowStub.calls()} times in ${runs} runs`);

    const resultOf = (b: (typeof built)[number]): BundleResult => {
      const s = samples.get(b.name);
      return {
        entry: b.name === 'hello' ? 'test/bench/fixtures/hello-lambda.ts' : b.name === 'floor' ? 'test/bench/fixtures/dynamo-floor-lambda.ts' : `functions/lambda/${b.name}`,
        bytes: b.bytes,
        initialBytes: b.initialBytes,
        mapBytes: b.mapBytes,
        ...(s
          ? {
              coldStart: {
                runs: s.length, event: `GET ${eventPath}`,
                medianAnsweredMs: round(median(s.map((r) => r.answered))),
                medianLoadAndAnswerMs: round(median(s.map((r) => r.loadAndAnswer))),
                medianWallMs: round(median(s.map((r) => r.wall))),
                samplesAnsweredMs: s.map((r) => round(r.answered)),
              },
            }
          : { noProbe: 'no probe event defined for this entry yet (add one in test/bench/lambda-bundles.ts)' }),
      };
    };
    const hello = resultOf(built.find((b) => b.name === 'hello')!);
    const floorBuilt = built.find((b) => b.name === 'floor')!;
    const floorResult = resultOf(floorBuilt);
    const floor = {
      ...floorResult,
      ...(floorResult.coldStart && hello.coldStart ? { ratioToHello: round(floorResult.coldStart.medianAnsweredMs / hello.coldStart.medianAnsweredMs, 2) } : {}),
    };
    const bundles = built.filter((b) => b.name !== 'hello' && b.name !== 'floor').map(resultOf);
    const ratios: BundlesResult['ratios'] = {};
    for (const b of bundles) {
      if (!b.coldStart || !hello.coldStart) continue;
      ratios[b.entry] = {
        processStartToAnswer: round(b.coldStart.medianAnsweredMs / hello.coldStart.medianAnsweredMs, 2),
        loadAndAnswer: round(b.coldStart.medianLoadAndAnswerMs / hello.coldStart.medianLoadAndAnswerMs, 2),
      };
    }

    // Each slow-secret run beside the web function's run of the same round: the machine's slow moments cancel out.
    const slow = samples.get(SLOW_SECRET)!.map((r) => r.answered);
    const atOnce = samples.get(web.name)!.map((r) => r.answered);
    const slowSecret = {
      extensionAnswersAfterMs: SLOW_SECRET_MS, medianAnsweredMs: round(median(slow)),
      waitShownMs: round(median(slow.map((x, i) => x - atOnce[i]!))), samplesAnsweredMs: slow.map((x) => round(x)),
    };

    const pageRuns = samples.get(CASE_PAGE)!.map((r) => r.answered);
    const casePage = {
      event: 'GET /cases/{id} (a public case, anonymous)', medianAnsweredMs: round(median(pageRuns)),
      ...(hello.coldStart ? { ratioToHello: round(median(pageRuns) / hello.coldStart.medianAnsweredMs, 2) } : {}),
      samplesAnsweredMs: pageRuns.map((x) => round(x)),
    };

    section(`(b) Lambda bundles: size and cold start (fresh Node process, median of ${runs})`);
    console.log(
      table(
        ['bundle', 'bytes', 'at start', 'map bytes', 'start→answer ms', 'load+answer ms', 'spawn→exit ms', 'ratio to hello'],
        [...bundles, floor, hello].map((b) => [
          b.entry, b.bytes, b.initialBytes ?? 'n/a', b.mapBytes, b.coldStart?.medianAnsweredMs ?? 'n/a', b.coldStart?.medianLoadAndAnswerMs ?? 'n/a',
          b.coldStart?.medianWallMs ?? 'n/a',
          ratios[b.entry] ? `${ratios[b.entry]!.processStartToAnswer}× (${ratios[b.entry]!.loadAndAnswer}× w/o Node start)` : b === hello ? '1×' : b === floor ? `${floor.ratioToHello ?? 'n/a'}× (floor)` : 'n/a',
        ]),
      ),
    );
    console.log(`event: REST API (v1) proxy GET ${eventPath}; no --enable-source-maps, as the stack runs the web function; Node ${process.version} here (Lambda runs Node 22).`);
    console.log(`web.ts on a case page (GET /cases/{id}): ${casePage.medianAnsweredMs} ms, ${casePage.ratioToHello ?? 'n/a'}× hello.`);
    console.log(`web.ts with its secret answered after ${SLOW_SECRET_MS} ms: ${slowSecret.medianAnsweredMs} ms; ${slowSecret.waitShownMs} ms more than with it answered at once in the same round (median over rounds).`);
    const { version } = (await import('esbuild')) as { version: string };
    return {
      esbuild: version,
      node: process.version,
      note: 'start→answer counts from the process start (performance.timeOrigin); load+answer from just before import(); the web function fetches its secret from a local stand-in for the secrets extension and queries DynamoDB Local.',
      bundles,
      hello,
      floor,
      ratios,
      slowSecret,
      casePage,
    };
  } finally {
    await stub.close();
    await slowStub.close();
    await rm(work, { recursive: true, force: true });
  }
}
