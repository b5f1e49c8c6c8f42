/**
 * `npm run backfill:case-names`: gives pledges, actions and audit lines about a case their case's name
 * (functions/adapters/dynamo/case-name-projector.ts) on a table from before the stream kept it.
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillCaseNames, caseNameProjector } from '../adapters/dynamo/case-name-projector.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:case-names', async (doc, table, force) => {
  const result = await backfillCaseNames(doc, table, caseNameProjector(doc, table), { force });
  return result.ran
    ? `${table}: ${result.items} pledge(s), action(s) and audit line(s) of ${result.cases} case(s) given their case's name.`
    : `The case names of ${table} were already written (use --force to write them again).`;
});
