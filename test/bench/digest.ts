/**
 * Benchmark (d): the weekly digest for 20,000 members and 2,000 cases, in
 * batches of 500 through the queue, paced at TANDEM_SEND_RATE (the quick mode:
 * 500 × 100, unpaced) against DynamoDB Local: DynamoDB reads (counted by an SDK middleware: they must
 * grow with members + cases, never members × cases), wall time and peak
 * memory (RSS sampled every 20 ms). The data is written straight to the
 * table with BatchWriteItem through the adapter's own item builders, so the
 * job reads exactly what the app would have stored. Every case has news in
 * the reported week (the loader's worst case),
 * and every member follows two countries, so most members get an email.
 * The mailer builds each raw MIME message and drops it: SES is not measured.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { startDigestRun } from '#shared/digests/digest-batches.ts';
import { localDigestQueue, startDigestPoller } from '#functions/adapters/digest-queue/local-digest-queue.ts';
import { digestWindow } from '#shared/digests/iso-week.ts';
import { DEFAULT_PREFERENCES } from '#shared/digests/preferences.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member } from '#shared/domain/member.ts';
import type { Mailer } from '#shared/ports/mailer.ts';
import { createCallCounter, createDocumentClient, createDynamoStore, ensureTable } from '#functions/adapters/dynamo/index.ts';
import { caseItem, eventItem, memberItem } from '#functions/adapters/dynamo/items.ts';
import { newsItem } from '#functions/adapters/dynamo/news-items.ts';
import type { TimelineEvent } from '#shared/domain/timeline.ts';
import { buildMime } from '#functions/adapters/mail/mime.ts';
import { section } from './report.ts';

export interface DigestScale {
  members: number;
  cases: number;
  /** Emails a second (the full run: TANDEM_SEND_RATE, as local runs pace); unset: unpaced. */
  sendRate?: number;
}

export const DIGEST_SCALE: DigestScale = { members: 20_000, cases: 2_000 };
const WEEK = '2026-W48';
const COUNTRIES = ['CO', 'KE', 'PH', 'GT', 'TR', 'BR', 'MX', 'HN', 'EG', 'BY'];
const READS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'ScanCommand']);

export interface DigestResult {
  status: 'measured';
  scale: DigestScale;
  reads: number;
  readsByCommand: Record<string, number>;
  writes: number;
  scans: number;
  emails: number;
  wallMs: number;
  peakRssMiB: number;
  /** Batches of members the run was split into (one queue message each). */
  batches: number;
  /** Emails a second the worker paced at; null when unpaced (quick mode). */
  sendRate: number | null;
}

async function writeAll(doc: ReturnType<typeof createDocumentClient>, table: string, items: Record<string, unknown>[]) {
  for (let i = 0; i < items.length; i += 25 * 8) {
    await Promise.all(
      Array.from({ length: 8 }, (_, j) => items.slice(i + j * 25, i + (j + 1) * 25))
        .filter((chunk) => chunk.length > 0)
        .map(async (chunk) => {
          let pending: Record<string, unknown>[] = chunk.map((Item) => ({ PutRequest: { Item } }));
          while (pending.length > 0) {
            const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
            pending = (out.UnprocessedItems?.[table] ?? []) as Record<string, unknown>[];
          }
        }),
    );
  }
}

export async function benchDigest(dynamoEndpoint: string, scale: DigestScale = DIGEST_SCALE): Promise<DigestResult> {
  section(`(d) Weekly digest, ${scale.members.toLocaleString('en')} members × ${scale.cases.toLocaleString('en')} cases`);
  const table = `bench-digest-${randomUUID()}`;
  const raw = new DynamoDBClient({ endpoint: dynamoEndpoint, region: 'local', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
  await ensureTable(raw, table);
  const setup = createDocumentClient({ region: 'local', endpoint: dynamoEndpoint });

  const window = digestWindow(WEEK);
  const during = new Date(Date.parse(window.from) + 2 * 86_400_000).toISOString();
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < scale.cases; i++) {
    const c: DefenderCase = {
      id: randomUUID(), defenderName: `Bench defender ${i}`, country: COUNTRIES[i % COUNTRIES.length]!, themes: ['labour'],
      riskStatuses: [i % 3 === 0 ? 'detained' : 'threatened'], visibility: i % 5 === 0 ? 'restricted' : 'network', namedMemberIds: [],
      state: 'active', summary: 'Fictional, for the benchmark.', recommendedActions: [], adopterCount: 0,
      createdAt: during, createdBy: 'bench', updatedAt: during, updatedBy: 'bench', version: 1,
    };
    items.push(caseItem(c));
    const event: TimelineEvent = { id: randomUUID(), caseId: c.id, type: 'update', date: during.slice(0, 10), title: 'News this week', createdAt: during, createdBy: 'bench' };
    // The event and its item in the week's news partition, as the case store writes them (one transaction).
    items.push(eventItem(event), newsItem(event));
  }
  for (let i = 0; i < scale.members; i++) {
    const m: Member = { id: randomUUID(), email: `bench-${i}@example.org`, name: `Bench member ${i}`, role: i % 10 === 0 ? 'diplomat' : 'mp', country: COUNTRIES[i % COUNTRIES.length]!, createdAt: during, version: 1 };
    items.push({ ...memberItem(m), preferences: { ...DEFAULT_PREFERENCES, countries: [COUNTRIES[i % COUNTRIES.length]!, COUNTRIES[(i + 3) % COUNTRIES.length]!] } });
  }
  const seeding = performance.now();
  await writeAll(setup, table, items);
  console.log(`seeded ${items.length.toLocaleString('en')} items in ${Math.round((performance.now() - seeding) / 1000)} s`);

  // The call counter, not a middleware on the document client: the plain reads go through a client of their own.
  const counter = createCallCounter();
  const doc = createDocumentClient({ region: 'local', endpoint: dynamoEndpoint }, { counter });
  let emails = 0;
  const mailer: Mailer = {
    async send(email) {
      await buildMime('Tandem <no-reply@example.org>', email);
      emails++;
      return { messageId: String(emails) };
    },
  };
  const deps = {
    store: createDynamoStore(doc, table), mailer, clock: { now: () => new Date(window.to) },
    appUrl: 'https://tandem.example', secret: 'bench-secret',
  };

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  // Fanned out as in production: the run queues batches of 500 members; a worker (the batch Lambda's code) sends
  // each. The queue stands for SQS, so its own calls go through an uncounted client.
  const queue = localDigestQueue(setup, table);
  const rate = scale.sendRate ?? 100_000;
  const run = await startDigestRun(deps, queue, { week: WEEK, trigger: 'cli' });
  const worker = startDigestPoller(deps, queue.queue, { pacing: { ratePerSecond: rate }, concurrency: Math.max(1, Math.min(16, Math.ceil(rate))), idleMs: 20 });
  await worker.drain();
  await worker.stop();
  const wallMs = Math.round(performance.now() - started);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const done = await deps.store.getDigestRun(run.id);
  if (done?.status !== 'finished') throw new Error(`the digest run ended ${done?.status}, ${done?.batchesDone}/${done?.batches} batches`);

  const byCommand = { ...counter.total.byCommand };
  const sum = (pick: (name: string) => boolean) => Object.entries(byCommand).filter(([n]) => pick(n)).reduce((s, [, c]) => s + c, 0);
  const result: DigestResult = {
    status: 'measured', scale, reads: sum((n) => READS.has(n)), readsByCommand: Object.fromEntries(Object.entries(byCommand).filter(([n]) => READS.has(n))),
    writes: sum((n) => !READS.has(n)), scans: counter.total.scans, emails, wallMs, peakRssMiB: Math.round(peak / 1024 / 1024),
    batches: run.batches ?? 0, sendRate: scale.sendRate ?? null,
  };
  // Reads grow with members + cases + batches, never their product (issue 14).
  if (result.reads > scale.members + scale.cases + result.batches) {
    throw new Error(`digest reads ${result.reads} exceed members + cases + batches (${scale.members + scale.cases + result.batches})`);
  }
  console.log(`reads ${result.reads.toLocaleString('en')} ${JSON.stringify(result.readsByCommand)}, writes ${result.writes.toLocaleString('en')}, scans ${result.scans}`);
  console.log(`emails ${emails.toLocaleString('en')}, wall ${(wallMs / 1000).toFixed(1)} s, peak RSS ${result.peakRssMiB} MiB (the bench process, DynamoDB Local excluded)`);
  return result;
}
