/**
 * docs/performance.md, rendered from a full run's results (results.json):
 * `npm run bench` writes it at the end, `npm run bench:report` rewrites it
 * from the recorded file. Nothing on the page is typed by hand, so it can
 * never show figures from another run than the one it names.
 */
import { PLANS } from './plan.ts';
import { FIGURES, overBudgetRows, type BenchResults } from './results.ts';
import { COLD_START_PROFILE, EXTENDING, READING, THROUGHPUT_PROFILE } from './performance-doc-text.ts';
import {
  n, ms, mdTable, within, callsSection, bundlesSection, throughputSection, digestSection, alertsSection, importsSection,
} from './performance-doc-sections.ts';


function runTable(r: BenchResults): string {
  const m = r.machine;
  const when = `${m.date.slice(0, 16).replace('T', ' ')} UTC`;
  return mdTable(['run', ''], [
    ['date', when],
    ['commit', `\`${m.commit}\``],
    ['machine', `${m.platform} ${m.arch} · ${m.cpuCount} × ${m.cpuModel} · ${m.memoryGiB} GiB memory · Node ${m.node}`],
    ['load average (1 / 5 / 15 min)', `${m.loadAverage.atStart.join(' / ')} at the start; ${m.loadAverage.atEnd?.join(' / ') ?? 'n/a'} at the end`],
    ['duration', `${r.runSeconds} s`],
    ['verdict', r.problems.length === 0 ? 'every figure measured; budgets held (DynamoDB calls per request, Scans)' : `**failed**: ${r.problems.join('; ')}`],
  ]);
}

/** When each figure was measured: the same run for all, unless `--only` measured some again later. */
function figureRunsTable(r: BenchResults): string {
  const runs = r.figureRuns;
  if (!runs) return '';
  const rows = FIGURES.filter((f) => runs[f]).map((f) => {
    const x = runs[f]!;
    return [f, `${x.date.slice(0, 16).replace('T', ' ')} UTC`, `\`${x.commit}\``, `${x.loadAverage.atStart[0]} → ${x.loadAverage.atEnd?.[0] ?? 'n/a'}`, x.wholeRun ? `${x.seconds} s (the whole run)` : `${x.seconds} s`];
  });
  return `\nEach figure, when and under which load it was measured (\`npm run bench -- --only <figures>\` measures some again):\n\n${mdTable(['figure', 'date', 'commit', 'load (1 min) at its start → end', 'took'], rows)}\n`;
}

function glance(r: BenchResults): string {
  const rows: string[][] = [];
  const calls = r.callsPerRoute;
  if (calls) {
    const excepted = new Set(calls.exceptions.map((e) => e.route));
    const ordinary = calls.rows.filter((x) => !excepted.has(x.route));
    const excepting = calls.rows.filter((x) => excepted.has(x.route));
    rows.push([
      `DynamoDB calls per request ≤ ${calls.budget.maxCalls}, ${calls.budget.maxScans} Scans (fails the run)`,
      `max ${Math.max(0, ...ordinary.map((x) => x.calls))} calls over ${n(ordinary.length)} route × caller requests; the ${n(excepting.length)} requests to the ${calls.exceptions.length} documented exceptions made up to ${Math.max(0, ...excepting.map((x) => x.calls))}; ${calls.totalScans} Scans; ${overBudgetRows(calls).length} over budget`,
      overBudgetRows(calls).length === 0 && calls.totalScans === 0 ? 'held' : '**broken**',
    ]);
  }
  const bundles = r.lambdaBundles;
  if (bundles) {
    for (const [entry, ratio] of Object.entries(bundles.ratios)) {
      const b = bundles.bundles.find((x) => x.entry === entry);
      rows.push([
        `\`${entry}\` first answer ≤ 1.5× "hello" (reported)`,
        `${ratio.processStartToAnswer}× (${ms(b?.coldStart?.medianAnsweredMs)} vs ${ms(bundles.hello.coldStart?.medianAnsweredMs)}, medians of ${b?.coldStart?.runs}); ${ratio.loadAndAnswer}× without Node's start-up`,
        within(ratio.processStartToAnswer <= 1.5),
      ]);
    }
    const floor = bundles.floor;
    if (floor?.coldStart && floor.ratioToHello !== undefined) {
      rows.push([
        'the floor: DynamoDB client + lib-dynamodb + Hono, same calls (reported)',
        `${floor.ratioToHello}× "hello" (${ms(floor.coldStart.medianAnsweredMs)}): the web function cannot go below it`,
        'measured',
      ]);
    }
  }
  for (const t of r.throughput?.rows ?? []) {
    rows.push([
      `${t.page} throughput ≥ 0.8× bare SDK, p99 ≤ 1.5× (reported)`,
      `${t.throughputRatio}× (${t.server.requestsPerSecond} req/s vs ${t.bareSdk.requestsPerSecond} it/s); p99 ${t.p99Ratio}× (${t.server.p99Ms} ms vs ${t.bareSdk.p99Ms} ms)`,
      within(t.throughputRatio >= 0.8 && t.p99Ratio <= 1.5),
    ]);
  }
  const d = r.digest;
  if (d) {
    rows.push([
      'digest: 0 Scans (fails the run); reads grow with members + cases; peak memory < 512 MiB (reported)',
      `${n(d.scale.members)} members × ${n(d.scale.cases)} cases: ${d.scans} Scans, ${n(d.reads)} reads (members + cases = ${n(d.scale.members + d.scale.cases)}), peak RSS ${d.peakRssMiB} MiB`,
      d.scans === 0 && d.peakRssMiB < 512 ? 'held' : '**broken**',
    ]);
  }
  const a = r.alerts;
  const largest = a?.runs.at(-1);
  if (a && largest) {
    rows.push([
      `urgent alert: delivered within 60 s at ${a.sendRate} emails/s; DynamoDB calls linear in recipients; 0 duplicates, 0 Scans (fail the run)`,
      `${n(largest.recipients)} recipients in ${(largest.deliveredMs / 1000).toFixed(1)} s; calls per recipient ratio ${a.linearity} (largest ÷ smallest); ${largest.duplicates} duplicates, ${largest.scans} Scans; peak RSS ${a.peakRssMiB} MiB`,
      largest.deliveredMs <= 60_000 && a.linearity <= 1.2 && largest.duplicates === 0 && largest.scans === 0 ? 'held' : '**broken**',
    ]);
  }
  const imported = r.imports?.steps.find((s) => s.step === 'import (CSV)');
  if (r.imports && imported) {
    rows.push([
      'spreadsheet import: 10,000 rows under 60 s locally (reported); 0 Scans (fails the run)',
      `${n(r.imports.rows)} rows in ${(imported.wallMs / 1000).toFixed(1)} s, ${n(imported.calls)} DynamoDB calls, ${imported.scans} Scans; peak RSS ${r.imports.peakRssMiB} MiB`,
      within(imported.wallMs <= 60_000 && imported.scans === 0),
    ]);
  }
  for (const f of r.failures) rows.push([f.figure, `not measured: ${f.error.split('\n')[0]}`, '**failed**']);
  return mdTable(['budget (docs/architecture.md)', 'this run', ''], rows);
}

export function renderPerformanceDoc(r: BenchResults): string {
  const quick = PLANS.quick;
  const p = r.plan;
  return `<!-- Generated by \`npm run bench:report\` from test/bench/results.json: do not edit by hand; change test/bench/performance-doc.ts or run the bench again. -->
# Performance: the budgets, measured

This page is generated from the last full run of \`npm run bench\`, recorded in
\`test/bench/results.json\`. The budgets are in \`docs/architecture.md\`
(Performance budgets). Figures move with the machine and with whatever else runs on it: compare
figures from one run, and read them with the load average below.

${runTable(r)}
${figureRunsTable(r)}
## Reproduce

\`\`\`sh
npm ci
npm run bench              # Node 20+, Java 17+ (DynamoDB Local); no AWS account, no network
npm run bench -- --quick   # every figure with fewer samples; CI runs it (.ci/run)
npm run bench -- --only alerts,imports   # those figures again, into results.json beside the others
npm run bench:report       # this page again from test/bench/results.json
\`\`\`

The full run writes \`test/bench/results.json\` and this page. The quick run takes ${quick.coldStartRuns} cold starts
per bundle instead of ${p.coldStartRuns}, ${quick.throughput.seconds} s of load per page instead of ${p.throughput.seconds}, and a digest of
${n(quick.digest.members)} members × ${n(quick.digest.cases)} cases instead of ${n(p.digest.members)} × ${n(p.digest.cases)}; it writes
\`test/bench/results.quick.json\` (not in git) and leaves the recorded run and this page alone.
Either run fails only when a figure cannot be measured or a budget that does not depend on the
machine is broken: more than ${r.callsPerRoute?.budget.maxCalls ?? 3} DynamoDB calls for a request (outside the documented
exceptions), or a Scan anywhere. Speed ratios are reported, never a reason to fail: the machine
is shared and noisy.

## The budgets in this run

${glance(r)}

## (a) DynamoDB calls per request

Every GET page and API route × caller, counted by the SDK middleware
\`functions/adapters/dynamo/call-counter.ts\`. The table of routes is \`test/support/route-budget.ts\`,
shared with \`test/integration/request-budget.test.ts\`; its fixture is the expensive shape for lists:
restricted cases newer than the visible ones, so a member's list has to read a second query page.

${callsSection(r)}

## (b) Lambda bundles and cold start

Every \`functions/lambda/*.ts\` exporting a \`handler\`, bundled with the stack's own options
(\`esbuildOptions\` in \`infra/constructs/bundling.ts\`, split into chunks: "read at start" is \`index.mjs\`
and the chunks it imports statically, the rest waits for an \`import()\`), beside a minimal
Hono "hello" (\`test/bench/fixtures/hello-lambda.ts\`) bundled the same way. Then fresh \`node\`
processes, interleaved (\`test/bench/cold-start-probe.mjs\`): load the bundle, answer one API Gateway
REST (v1) proxy event \`GET /api/cases\`. The web function fetches its HMAC key on its first request
from a local stand-in for the Parameters and Secrets extension and reads the demo network from DynamoDB
Local; no \`--enable-source-maps\`, as the stack runs the web function (its map stays in the asset).
The floor (\`test/bench/fixtures/dynamo-floor-lambda.ts\`) loads only the DynamoDB client, lib-dynamodb
and Hono and replays the web function's DynamoDB calls for the same event: what no lazy loading in the
web function can go below. \`npm run bench:profile\` shows where a cold start's CPU time goes.

${bundlesSection(r)}

${COLD_START_PROFILE}

## (c) Local throughput

The local server (the \`npm start\` entry, its own process, pointed at the bench's DynamoDB Local)
signed in as an MP under autocannon, for the case list and a case page; beside it a bare SDK loop
replaying the exact DynamoDB calls each page makes (recorded by the call counter from the same app
over the same table) at the same concurrency, and the floor server; the three take turns in rounds of
the same length, after DynamoDB Local has been warmed (see the profile below for why). Ratio = server
req/s ÷ bare SDK iterations/s.

${throughputSection(r)}

${THROUGHPUT_PROFILE}

## (d) Weekly digest

\`test/bench/digest.ts\`: cases (every one with news in the week, the loader's worst case) and members
following two countries each, written with BatchWriteItem through the adapter's item builders; then
\`runDigest\` for week 2026-W48 with a mailer that builds each raw MIME message and drops it (SES is
not measured). Reads and writes counted by an SDK middleware; peak RSS of the bench process sampled
every 20 ms (DynamoDB Local excluded).

${digestSection(r)}

## (e) Urgent alert

\`test/bench/alerts.ts\` (full run only): members following the case's country, written with the adapter's
item builders; the coordinator's create (\`createAlert\`, as the API calls it), then the local queue's
poller running the sender Lambda's code, paced at the send rate, into a real local outbox. Timed from
the create to the last delivery; DynamoDB calls counted at two sizes (linear: about the same per
recipient); duplicates counted per address.

${alertsSection(r)}

## (f) Spreadsheet import

\`test/bench/imports.ts\`: one file of ${n(p.imports?.rows ?? 10_000)} cases (${n(quick.imports.rows)} in quick runs), each with an
\`externalId\`, posted to \`POST /api/imports/cases\` by a signed-in coordinator: a dry run, the import
(a job: 202, then chunks of 200 new rows, a transaction per 25 cases with their consent entries, audit
lines and external ids), the re-import of the same file (every case found by its external id: reads only),
a dry run of the same rows as XLSX. A job's figures are its request's and its own together. Calls by the
call counter; peak RSS of the bench process every 20 ms (DynamoDB Local excluded).

${importsSection(r)}

${READING}

${EXTENDING}
`;
}
