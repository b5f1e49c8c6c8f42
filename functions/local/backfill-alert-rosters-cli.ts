/**
 * `npm run backfill:alert-rosters`: copies the rosters of alerts sent before the stream kept them under
 * their case (functions/adapters/dynamo/alert-roster-items.ts), for the coordinators' case page.
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillAlertRosters } from '../adapters/dynamo/alert-roster-projector.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:alert-rosters', async (doc, table, force) => {
  const result = await backfillAlertRosters(doc, table, { force });
  return result.ran
    ? `${table}: the rosters of ${result.alerts} alert(s) copied to their case pages (${result.recipients} recipient(s)).`
    : `The alerts' rosters of ${table} were already copied (use --force to copy them again).`;
});
