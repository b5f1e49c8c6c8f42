/**
 * `npm start`: DynamoDB Local (data kept in .data/), the table, the demo
 * network on first run, and the app on http://localhost:3000 with a local
 * outbox. Ctrl-C stops everything it started.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { createApp } from '#web/app.tsx';
import { outboxRoutes } from '#web/dev/outbox.routes.tsx';
import { localConfig } from '../config.ts';
import { createCallCounter, createDocumentClient, createDynamoStore, ensureTable } from '../adapters/dynamo/index.ts';
import { backfillPostingRosters } from '../adapters/dynamo/posting-backfill.ts';
import { backfillFollows } from '../adapters/dynamo/follow-backfill.ts';
import { backfillWeeklyNews } from '../adapters/dynamo/news-backfill.ts';
import { backfillHomeItems, backfillHomeProjections } from '../adapters/dynamo/home-backfill.ts';
import { backfillAuditActorNames } from '../adapters/dynamo/audit-name-backfill.ts';
import { backfillRiskRoster, riskGapRosterProjector } from '../adapters/dynamo/risk-gap-roster.ts';
import { alertRosterProjector, backfillAlertRosters } from '../adapters/dynamo/alert-roster-projector.ts';
import { backfillCaseNames, caseNameProjector } from '../adapters/dynamo/case-name-projector.ts';
import { outboxMailer } from '../adapters/mail/outbox-mailer.ts';
import { folderBlobStore, localBlobFolder } from '../adapters/blob-store/folder-blob-store.ts';
import { startLocalUploadEndpoint } from '../adapters/blob-store/local-upload-endpoint.ts';
import { localDigestTrigger } from '../adapters/digest-trigger/local-trigger.ts';
import { inProcessSignInLinks } from '../adapters/sign-in-links/in-process.ts';
import { localAlertQueue, startAlertPoller } from '../adapters/alert-queue/local-alert-queue.ts';
import { pacedMailer } from '#shared/digests/pacing.ts';
import { startDigestRun } from '#shared/digests/digest-batches.ts';
import { localDigestQueue, startDigestPoller } from '../adapters/digest-queue/local-digest-queue.ts';
import { localImportQueue, startImportPoller } from '../adapters/import-queue/local-import-queue.ts';
import { isoWeekOf } from '#shared/digests/iso-week.ts';
import { removeRuntime, writeRuntime } from './runtime-file.ts';
import { startDynamoLocal, type RunningDynamo } from './dynamo-local.ts';
import { DEMO_MEMBERS, seedDemo } from './seed.ts';
import { startReminderTimer } from './reminder-timer.ts';
import { inProcessNotifications } from '../adapters/notifications/in-process.ts';
import { coverageAggregator } from '../adapters/dynamo/coverage-aggregator.ts';
import { streamPoller, type StreamPoller } from './stream-poller.ts';
import { homeProjector } from '../adapters/dynamo/home-projector.ts';
import { digestProjector } from '../adapters/dynamo/digest-projector.ts';
import { backfillDigestBoard } from '../adapters/dynamo/digest-board.ts';
import { tableStreamConsumer } from '../adapters/dynamo/table-stream.ts';
import { reachProjector } from '../adapters/dynamo/reach-projector.ts';
import { backfillAlertReach } from '../adapters/dynamo/reach-backfill.ts';
import { backfillCoverage } from './coverage-backfill.ts';
import { startSmtpIntake, type SmtpIntake } from '../adapters/smtp-intake/smtp-listener.ts';
import { receiveEmailReport } from '#shared/intake/email-report.ts';

const TABLE = 'tandem';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

/** The HMAC key for this data folder: made once, kept beside the data. */
async function localSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * kill -9 of `npm start` (or of whatever started this) leaves nothing here to
 * handle: notice that the parent is gone and stop as on Ctrl-C, so neither
 * the server nor DynamoDB Local outlives it. (`npm start` execs node, so npm
 * itself is the parent.)
 */
function whenParentExits(stop: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return; // EPERM: alive, only not ours to signal.
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}

async function main(): Promise<void> {
  // Node 20 is supported by this SDK release; its notice about Node 22 would only add noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const config = localConfig();
  const dataDir = resolve(config.TANDEM_DATA_DIR);
  await mkdir(dataDir, { recursive: true });

  // Fail before starting anything if the port is taken: nothing to clean up then.
  if (!(await portIsFree(config.PORT))) {
    console.error(`Port ${config.PORT} is already in use: stop what runs there, or start on another port with PORT=3001 npm start.`);
    process.exit(1);
  }
  if (config.TANDEM_SMTP_PORT !== 0 && !(await portIsFree(config.TANDEM_SMTP_PORT))) {
    console.error(`Port ${config.TANDEM_SMTP_PORT} (the intake mail listener) is already in use: start with another, e.g. TANDEM_SMTP_PORT=2526 npm start.`);
    process.exit(1);
  }

  let dynamo: RunningDynamo | undefined;
  let stopPoller: (() => Promise<void>) | undefined;
  let coverageStream: StreamPoller | undefined;
  let smtp: SmtpIntake | undefined;
  const stopAll = async (code: number) => {
    await smtp?.close().catch(() => undefined);
    await stopPoller?.().catch(() => undefined);
    await coverageStream?.stop().catch(() => undefined);
    await removeRuntime(dataDir);
    await dynamo?.stop();
    process.exit(code);
  };

  const tableName = config.TANDEM_REMOTE_TABLE ?? TABLE;
  if (!config.TANDEM_REMOTE_TABLE) {
    dynamo = await startDynamoLocal({ dataDir: join(dataDir, 'dynamodb') });
    process.once('exit', () => dynamo?.kill());
  }
  const settings = { region: config.AWS_REGION, ...(dynamo ? { endpoint: dynamo.endpoint } : {}) };
  const counter = createCallCounter();
  const doc = createDocumentClient(settings, { counter });
  const appUrl = `http://localhost:${config.PORT}`;
  const outbox = outboxMailer(join(dataDir, 'outbox'), config.MAIL_FROM);
  const deps = {
    store: createDynamoStore(doc, tableName),
    mailer: outbox,
    clock: systemClock,
    appUrl,
    secret: await localSecret(dataDir),
    log: jsonLogger,
  };

  if (dynamo) {
    const raw = new DynamoDBClient({ ...settings, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    await ensureTable(raw, tableName);
    // The coverage figures: DynamoDB Local's stream through the aggregator the Lambda runs on AWS (its calls are
    // not a request's, so its client is not the counted one). Started before seeding, so the demo is counted too.
    const streamDoc = createDocumentClient(settings);
    const aggregator = coverageAggregator(streamDoc, tableName);
    // The member homes' projections come from the same stream (functions/adapters/dynamo/home-projector.ts).
    const projector = homeProjector(streamDoc, tableName);
    // …the alert reach the compose page counts from (functions/adapters/dynamo/reach-projector.ts),
    const reach = reachProjector(streamDoc, tableName);
    // …the gap view's raised-risk roster (functions/adapters/dynamo/risk-gap-roster.ts),
    const riskRoster = riskGapRosterProjector(streamDoc, tableName);
    // …the digest board that previews and the send page read (functions/adapters/dynamo/digest-board-items.ts).
    const digests = digestProjector(streamDoc, tableName);
    // …and the alerts' rosters under their case, for the coordinators' case page (functions/adapters/dynamo/alert-roster-items.ts),
    // and the cases' names on the pledges, actions and audit lines the member page lists (functions/adapters/dynamo/case-name-projector.ts).
    const alertRosters = alertRosterProjector(streamDoc, tableName);
    const caseNames = caseNameProjector(streamDoc, tableName);
    coverageStream = streamPoller({
      endpoint: dynamo.endpoint, region: config.AWS_REGION, table: tableName, log: jsonLogger,
      aggregator: tableStreamConsumer(aggregator, projector, reach, riskRoster, digests, alertRosters, caseNames),
    });
    coverageStream.start();
    // Startup only, never on a request path: is there anything at all?
    const { Count } = await raw.send(new ScanCommand({ TableName: tableName, Limit: 1, Select: 'COUNT' }));
    if (!Count) {
      await seedDemo(deps);
      console.log('Seeded the fictional demo network.');
    } else {
      // Data from an earlier release: rosters of postings (requests check them) may be missing.
      const added = await backfillPostingRosters(doc, tableName);
      if (added > 0) console.log(`Added ${added} diplomat(s) to their posting's roster.`);
      // Data from before the coverage figures: count what the stream never saw.
      const counted = await backfillCoverage(createDocumentClient(settings), tableName, aggregator);
      if (counted > 0) console.log(`Counted ${counted} earlier item(s) into the coverage figures.`);
      // …and the follows index, through which alerts find the members following a country or theme.
      const follows = await backfillFollows(doc, tableName);
      if (follows > 0) console.log(`Indexed ${follows} follow(s) of a country or theme.`);
      // Events from before the weekly news partition: once (a marker item remembers it ran).
      const news = await backfillWeeklyNews(doc, tableName);
      if (news.ran) console.log(`Wrote the weekly news of ${news.cases} case(s) (${news.news} event(s)).`);
      // Alerts from before the members' homes listed them: their waiting items, once (a marker remembers it ran).
      const homes = await backfillHomeItems(doc, tableName);
      if (homes.ran) console.log(`Listed ${homes.waitingAlerts} unanswered alert(s) on their members' homes.`);
      // Hearings, requests and suggested cases from before the homes read projections: once (a marker remembers it ran).
      const projected = await backfillHomeProjections(doc, tableName, projector);
      if (projected.ran) console.log(`Projected ${projected.cases} case(s) onto the members' homes (${projected.members} member(s) indexed).`);
      // Members from before the alert reach: their entries, once (a marker remembers it ran).
      const reached = await backfillAlertReach(doc, tableName, reach);
      if (reached.ran) console.log(`Listed ${reached.members} member(s) on the alert reach of their countries and themes.`);
      // Raised risks from before the stream kept the gap view's roster: once (a marker remembers it ran).
      const rostered = await backfillRiskRoster(doc, tableName, riskRoster);
      if (rostered.ran && rostered.cases > 0) console.log(`Listed ${rostered.cases} raised risk(s) on the gap view's roster.`);
      // Alerts from before the stream kept their rosters under their case: once (a marker remembers it ran).
      const alertRostered = await backfillAlertRosters(doc, tableName);
      if (alertRostered.ran && alertRostered.alerts > 0) console.log(`Copied the rosters of ${alertRostered.alerts} alert(s) to their case pages (${alertRostered.recipients} recipient(s)).`);
      // Audit lines from before they carried their actor's name: once (a marker remembers it ran).
      const named = await backfillAuditActorNames(doc, tableName);
      if (named.ran && named.lines > 0) console.log(`Named the actor of ${named.lines} earlier audit line(s).`);
      // Pledges, actions and audit lines from before they carried their case's name: once (a marker remembers it ran).
      const caseNamed = await backfillCaseNames(doc, tableName, caseNames);
      if (caseNamed.ran && caseNamed.items > 0) console.log(`Named the case on ${caseNamed.items} earlier pledge(s), action(s) and audit line(s).`);
    }
    // The digest board: built once (its READY item remembers it), on a new table too, where the stream then keeps it.
    const board = await backfillDigestBoard(streamDoc, tableName, digests);
    if (board.ran && board.cases + board.members > 0) console.log(`Built the digest board: ${board.cases} case(s), ${board.members} member(s).`);
  }

  // Weekly digests: a run ("Send the week's digest now", `npm run digest`) queues its batches of members on the
  // DynamoDB-backed queue, and this poller runs the batch worker Lambda's code on them at TANDEM_SEND_RATE.
  const digestQueue = localDigestQueue(doc, tableName);
  // Off only for the throughput bench: the pollers' Queries, 12 a second when idle, would be counted against the web function.
  const workers = config.TANDEM_BACKGROUND_WORKERS === 'on';
  const idle = { stop: async () => {} };
  const digestPoller = workers ? startDigestPoller({ ...deps, log: jsonLogger }, digestQueue.queue, { pacing: { ratePerSecond: config.TANDEM_SEND_RATE } }) : idle;
  const digestTrigger = localDigestTrigger((request) => startDigestRun({ ...deps, log: jsonLogger }, digestQueue, request), jsonLogger);
  const signInLinks = inProcessSignInLinks(deps, jsonLogger);
  // Notifications at once after the answer, and the reminders on a timer: what Lambda and EventBridge Scheduler do on AWS.
  // Both, and urgent alerts, send through one limiter at TANDEM_SEND_RATE, as SES would hold them to its rate.
  const paced = pacedMailer(outbox, { ratePerSecond: config.TANDEM_SEND_RATE });
  const notifications = inProcessNotifications({ ...deps, mailer: paced });
  const reminders = workers ? startReminderTimer({ ...deps, mailer: paced }, config.TANDEM_REMINDER_MINUTES) : { stop: () => {} };
  process.once('exit', () => reminders.stop());
  // Urgent alerts: the DynamoDB-backed queue and its poller, running the sender Lambda's code.
  const alertQueue = localAlertQueue(doc, tableName);
  const alertPoller = workers ? startAlertPoller(deps, alertQueue.queue, { mailer: paced }) : idle;
  // Files in a folder, and S3's browser-upload endpoint for it on a loopback port (the upload page posts files there).
  const uploads = await startLocalUploadEndpoint({ root: localBlobFolder(dataDir), secret: deps.secret, now: () => systemClock.now() });
  const files = folderBlobStore(localBlobFolder(dataDir), uploads.direct);
  // Spreadsheet imports: a confirmed file waits in the files folder; this poller runs the import worker Lambda's code on each job.
  const importQueue = localImportQueue(doc, tableName);
  const importPoller = workers ? startImportPoller({ ...deps, mailer: paced, files }, importQueue.queue) : idle;
  const app = createApp({
    ...deps, compressAnswers: true, meter: counter, localRoutes: outboxRoutes(outbox), digestTrigger, signInLinks, notifications, alertQueue,
    files, importQueue, declinedReportRetentionDays: config.TANDEM_DECLINED_REPORT_DAYS,
  });
  // Reports by email: what SES receiving, S3 and the intake Lambda do on AWS, on a loopback SMTP port.
  smtp = await startSmtpIntake({
    port: config.TANDEM_SMTP_PORT, address: config.TANDEM_INTAKE_ADDRESS, log: jsonLogger,
    deliver: (raw) => receiveEmailReport({ ...deps, files }, raw),
  });
  stopPoller = async () => void (await Promise.all([alertPoller.stop(), digestPoller.stop(), importPoller.stop()]));
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: '127.0.0.1' });
  server.once('error', async (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${config.PORT} is already in use: stop what runs there, or start on another port with PORT=3001 npm start.`
        : `Could not start the server: ${error.message}`,
    );
    await stopAll(1);
  });
  server.once('listening', async () => {
    // For `npm run digest`: where this server's data is (DynamoDB Local's port changes every start).
    await writeRuntime(dataDir, { pid: process.pid, table: tableName, region: config.AWS_REGION, appUrl, ...(dynamo ? { endpoint: dynamo.endpoint } : {}) });
    console.log(
      [
        '',
        `Tandem is running at ${appUrl}`,
        `  data:   ${dataDir}${dynamo ? ' (DynamoDB Local)' : ` (AWS table ${tableName})`}`,
        `  outbox: ${appUrl}/dev/outbox`,
        `  report by email: ${config.TANDEM_INTAKE_ADDRESS} on smtp://127.0.0.1:${smtp.port} (no TLS, no login)`,
        `  file uploads: ${uploads.url} (S3's stand-in for the upload form)`,
        '',
        'Demo accounts (fictional):',
        ...DEMO_MEMBERS.map((m) => `  ${m.email.padEnd(26)} ${m.role}`),
        '',
        `Sign in: open ${appUrl}/sign-in, enter one of these addresses, then open the link in ${appUrl}/dev/outbox and press "Sign in".`,
        `Weekly digest: open ${appUrl}/digests as the coordinator, or run "npm run digest -- --week ${isoWeekOf(new Date(Date.now() + 7 * 86_400_000))}" (next Monday's, reporting this week).`,
        'Stop with Ctrl-C.',
        '',
      ].join('\n'),
    );
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`\nStopping (${signal})…`);
      server.close();
      void stopAll(0);
    });
  }
  whenParentExits(() => {
    console.log('\nStopping (the process that started this is gone)…');
    server.close();
    void stopAll(0);
  });
}

main().catch((error: unknown) => {
  // Whatever failed, DynamoDB Local must not outlive us: it is our child and dies with the process group.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
