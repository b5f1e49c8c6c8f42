/**
 * `npm run bench`: the performance budgets of docs/architecture.md, measured on
 * this machine. Starts one in-memory DynamoDB Local, runs (a) DynamoDB calls
 * per request, (b) Lambda bundle sizes and cold starts, (c) local throughput
 * beside a bare SDK loop, (d) the weekly digest, (e) an urgent alert (full run only), (f) a
 * spreadsheet import of 10,000 cases (1,000 in quick runs), prints a table for each, and
 * writes test/bench/results.json with the date, the commit, the machine and
 * its load, then docs/performance.md from it.
 *
 * `npm run bench -- --only alerts,imports` measures those figures of a full run again
 * and writes them into results.json beside the recorded others, each figure
 * with the date, commit and load it was measured under.
 *
 * `npm run bench -- --quick` (CI) takes every figure with fewer samples
 * (test/bench/plan.ts) and writes results.quick.json only: the recorded run
 * and its page stay as they are. Not part of `npm test`. Either mode fails
 * only when a figure could not be measured or a budget that does not depend
 * on the machine is broken (test/bench/results.ts); a figure that throws is
 * recorded and the others are still measured.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDynamoLocal } from '#functions/local/dynamo-local.ts';
import { benchCallsPerRoute } from './calls-per-route.ts';
import { benchDigest } from './digest.ts';
import { benchAlerts } from './alerts.ts';
import { benchImports } from './imports.ts';
import { benchLambdaBundles } from './lambda-bundles.ts';
import { renderPerformanceDoc } from './performance-doc.ts';
import { argsFrom, PLANS } from './plan.ts';
import { loadAverages, machine, section } from './report.ts';
import { mergeRun, overBudgetRows, PERFORMANCE_DOC, problemsOf, RESULTS_FILE, type BenchResults, type Figure } from './results.ts';
import { benchThroughput } from './throughput.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * One figure: its result, or its error recorded so the other figures still run; either way the
 * date, commit and load it was measured under.
 */
async function measure<T>(figure: Figure, record: Pick<BenchResults, 'failures'> & { figureRuns: NonNullable<BenchResults['figureRuns']> }, run: () => Promise<T>): Promise<T | undefined> {
  const { date, commit, loadAverage } = machine();
  const started = performance.now();
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    console.error(`\n${figure} could not be measured:\n${message}`);
    record.failures.push({ figure, error: message.split('\n').slice(0, 3).join('\n') });
    return undefined;
  } finally {
    loadAverage.atEnd = loadAverages();
    record.figureRuns[figure] = { date, commit, loadAverage, seconds: Math.round((performance.now() - started) / 1000) };
  }
}

function summary(r: BenchResults): string[] {
  const lines: string[] = [];
  const { callsPerRoute: calls, lambdaBundles: bundles, throughput, digest, alerts } = r;
  if (calls) lines.push(`DynamoDB calls per request: max ${calls.maxCalls} over ${calls.rows.length} route × caller requests (budget ${calls.budget.maxCalls}, ${calls.exceptions.length} documented exceptions); Scans ${calls.totalScans}; over budget ${overBudgetRows(calls).length}`);
  if (bundles) {
    const web = bundles.bundles.find((b) => b.entry.endsWith('/web.ts'));
    lines.push(...bundles.bundles.map((b) => `bundle ${b.entry}: ${b.bytes} bytes (+ ${b.mapBytes} map)`), `bundle hello: ${bundles.hello.bytes} bytes`);
    lines.push(...Object.entries(bundles.ratios).map(([entry, q]) => `cold start ${entry}: ${q.processStartToAnswer}× hello (${q.loadAndAnswer}× without Node's start-up)${web?.coldStart ? `, median ${web.coldStart.medianAnsweredMs} ms vs ${bundles.hello.coldStart?.medianAnsweredMs} ms` : ''}`));
  }
  if (throughput) lines.push(...throughput.rows.map((t) => `throughput ${t.page}: ${t.server.requestsPerSecond} req/s, p99 ${t.server.p99Ms} ms; bare SDK ${t.bareSdk.requestsPerSecond}/s, p99 ${t.bareSdk.p99Ms} ms; ratio ${t.throughputRatio}`));
  if (digest) lines.push(`digest ${digest.scale.members} members × ${digest.scale.cases} cases: ${digest.reads} reads, ${digest.scans} Scans, ${digest.emails} emails, ${(digest.wallMs / 1000).toFixed(1)} s, peak ${digest.peakRssMiB} MiB`);
  for (const a of alerts?.runs ?? []) lines.push(`alert to ${a.recipients} recipients at ${alerts!.sendRate}/s: delivered in ${(a.deliveredMs / 1000).toFixed(1)} s, ${a.createCalls + a.deliveryCalls} DynamoDB calls, ${a.duplicates} duplicates, ${a.scans} Scans`);
  for (const s of r.imports?.steps ?? []) lines.push(`import of ${r.imports!.rows} rows, ${s.step}: ${(s.wallMs / 1000).toFixed(1)} s, ${s.calls} DynamoDB calls, ${s.scans} Scans`);
  if (r.imports) lines.push(`import: peak ${r.imports.peakRssMiB} MiB`);
  if (alerts) lines.push(`alerts: calls per recipient ratio ${alerts.linearity} (largest ÷ smallest), peak ${alerts.peakRssMiB} MiB`);
  const { atStart, atEnd } = r.machine.loadAverage;
  lines.push(`run took ${r.runSeconds} s; load average (1/5/15 min) ${atStart.join(' / ')} at the start, ${atEnd?.join(' / ')} at the end`);
  return lines;
}

async function main(): Promise<number> {
  const { mode, only } = argsFrom(process.argv.slice(2));
  const plan = PLANS[mode];
  const wanted = (figure: Figure) => !only || only.includes(figure);
  const started = performance.now();
  const host = machine();
  console.log(
    `Tandem benchmarks (${mode}) · ${host.date} · ${host.commit} · Node ${host.node} · ${host.cpuCount} × ${host.cpuModel} · ${host.memoryGiB} GiB · load ${host.loadAverage.atStart.join(' / ')}`,
  );
  const dynamo = await startDynamoLocal();
  // Whatever happens, DynamoDB Local must not outlive the run.
  process.once('exit', () => dynamo.kill());
  const record = { failures: [] as BenchResults['failures'], figureRuns: {} as NonNullable<BenchResults['figureRuns']> };
  const figures: Pick<BenchResults, Figure> = {};
  try {
    const endpoint = dynamo.endpoint;
    const steps: [Figure, () => Promise<BenchResults[Figure]>][] = [
      ['callsPerRoute', () => benchCallsPerRoute(endpoint, plan.budgetFillers)],
      ['lambdaBundles', () => benchLambdaBundles(endpoint, plan.coldStartRuns)],
      ['throughput', () => benchThroughput(endpoint, plan.throughput)],
      ['digest', () => benchDigest(endpoint, plan.digest)],
      ...(plan.alerts ? [['alerts', () => benchAlerts(endpoint, plan.alerts!)] as [Figure, () => Promise<BenchResults[Figure]>]] : []),
      ['imports', () => benchImports(endpoint, plan.imports)],
    ];
    for (const [figure, run] of steps) {
      if (wanted(figure)) Object.assign(figures, { [figure]: await measure(figure, record, run) });
    }
  } finally {
    await dynamo.stop();
  }
  host.loadAverage.atEnd = loadAverages();
  const thisRun = { mode, plan, machine: host, runSeconds: Math.round((performance.now() - started) / 1000), ...figures, ...record };
  const measured = only ? mergeRun(JSON.parse(await readFile(RESULTS_FILE.full, 'utf8')) as BenchResults, only, thisRun) : thisRun;
  const results: BenchResults = { ...measured, problems: problemsOf(measured) };

  section(`Summary (${mode})`);
  console.log(summary(results).join('\n'));
  await writeFile(RESULTS_FILE[mode], `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten: ${relative(ROOT, RESULTS_FILE[mode])}`);
  if (mode === 'full') {
    await writeFile(PERFORMANCE_DOC, renderPerformanceDoc(results));
    console.log(`written: ${relative(ROOT, PERFORMANCE_DOC)}`);
  }
  if (results.problems.length > 0) {
    console.error(`\nbench (${mode}) FAILED: ${results.problems.length} problem(s)\n- ${results.problems.join('\n- ')}`);
    return 1;
  }
  console.log(`\nbench (${mode}): every figure measured; budgets held (DynamoDB calls per request, Scans)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exit(1);
  },
);
