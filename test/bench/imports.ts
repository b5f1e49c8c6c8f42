/**
 * Benchmark (f): a spreadsheet import of 10,000 cases (the quick mode: fewer) through the API,
 * against DynamoDB Local: a dry run, the real run (every row new, with an externalId), the
 * re-import of the same file (every row found and unchanged: reads only), and a dry run of the
 * same rows as XLSX. A real run is a job: its request answers 202, then the worker's code runs
 * the job to its end; its wall time and DynamoDB calls are the request's and the job's together.
 * Calls by the call counter; the bench process's peak RSS sampled every 20 ms (DynamoDB Local
 * excluded). Target: the real run under 60 s on this machine.
 */
import { runImportJob } from '#shared/imports/run-import-job.ts';
import { makeHarness } from '../support/harness.ts';
import { CASE_HEADER, caseRow, csvOf, XLSX_TYPE, xlsxOf } from '../support/spreadsheets.ts';
import { section } from './report.ts';

export interface ImportPlan {
  rows: number;
}

export interface ImportStep {
  step: 'dry run (CSV)' | 'import (CSV)' | 're-import (CSV)' | 'dry run (XLSX)';
  status: number;
  wallMs: number;
  calls: number;
  scans: number;
  answer: Record<string, number>;
}

export interface ImportsResult {
  status: 'measured';
  rows: number;
  csvBytes: number;
  xlsxBytes: number;
  steps: ImportStep[];
  created: number;
  peakRssMiB: number;
}

export async function benchImports(dynamoEndpoint: string, plan: ImportPlan): Promise<ImportsResult> {
  section(`(f) Spreadsheet import, ${plan.rows.toLocaleString('en')} cases`);
  const h = await makeHarness({ endpoint: dynamoEndpoint });
  const cookie = await h.signIn(await h.addMember('coordinator'));
  const themes = ['land_environment', 'journalism;labour', 'women_hrds'];
  const rows = Array.from({ length: plan.rows }, (_, i) =>
    caseRow(`bench-${i}`, `Bench defender ${i}`, { themes: themes[i % themes.length]!, summary: `Fictional defender ${i}, imported for the benchmark; detained after a protest against a mining concession.` }));
  const csv = csvOf([CASE_HEADER, ...rows]);
  const xlsx = await xlsxOf([CASE_HEADER, ...rows]);

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const steps: ImportStep[] = [];
  const run = async (step: ImportStep['step'], query: string, body: string | Uint8Array, type: string) => {
    const started = performance.now();
    const { result, tally } = await h.calls.measure(async () => {
      const res = await h.app.request(`/api/imports/cases${query}`, { method: 'POST', body, headers: { cookie, 'content-type': type } });
      if (res.status !== 202) return res;
      // The job, run as the worker runs it, on the counted store; its record read back is the answer.
      const { id } = (await res.clone().json()) as { id: string };
      await runImportJob({ ...h.importWorker, store: h.store }, id);
      const job = await h.app.request(`/api/imports/${id}`, { headers: { cookie } });
      return new Response(job.body, { status: res.status, headers: job.headers });
    });
    const wallMs = Math.round(performance.now() - started);
    const { created, updated, skipped, errors, rows, valid, toCreate, toUpdate } = (await result.json()) as Record<string, unknown>;
    const answer = Object.entries({ rows, valid, toCreate, toUpdate, created, updated, skipped, errors }).filter(([, v]) => v !== undefined);
    const counts = Object.fromEntries(answer.map(([k, v]) => [k, Array.isArray(v) ? v.length : Number(v)]));
    steps.push({ step, status: result.status, wallMs, calls: tally.calls, scans: tally.scans, answer: counts });
    console.log(`${step}: ${result.status} in ${(wallMs / 1000).toFixed(1)} s, ${tally.calls.toLocaleString('en')} DynamoDB calls, ${tally.scans} Scans, ${JSON.stringify(counts)}`);
  };
  try {
    await run('dry run (CSV)', '?dryRun=true', csv, 'text/csv');
    await run('import (CSV)', '', csv, 'text/csv');
    await run('re-import (CSV)', '', csv, 'text/csv');
    await run('dry run (XLSX)', '?dryRun=true', xlsx, XLSX_TYPE);
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const created = steps.find((s) => s.step === 'import (CSV)')?.answer.created ?? 0;
  const result: ImportsResult = {
    status: 'measured', rows: plan.rows, csvBytes: Buffer.byteLength(csv), xlsxBytes: xlsx.byteLength, steps, created,
    peakRssMiB: Math.round(peak / 1024 / 1024),
  };
  console.log(`file ${(result.csvBytes / 1024 / 1024).toFixed(2)} MiB CSV, ${(result.xlsxBytes / 1024 / 1024).toFixed(2)} MiB XLSX; peak RSS ${result.peakRssMiB} MiB`);
  return result;
}
