/**
 * The sections of docs/performance.md that turn one measurement each into a table (the calls per
 * route, the bundles, throughput, the digest, alerts, imports), and the Markdown helpers the page
 * is written with (test/bench/performance-doc.ts puts it together).
 */
import { callsGrid } from './report.ts';
import type { BenchResults } from './results.ts';

export const n = (value: number) => value.toLocaleString('en');
export const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${value} ms`);
export const row = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
export const mdTable = (headers: string[], rows: (string | number)[][]) => [row(headers), row(headers.map(() => '---')), ...rows.map(row)].join('\n');
export const within = (held: boolean) => (held ? 'within' : '**over**');

export function callsSection(r: BenchResults): string {
  const calls = r.callsPerRoute;
  if (!calls) return '_Not measured in this run._';
  return [
    `Fixture: ${calls.fixture}. Every GET page and API route × caller, one request each; cells are calls (status).`,
    '',
    mdTable(['GET', ...calls.callers], callsGrid(calls.rows, calls.callers).map((l) => [`\`${l.path}\`${l.note ? ` (${l.note})` : ''}`, ...l.cells])),
    '',
    'Documented exceptions (`test/support/route-budget.ts`), checked against their own ceiling instead of 3:',
    '',
    ...calls.exceptions.map((e) => `- \`${e.route}\` (${e.maxCalls}): ${e.reason}`),
  ].join('\n');
}

export function bundlesSection(r: BenchResults): string {
  const b = r.lambdaBundles;
  if (!b) return '_Not measured in this run._';
  return [
    mdTable(
      ['bundle', 'bytes (all chunks)', 'read at start', 'source map bytes', `start → answer (median of ${b.hello.coldStart?.runs ?? 'n/a'})`, 'load + answer', 'spawn → exit', 'ratio to "hello"'],
      [...b.bundles, ...(b.floor ? [b.floor] : []), b.hello].map((x) => [
        `\`${x.entry}\``, n(x.bytes), x.initialBytes === undefined ? 'one file' : n(x.initialBytes), n(x.mapBytes), ms(x.coldStart?.medianAnsweredMs), ms(x.coldStart?.medianLoadAndAnswerMs), ms(x.coldStart?.medianWallMs),
        b.ratios[x.entry] ? `${b.ratios[x.entry]!.processStartToAnswer}× (${b.ratios[x.entry]!.loadAndAnswer}× without Node's start-up)` : x === b.hello ? '1×' : x === b.floor ? `${b.floor.ratioToHello ?? 'n/a'}× (the floor)` : (x.noProbe ?? 'n/a'),
      ]),
    ),
    '',
    `Samples (start → answer, ms): ${[...b.bundles, ...(b.floor ? [b.floor] : []), b.hello].filter((x) => x.coldStart).map((x) => `${x.entry.split('/').pop()} ${x.coldStart!.samplesAnsweredMs.join(', ')}`).join('; ')}.`,
    `esbuild ${b.esbuild}, Node ${b.node}. ${b.note}`,
    ...(b.slowSecret
      ? ['', `**The secret's wait, hidden?** The web function again, with the secret answered after ${b.slowSecret.extensionAnswersAfterMs} ms (on a cold start the extension asks Secrets Manager first; the wait is assumed, not measured on AWS), probed in turn with the others: ${ms(b.slowSecret.medianAnsweredMs)} (median). Its first answer showed ${b.slowSecret.waitShownMs} ms of the ${b.slowSecret.extensionAnswersAfterMs} ms wait (median over rounds of its time minus the web function's in the same round): ${b.slowSecret.extensionAnswersAfterMs} would mean nothing ran during the wait; the route's feature loads meanwhile (\`web/feature-prefetch.ts\`). Samples: ${b.slowSecret.samplesAnsweredMs.join(', ')}.`]
      : []),
    ...(b.casePage
      ? ['', `**A case page** (the page an alert links to; the web function's case-safety feature, which embeds the sections of five others), \`${b.casePage.event}\`, probed in turn with the others: ${ms(b.casePage.medianAnsweredMs)} (median), ${b.casePage.ratioToHello ?? 'n/a'}× hello. Samples: ${b.casePage.samplesAnsweredMs.join(', ')}.`]
      : []),
  ].join('\n');
}

export function throughputSection(r: BenchResults): string {
  const t = r.throughput;
  if (!t) return '_Not measured in this run._';
  const cpu = (micros: number | undefined) => (micros === undefined ? 'not read' : `${n(micros)} µs`);
  return [
    t.rounds
      ? `${t.connections} connections, signed in as an MP. DynamoDB Local warmed first with ${t.dynamoWarmUpSeconds} s of every page's calls; then for each page a ${t.warmUpSeconds} s warm-up of each side and ${t.rounds} round(s) of server, floor and bare loop taking turns, ${t.durationSeconds} s each: each side's median round is shown.`
      : `${t.connections} connections × ${t.durationSeconds} s after a ${t.warmUpSeconds} s warm-up, signed in as an MP.`,
    '',
    mdTable(
      ['page', 'DynamoDB calls', 'server req/s', 'server p50 / p99', 'bare SDK it/s', 'bare SDK p50 / p99', 'throughput ratio', 'p99 ratio', 'floor server req/s (ratio)', 'CPU per request: server / floor'],
      t.rows.map((x) => [
        `${x.page} \`${x.path}\``, x.dynamoCalls.map((c) => c.replace(/Command$/, '')).join(' + '), x.server.requestsPerSecond,
        `${x.server.p50Ms} / ${x.server.p99Ms} ms`, x.bareSdk.requestsPerSecond, `${x.bareSdk.p50Ms} / ${x.bareSdk.p99Ms} ms`, x.throughputRatio, x.p99Ratio,
        x.floorServer ? `${x.floorServer.requestsPerSecond} (${x.floorRatio})` : 'not measured',
        `${cpu(x.serverCpuMicrosPerRequest)} / ${cpu(x.floorCpuMicrosPerRequest)}`,
      ]),
    ),
    '',
    // The floor server (test/bench/floor-server.ts) makes the same calls behind Node's HTTP server and one Hono
    // route, answering as many bytes: what any server pays on this machine before the app's own work.
    'The floor server is Node\'s HTTP server with one Hono route making the same calls and answering as many bytes (`test/bench/floor-server.ts`): the app\'s distance to it is its own work per request. CPU per request is what the process itself spent (Linux `/proc`), over every round.',
    '',
    ...(t.rows.some((x) => x.rounds)
      ? [`req/s of each round (server; floor; bare loop): ${t.rows.map((x) => `\`${x.path}\` ${x.rounds!.server.join(', ')}; ${x.rounds!.floor.join(', ')}; ${x.rounds!.bareSdk.join(', ')}`).join(' · ')}.`, '']
      : []),
    `Calls the server itself logged per request: ${t.rows.map((x) => `\`${x.path}\` ${x.serverReportedCalls.join(', ')}`).join('; ')}.`,
  ].join('\n');
}

export function digestSection(r: BenchResults): string {
  const d = r.digest;
  if (!d) return '_Not measured in this run._';
  const byCommand = Object.entries(d.readsByCommand).map(([c, k]) => `${n(k)} ${c.replace(/Command$/, '')}`).join(', ');
  return mdTable(
    ['members × cases', 'reads', 'writes', 'Scans', 'emails', 'wall time', 'peak RSS'],
    [[`${n(d.scale.members)} × ${n(d.scale.cases)}`, `${n(d.reads)} (${byCommand})`, n(d.writes), d.scans, n(d.emails), `${(d.wallMs / 1000).toFixed(1)} s`, `${d.peakRssMiB} MiB`]],
  );
}

export function alertsSection(r: BenchResults): string {
  const a = r.alerts;
  if (!a) return '_Not measured in this run._';
  return mdTable(
    ['recipients', 'create: DynamoDB calls', 'delivery: DynamoDB calls', 'calls per recipient', 'emails', 'duplicates', 'Scans', 'delivered in'],
    a.runs.map((x) => [
      n(x.recipients), n(x.createCalls), n(x.deliveryCalls), ((x.createCalls + x.deliveryCalls) / x.recipients).toFixed(2), n(x.emails), x.duplicates, x.scans,
      `${(x.deliveredMs / 1000).toFixed(1)} s`,
    ]),
  ) + `\n\nPeak RSS of the bench process: ${a.peakRssMiB} MiB.`;
}

export function importsSection(r: BenchResults): string {
  const i = r.imports;
  if (!i) return '_Not measured in this run._';
  return mdTable(
    ['step', 'status', 'wall time', 'DynamoDB calls', 'calls per row', 'Scans', 'answer'],
    i.steps.map((s) => [
      s.step, s.status, `${(s.wallMs / 1000).toFixed(1)} s`, n(s.calls), (s.calls / i.rows).toFixed(3), s.scans,
      Object.entries(s.answer).map(([k, v]) => `${k} ${n(v)}`).join(', '),
    ]),
  ) + `\n\nThe file: ${n(i.rows)} rows, ${(i.csvBytes / 1024 / 1024).toFixed(2)} MiB as CSV, ${(i.xlsxBytes / 1024 / 1024).toFixed(2)} MiB as XLSX. Peak RSS of the bench process: ${i.peakRssMiB} MiB.`;
}
