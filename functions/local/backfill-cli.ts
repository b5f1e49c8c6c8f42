/**
 * What every `npm run backfill:*` command shares: its arguments, and the table it writes to.
 * - Locally, with `npm start` running: that server's DynamoDB (and `npm start` already runs each
 *   backfill once on a kept data folder).
 * - On AWS: `-- --table <table name>` with AWS credentials and `AWS_REGION` in the environment, once,
 *   after deploying the release that writes the items (writes made meanwhile already have theirs).
 * `--force` runs it again even if its marker says it ran.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localConfig } from '../config.ts';
import { createDocumentClient } from '../adapters/dynamo/index.ts';
import { readRuntime, runtimePath } from './runtime-file.ts';

/** Runs one backfill from the command line; `backfill` answers the line to print. */
export function runBackfillCli(command: string, backfill: (doc: DynamoDBDocumentClient, table: string, force: boolean) => Promise<string>): void {
  main(command, backfill).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

async function main(command: string, backfill: (doc: DynamoDBDocumentClient, table: string, force: boolean) => Promise<string>): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values } = parseArgs({ options: { table: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.log(`Usage: npm run ${command} -- [--table <DynamoDB table on AWS>] [--force]`);
    return 0;
  }
  let doc: DynamoDBDocumentClient;
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
  console.log(await backfill(doc, table, values.force ?? false));
  return 0;
}
