/**
 * `npm run backfill:news`: writes the weekly news partition for the events of a table from before it
 * existed (functions/adapters/dynamo/news-backfill.ts). Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillWeeklyNews } from '../adapters/dynamo/news-backfill.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:news', async (doc, table, force) => {
  const result = await backfillWeeklyNews(doc, table, { force });
  return result.ran
    ? `${table}: ${result.news} news item(s) for the events of ${result.cases} case(s); ${result.observers} observer sign-up(s) indexed under their member.`
    : `The weekly news of ${table} was already written (use --force to write it again).`;
});
