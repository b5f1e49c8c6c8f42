/**
 * `npm run digest -- --week 2026-W48`: the weekly digest job, run by hand
 * against the data of the running `npm start` (same DynamoDB, same outbox,
 * same HMAC key): it starts a run, whose batches of members the server's
 * digest poller sends (as the batch worker Lambda does on AWS), and shows
 * the run's count as batches finish, then the totals. Without --week it
 * sends the current ISO week, like the Monday schedule.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '#shared/ports/clock.ts';
import { silentLogger } from '#shared/ports/logger.ts';
import { isoWeekOf } from '#shared/digests/iso-week.ts';
import { isoWeekSchema } from '#shared/digests/iso-week.schema.ts';
import { startDigestRun } from '#shared/digests/digest-batches.ts';
import { OUTCOMES, type DigestRun } from '#shared/digests/run.ts';
import { localConfig } from '../config.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { outboxMailer } from '../adapters/mail/outbox-mailer.ts';
import { localDigestQueue } from '../adapters/digest-queue/local-digest-queue.ts';
import { readRuntime, runtimePath } from './runtime-file.ts';

const LABELS: Record<(typeof OUTCOMES)[number], string> = {
  sent: 'sent', skippedEmpty: 'nothing new', optedOut: 'opted out', suppressed: 'suppressed',
  failed: 'failed', alreadySent: 'already sent', unknown: 'unknown (never resent)',
};

function progressLine(run: DigestRun): string {
  const t = run.totals;
  return `  ${t.considered}/${run.members} members · ${t.sent} sent · ${t.skippedEmpty} nothing new · ${t.alreadySent} already sent · ${t.failed} failed`;
}

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseArgs({ options: { week: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.log('Usage: npm run digest -- [--week 2026-W48]   (default: the current ISO week)');
    return 0;
  }
  const config = localConfig();
  const week = values.week ?? isoWeekOf(new Date());
  const checked = isoWeekSchema.safeParse(week);
  if (!checked.success) {
    console.error(`--week ${week}: ${checked.error.issues[0]?.message}`);
    return 2;
  }
  const dataDir = resolve(config.TANDEM_DATA_DIR);
  const runtime = await readRuntime(dataDir);
  if (!runtime) {
    console.error(`No running Tandem found (${runtimePath(dataDir)} is missing or stale).\nStart the app first with \`npm start\` in another terminal, then run this again.`);
    return 1;
  }
  const secret = (await readFile(join(dataDir, 'secret'), 'utf8')).trim();
  const doc = createDocumentClient({ region: runtime.region, ...(runtime.endpoint ? { endpoint: runtime.endpoint } : {}) });
  const deps = {
    store: createDynamoStore(doc, runtime.table),
    mailer: outboxMailer(join(dataDir, 'outbox'), config.MAIL_FROM),
    clock: systemClock, appUrl: runtime.appUrl, secret, log: silentLogger,
  };

  console.log(`Sending the ${week} digest (${runtime.endpoint ? 'DynamoDB Local' : `table ${runtime.table}`}, outbox ${runtime.appUrl}/dev/outbox)…`);
  const interactive = process.stdout.isTTY;
  const started = await startDigestRun(deps, localDigestQueue(doc, runtime.table), { week, trigger: 'cli' });
  let run: DigestRun = started;
  let shown = -1;
  while (run.status === 'running') {
    await new Promise((r) => setTimeout(r, 500));
    if (!(await readRuntime(dataDir))) {
      console.error(`\nThe server stopped: run ${started.id} continues with its queued batches when \`npm start\` runs again.`);
      return 1;
    }
    run = (await deps.store.getDigestRun(started.id)) ?? run;
    if (run.totals.considered === shown) continue;
    shown = run.totals.considered;
    if (interactive) process.stdout.write(`\r${progressLine(run)}`);
    else console.log(progressLine(run));
  }
  if (interactive) process.stdout.write('\n');
  console.log(`\nRun ${run.id}: ${run.status}, ${run.members} members`);
  for (const outcome of OUTCOMES) console.log(`  ${LABELS[outcome].padEnd(24)} ${run.totals[outcome]}`);
  console.log(`  ${'considered'.padEnd(24)} ${run.totals.considered}`);
  return run.status === 'finished' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
