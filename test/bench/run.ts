/**
 * `npm run bench`: the performance budgets of ARCHITECTURE.md, measured on
 * this machine. Starts one in-memory DynamoDB Local, runs (a) DynamoDB calls
 * per request, (b) Lambda bundle sizes and cold starts, (c) local throughput
 * beside a bare SDK loop, (d) the digest (a slot until issue 6 lands), prints
 * a table for each, and writes test/bench/results.json with the date and the
 * machine. Not part of `npm test`: figures depend on the machine, so the
 * only thing that fails the run is a broken budget (calls, Scans) or a
 * measurement that could not be taken.
 */
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDynamoLocal } from '#functions/local/dynamo-local.ts';
import { benchCallsPerRoute } from './calls-per-route.ts';
import { benchDigest } from './digest.ts';
import { benchLambdaBundles } from './lambda-bundles.ts';
import { machine, section } from './report.ts';
import { benchThroughput } from './throughput.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

async function main(): Promise<number> {
  const started = performance.now();
  const host = machine();
  const loadAtEnd = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
  console.log(
    `Tandem benchmarks · ${host.date} · Node ${host.node} · ${host.cpuCount} × ${host.cpuModel} · ${host.memoryGiB} GiB · load ${host.loadAverage1m}`,
  );
  const dynamo = await startDynamoLocal();
  // Whatever happens, DynamoDB Local must not outlive the run.
  process.once('exit', () => dynamo.kill());
  try {
    const calls = await benchCallsPerRoute(dynamo.endpoint);
    const bundles = await benchLambdaBundles(dynamo.endpoint);
    const throughput = await benchThroughput(dynamo.endpoint);
    const digest = await benchDigest(dynamo.endpoint);
    const seconds = Math.round((performance.now() - started) / 1000);

    section('Summary');
    const web = bundles.bundles.find((b) => b.entry.endsWith('/web.ts'));
    const lines = [
      `DynamoDB calls per request: max ${calls.maxCalls} over ${calls.rows.length} route × caller requests (budget 3); Scans ${calls.totalScans}`,
      ...bundles.bundles.map((b) => `bundle ${b.entry}: ${b.bytes} bytes (+ ${b.mapBytes} map)`),
      `bundle hello: ${bundles.hello.bytes} bytes`,
      ...Object.entries(bundles.ratios).map(([entry, r]) => `cold start ${entry}: ${r.processStartToAnswer}× hello (${r.loadAndAnswer}× without Node's start-up)${web?.coldStart ? `, median ${web.coldStart.medianAnsweredMs} ms vs ${bundles.hello.coldStart?.medianAnsweredMs} ms` : ''}`),
      ...throughput.rows.map((r) => `throughput ${r.page}: ${r.server.requestsPerSecond} req/s, p99 ${r.server.p99Ms} ms; bare SDK ${r.bareSdk.requestsPerSecond}/s, p99 ${r.bareSdk.p99Ms} ms; ratio ${r.throughputRatio}`),
      `digest ${digest.scale.members} members × ${digest.scale.cases} cases: ${digest.reads} reads, ${digest.emails} emails, ${(digest.wallMs / 1000).toFixed(1)} s, peak ${digest.peakRssMiB} MiB`,
      `run took ${seconds} s; load average ${host.loadAverage1m} at the start, ${loadAtEnd()} at the end`,
    ];
    console.log(lines.join('\n'));

    await writeFile(RESULTS, `${JSON.stringify({ machine: { ...host, loadAverage1mAtEnd: loadAtEnd() }, runSeconds: seconds, callsPerRoute: calls, lambdaBundles: bundles, throughput, digest }, null, 2)}\n`);
    console.log(`\nwritten: test/bench/results.json`);
    if (calls.overBudget.length > 0 || calls.totalScans > 0) {
      console.error(`OVER BUDGET: ${calls.overBudget.map((r) => `${r.caller} GET ${r.path} (${r.calls} calls, ${r.scans} Scans, ${r.status})`).join('; ')}`);
      return 1;
    }
    return 0;
  } finally {
    await dynamo.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exit(1);
  },
);
