/**
 * `npm run bench:profile`: where a cold start of the web function goes. Builds
 * the web bundle with the stack's options, answers the cold-start probe's
 * event (GET /api/cases) in fresh Node processes started as the bench starts
 * them, under `node --cpu-prof`, and attributes the CPU profile's self time to
 * what the bundle's source map says each sample ran: npm package, our own
 * folders, Node's internals (module loading, source-map parsing), idle (the
 * network waits), garbage collection. Beside it, the floor: a bundle that only
 * loads the DynamoDB client (+ lib-dynamodb) and Hono and makes the same
 * DynamoDB calls, measured the same way. Not part of `npm test`.
 * `npm run bench:profile -- case-page` profiles a public case's page instead (the floor then replays that page's calls).
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { systemClock } from '#shared/ports/clock.ts';
import { createDocumentClient, createDynamoStore, ensureTable } from '#functions/adapters/dynamo/index.ts';
import { startDynamoLocal } from '#functions/local/dynamo-local.ts';
import { seedDemo } from '#functions/local/seed.ts';
import { aPublicCaseId, bundle, recordedCallsOf, restProxyEvent, webProbeEnv } from './lambda-bundles.ts';
import { startSecretsStub } from './secrets-stub.ts';
import { median, round, section, table } from './report.ts';

const PROBE = fileURLToPath(new URL('./cold-start-probe.mjs', import.meta.url));
const ENTRIES = {
  web: fileURLToPath(new URL('../../functions/lambda/web.ts', import.meta.url)),
  floor: fileURLToPath(new URL('./fixtures/dynamo-floor-lambda.ts', import.meta.url)),
  hello: fileURLToPath(new URL('./fixtures/hello-lambda.ts', import.meta.url)),
};
const TABLE = 'tandem-bench-profile';
const RUNS = Number(process.env.PROFILE_RUNS ?? 5);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Where one sample's frame came from, in words a reader can act on. */
function bucketOf(frame: ProfileNode['callFrame'], maps: Map<string, SourceMap>): string {
  const { url, functionName } = frame;
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  const map = maps.get(url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
    const source = entry.originalSource ?? '';
    const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    if (pkg) return pkg;
    const own = source.match(/\/(shared|web|functions)\/([^/]+)/);
    return own ? `${own[1]}/${own[2]}` : `bundle (unmapped)`;
  }
  if (url.startsWith('node:') || url === '') return `node: ${functionName || '(anonymous)'}`.slice(0, 60);
  return url.split('/').at(-1) ?? url;
}

/** Our own source file nearest to a frame on its stack (what made the package work), or undefined. */
function ownCallerOf(node: ProfileNode, parents: Map<number, ProfileNode>, maps: Map<string, SourceMap>): string | undefined {
  for (let at: ProfileNode | undefined = node; at; at = parents.get(at.id)) {
    const map = maps.get(at.callFrame.url);
    if (!map) continue;
    const source = (map.findEntry(at.callFrame.lineNumber, at.callFrame.columnNumber) as { originalSource?: string }).originalSource ?? '';
    const own = source.match(/\/((?:shared|web|functions)\/.+)$/);
    if (own && !source.includes('node_modules')) return own[1];
  }
  return undefined;
}

/** Self time by origin, and total time (self + what it called) by our own nearest source file. */
function timesOf(profile: CpuProfile, maps: Map<string, SourceMap>): { self: Map<string, number>; byOwnFile: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n);
  const self = new Map<string, number>();
  const byOwnFile = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const bucket = bucketOf(node.callFrame, maps);
    self.set(bucket, (self.get(bucket) ?? 0) + ms);
    const own = ownCallerOf(node, parents, maps);
    if (own) byOwnFile.set(own, (byOwnFile.get(own) ?? 0) + ms);
  });
  return { self, byOwnFile };
}

/** Per key, the median over runs (a run without the key counts 0), largest first. */
function mediansOf(runs: Map<string, number>[]): [string, number][] {
  const keys = new Set(runs.flatMap((r) => [...r.keys()]));
  return [...keys].map((k) => [k, median(runs.map((r) => r.get(k) ?? 0))] as [string, number]).sort((a, b) => b[1] - a[1]);
}

function run(bundleFile: string, eventFile: string, env: Record<string, string>, profileDir: string): Promise<{ answered: number }> {
  return new Promise((done, fail) => {
    execFile(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=100', PROBE, bundleFile, eventFile], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) return fail(new Error(`${bundleFile}: ${error.message}\n${stderr}`));
      const line = stdout.split('\n').find((l) => l.startsWith('PROBE '));
      if (!line) return fail(new Error(`no probe line:\n${stdout}\n${stderr}`));
      const result = JSON.parse(line.slice('PROBE '.length)) as { answered: number; statusCode: number };
      if (result.statusCode !== 200) return fail(new Error(`${bundleFile} answered ${result.statusCode}:\n${stdout}`));
      done(result);
    });
  });
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'tandem-profile-'));
  const dynamo = await startDynamoLocal();
  process.once('exit', () => dynamo.kill());
  const stub = await startSecretsStub('profile-hmac-key');
  try {
    const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    if (await ensureTable(raw, TABLE)) {
      const store = createDynamoStore(createDocumentClient({ region: 'local', endpoint: dynamo.endpoint }), TABLE);
      await seedDemo({ store, mailer: { send: async () => ({ messageId: 'profile' }) }, clock: systemClock, appUrl: 'https://tandem.example.org', secret: 'profile' });
    }
    raw.destroy();
    const eventFile = join(work, 'event.json');
    const path = process.argv.includes('case-page') ? `/cases/${await aPublicCaseId(dynamo.endpoint, TABLE)}` : '/api/cases';
    await writeFile(eventFile, JSON.stringify(restProxyEvent(path)));
    const env = { ...webProbeEnv(work, TABLE, dynamo.endpoint, stub), FLOOR_CALLS: JSON.stringify(await recordedCallsOf(dynamo.endpoint, TABLE, path)) };
    console.log(`event: GET ${path}`);

    const rows: (string | number)[][] = [];
    for (const [name, entry] of Object.entries(ENTRIES)) {
      const outdir = join(work, name);
      const built = await bundle(entry, outdir);
      // Every chunk's own map, by the URL a profile frame names it with.
      const maps = new Map(
        readdirSync(outdir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.mjs'))
          .map((f) => [pathToFileURL(join(outdir, f)).href, new SourceMap(JSON.parse(readFileSync(join(outdir, `${f}.map`), 'utf8')))] as const),
      );
      const selfRuns: Map<string, number>[] = [];
      const ownRuns: Map<string, number>[] = [];
      const answered: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const dir = join(work, `${name}-prof-${i}`);
        answered.push((await run(built.file, eventFile, env, dir)).answered);
        const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))!;
        const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
        const { self, byOwnFile } = timesOf(profile, maps);
        selfRuns.push(self);
        ownRuns.push(byOwnFile);
      }
      section(`${name}: median start→answer ${round(median(answered))} ms over ${RUNS} profiled runs; self time by origin (median ms)`);
      console.log(table(['origin', 'ms'], mediansOf(selfRuns).slice(0, 25).map(([b, ms]) => [b, round(ms, 1)])));
      if (name === 'web') {
        section(`${name}: time spent in or under each of our files (nearest own frame on the stack, median ms)`);
        console.log(table(['file', 'ms'], mediansOf(ownRuns).slice(0, 30).map(([b, ms]) => [b, round(ms, 1)])));
      }
      rows.push([name, round(median(answered)), built.bytes, built.initialBytes]);
    }
    section('summary (profiled, so slower than the bench)');
    console.log(table(['bundle', 'start→answer ms', 'bytes', 'bytes at start'], rows));
  } finally {
    await stub.close();
    await dynamo.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exit(1);
  },
);
