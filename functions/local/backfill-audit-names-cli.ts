/**
 * `npm run backfill:audit-names`: names the actor of each audit line written before lines carried
 * the name (functions/adapters/dynamo/audit-name-backfill.ts), so the case's audit page shows them.
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillAuditActorNames } from '../adapters/dynamo/audit-name-backfill.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:audit-names', async (doc, table, force) => {
  const result = await backfillAuditActorNames(doc, table, { force });
  return result.ran
    ? `${table}: ${result.lines} audit line(s) of ${result.members} member(s) given their actor's name.`
    : `The audit lines of ${table} were already named (use --force to name them again).`;
});
