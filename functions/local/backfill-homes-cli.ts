/**
 * `npm run backfill:homes`: writes the items member homes read for a table from before they existed
 * (functions/adapters/dynamo/home-backfill.ts): an unanswered alert's waiting item under its member,
 * then the member's own item in their collection and every case's home projections.
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillHomeItems, backfillHomeProjections } from '../adapters/dynamo/home-backfill.ts';
import { homeProjector } from '../adapters/dynamo/home-projector.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:homes', async (doc, table, force) => {
  const result = await backfillHomeItems(doc, table, { force });
  const projected = await backfillHomeProjections(doc, table, homeProjector(doc, table), { force });
  return [
    result.ran
      ? `${table}: ${result.waitingAlerts} unanswered alert(s) of ${result.cases} case(s) listed under their member.`
      : `The waiting alerts of ${table} were already written (use --force to write them again).`,
    projected.ran
      ? `${table}: ${projected.cases} case(s) projected onto the homes, ${projected.members} member(s) added to their own collection.`
      : `The home projections of ${table} were already written (use --force to write them again).`,
  ].join('\n');
});
