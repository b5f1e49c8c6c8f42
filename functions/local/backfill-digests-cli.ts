/**
 * `npm run backfill:digests`: builds the digest board that previews and the send page read
 * (functions/adapters/dynamo/digest-board.ts) for a table from before it existed: every case's card,
 * every member and suppressed address, the notes kept for digests and the weeks' send records.
 * Where it writes, and `--force`: backfill-cli.ts.
 */
import { backfillDigestBoard } from '../adapters/dynamo/digest-board.ts';
import { digestProjector } from '../adapters/dynamo/digest-projector.ts';
import { runBackfillCli } from './backfill-cli.ts';

runBackfillCli('backfill:digests', async (doc, table, force) => {
  const result = await backfillDigestBoard(doc, table, digestProjector(doc, table), { force });
  return result.ran
    ? `${table}: the digest board holds ${result.cases} case(s), ${result.members} member(s), ${result.suppressed} suppressed address(es), ${result.notes} note(s) and ${result.sends} send record(s).`
    : `The digest board of ${table} was already built (use --force to build it again).`;
});
