/**
 * `npm run backfill:homes`: writes the items member homes read (an unanswered
 * alert's waiting item under its member) for a table from before they existed
 * (functions/adapters/dynamo/home-backfill.ts).
 * - Locally, with `npm start` running: it uses that server's DynamoDB (and
 *   `npm start` already runs it once on a kept data folder).
 * - On AWS: `npm run backfill:homes -- --table <table name>` with AWS
 *   credentials and `AWS_REGION` in the environment, once, after deploying
 *   the release that writes them (alerts sent meanwhile already have theirs).
 * `--force` runs it again even if its marker says it ran.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localConfig } from '../config.ts';
import { createDocumentClient } from '../adapters/dynamo/index.ts';
import { backfillHomeItems } from '../adapters/dynamo/home-backfill.ts';
import { readRuntime, runtimePath } from './runtime-file.ts';

async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseArgs({ options: { table: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.log('Usage: npm run backfill:homes -- [--table <DynamoDB table on AWS>] [--force]');
    return 0;
  }
  let doc;
  let table: string;
  if (values.table) {
    const region = process.env.AWS_REGION;
    if (!region) {
      console.error('--table needs AWS_REGION (and AWS credentials) in the environment.');
      return 2;
    }
    doc = createDocumentClient({ region });
    table = values.table;
  } else {
    const dataDir = resolve(localConfig().TANDEM_DATA_DIR);
    const runtime = await readRuntime(dataDir);
    if (!runtime) {
      console.error(`No running Tandem found (${runtimePath(dataDir)} is missing or stale).\nStart the app with \`npm start\`, or name an AWS table with --table.`);
      return 1;
    }
    doc = createDocumentClient({ region: runtime.region, ...(runtime.endpoint ? { endpoint: runtime.endpoint } : {}) });
    table = runtime.table;
  }
  const result = await backfillHomeItems(doc, table, { force: values.force ?? false });
  if (!result.ran) console.log(`The home items of ${table} were already written (use --force to write them again).`);
  else console.log(`${table}: ${result.waitingAlerts} unanswered alert(s) of ${result.cases} case(s) listed under their member.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
