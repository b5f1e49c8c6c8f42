/**
 * `npm run backfill:homes`: writes the items member homes read (an unanswered alert's waiting item
 * under its member) for a table from before they existed (functions/adapters/dynamo/home-backfill.ts).
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillHomeItems } from '../adapters/dynamo/home-backfill.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:homes', async (doc, table, force) => {
  const result = await backfillHomeItems(doc, table, { force });
  return result.ran
    ? `${table}: ${result.waitingAlerts} unanswered alert(s) of ${result.cases} case(s) listed under their member.`
    : `The home items of ${table} were already written (use --force to write them again).`;
});
