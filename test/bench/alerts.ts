/**
 * Benchmark (e): an urgent alert to 2,000 recipients, delivered locally at
 * TANDEM_SEND_RATE=50 (the full run only: it takes about a minute by design).
 * Against DynamoDB Local, members following the case's country are written
 * with the adapter's item builders; then the coordinator's create (the use
 * case the API calls) and the local queue's poller running the sender code,
 * paced at 50 emails a second, into a real local outbox. Measured: the time
 * from the create to the last recorded delivery (the 60 s promise), the
 * DynamoDB calls of the create and of the delivery at two sizes (they must
 * grow linearly with recipients: calls per recipient about equal), duplicate
 * emails (must be 0), Scans (must be 0) and the bench process's peak RSS.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createAlert } from '#shared/alerts/index.ts';
import { pacedMailer } from '#shared/digests/pacing.ts';
import { DEFAULT_PREFERENCES } from '#shared/digests/preferences.ts';
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Member, Viewer } from '#shared/domain/member.ts';
import { silentLogger } from '#shared/ports/logger.ts';
import { createCallCounter, createDocumentClient, createDynamoStore, ensureTable } from '#functions/adapters/dynamo/index.ts';
import { caseItem, memberItem } from '#functions/adapters/dynamo/items.ts';
import { followItems } from '#functions/adapters/dynamo/follow-items.ts';
import { localAlertQueue, startAlertPoller } from '#functions/adapters/alert-queue/local-alert-queue.ts';
import { outboxMailer } from '#functions/adapters/mail/outbox-mailer.ts';
import { section } from './report.ts';

export interface AlertPlan {
  /** Recipients of the measured alert, and of a smaller one for the linearity check. */
  recipients: number;
  smaller: number;
  sendRate: number;
}

export interface AlertRun {
  recipients: number;
  createCalls: number;
  deliveryCalls: number;
  scans: number;
  emails: number;
  duplicates: number;
  /** The create alone (recipients found, stored, queued): what the coordinator waits for. */
  createMs: number;
  /** From the create's start to the last delivery recorded. */
  deliveredMs: number;
}

export interface AlertsResult {
  status: 'measured';
  sendRate: number;
  runs: AlertRun[];
  /** DynamoDB calls (create + delivery) per recipient, largest run ÷ smallest: about 1 when linear. */
  linearity: number;
  peakRssMiB: number;
}

async function seed(endpoint: string, table: string, recipients: number): Promise<{ caseId: string }> {
  const doc = createDocumentClient({ region: 'local', endpoint });
  const at = new Date().toISOString();
  const c: DefenderCase = {
    id: randomUUID(), defenderName: 'Bench defender', country: 'CO', themes: ['labour'], riskStatuses: ['detained'], visibility: 'network',
    namedMemberIds: [], state: 'active', summary: 'Fictional, for the benchmark.', recommendedActions: [], adopterCount: 0,
    createdAt: at, createdBy: 'bench', updatedAt: at, updatedBy: 'bench', version: 1,
  };
  const items: Record<string, unknown>[] = [caseItem(c)];
  for (let i = 0; i < recipients; i++) {
    const m: Member = { id: randomUUID(), email: `alert-${i}@example.org`, name: `Bench member ${i}`, role: 'mp', country: 'FR', createdAt: at, version: 1 };
    const preferences = { ...DEFAULT_PREFERENCES, countries: ['CO'], language: (['en', 'fr', 'es'] as const)[i % 3] };
    items.push({ ...memberItem(m), preferences }, ...followItems(m.id, preferences, m.version));
  }
  for (let i = 0; i < items.length; i += 25) {
    let pending: unknown[] = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    while (pending.length > 0) pending = (await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }))).UnprocessedItems?.[table] ?? [];
  }
  return { caseId: c.id };
}

async function oneRun(endpoint: string, recipients: number, sendRate: number, sample: () => void): Promise<AlertRun> {
  const table = `bench-alerts-${randomUUID()}`;
  await ensureTable(new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } }), table);
  const { caseId } = await seed(endpoint, table, recipients);

  // The call counter, not a middleware on the document client: the plain reads go through a client of their own.
  const counter = createCallCounter();
  const doc = createDocumentClient({ region: 'local', endpoint }, { counter });
  const total = () => counter.total.calls;
  const outboxDir = await mkdtemp(join(tmpdir(), 'tandem-alert-bench-'));
  const outbox = outboxMailer(outboxDir, 'Tandem <no-reply@example.org>');
  const store = createDynamoStore(doc, table);
  const queue = localAlertQueue(doc, table);
  const deps = { store, mailer: outbox, clock: { now: () => new Date() }, appUrl: 'http://localhost:3000', secret: 'bench-secret', log: silentLogger };
  const coordinator: Viewer = { kind: 'member', id: randomUUID(), email: 'c@example.org', name: 'Coordinator', role: 'coordinator' };

  const started = performance.now();
  const created = await createAlert({ ...deps, alertQueue: queue }, coordinator, caseId, {
    happened: 'Arrested at dawn.', askedActions: ['letter_authorities'], asked: 'Ask for her release.', deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  });
  if (created.replayed) throw new Error('unexpected replay');
  const createCalls = total();
  const createMs = Math.round(performance.now() - started);
  const poller = startAlertPoller(deps, queue.queue, { mailer: pacedMailer(outbox, { ratePerSecond: sendRate }), concurrency: 4, idleMs: 50 });
  const ticker = setInterval(sample, 20);
  await poller.drain();
  const deliveredMs = Math.round(performance.now() - started);
  clearInterval(ticker);
  await poller.stop();
  const deliveryCalls = total() - createCalls;
  const mails = await outbox.list();
  const perAddress = new Map<string, number>();
  for (const m of mails) perAddress.set(m.to, (perAddress.get(m.to) ?? 0) + 1);
  await rm(outboxDir, { recursive: true, force: true });
  const run: AlertRun = {
    recipients: created.alert.recipientCount, createCalls, deliveryCalls, scans: counter.total.scans,
    emails: mails.length, duplicates: [...perAddress.values()].filter((n) => n > 1).length, createMs, deliveredMs,
  };
  console.log(`${run.recipients} recipients: create ${run.createCalls} calls, delivery ${run.deliveryCalls} calls, ${run.emails} emails (${run.duplicates} duplicated), created in ${(createMs / 1000).toFixed(1)} s, delivered in ${(deliveredMs / 1000).toFixed(1)} s, ${run.scans} Scans`);
  return run;
}

export async function benchAlerts(endpoint: string, plan: AlertPlan): Promise<AlertsResult> {
  section(`(e) Urgent alert to ${plan.recipients.toLocaleString('en')} recipients at ${plan.sendRate} emails/s`);
  let peak = process.memoryUsage().rss;
  const sample = () => void (peak = Math.max(peak, process.memoryUsage().rss));
  const small = await oneRun(endpoint, plan.smaller, plan.sendRate, sample);
  const large = await oneRun(endpoint, plan.recipients, plan.sendRate, sample);
  const perRecipient = (r: AlertRun) => (r.createCalls + r.deliveryCalls) / r.recipients;
  const result: AlertsResult = {
    status: 'measured', sendRate: plan.sendRate, runs: [small, large],
    linearity: Math.round((perRecipient(large) / perRecipient(small)) * 100) / 100, peakRssMiB: Math.round(peak / 1024 / 1024),
  };
  console.log(`calls per recipient ${perRecipient(small).toFixed(2)} → ${perRecipient(large).toFixed(2)} (ratio ${result.linearity}); peak RSS ${result.peakRssMiB} MiB`);
  return result;
}
