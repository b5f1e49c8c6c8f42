/**
 * `npm run backfill:risk-roster`: lists the cases whose risk is raised on the gap view's roster
 * (functions/adapters/dynamo/risk-gap-roster.ts) for a table from before the stream kept it.
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillRiskRoster, riskGapRosterProjector } from '../adapters/dynamo/risk-gap-roster.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:risk-roster', async (doc, table, force) => {
  const result = await backfillRiskRoster(doc, table, riskGapRosterProjector(doc, table), { force });
  return result.ran
    ? `${table}: ${result.cases} raised risk(s) listed on the gap view's roster.`
    : `The raised-risk roster of ${table} was already written (use --force to write it again).`;
});
