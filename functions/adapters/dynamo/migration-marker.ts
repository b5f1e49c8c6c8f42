/**
 * One-time backfills (`npm run backfill:*`, run by `npm start` on a kept data folder): each runs its
 * work once per table and leaves a marker item (`MIGRATION#<name>`) with what it counted, so the next
 * start skips it; `--force` runs it again. Every backfill's work is idempotent, so a run cut short
 * (no marker written) is simply run again.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { guarded } from './errors.ts';

/** The marker item of the backfill called `name`. */
export const migrationMarker = (name: string) => ({ pk: `MIGRATION#${name}`, sk: 'MIGRATION' });

/**
 * Runs `work` unless the marker says it ran (and `force` is not set), then writes the marker with its
 * counts. Skipped, it answers `skipped` (the counts at zero) with `ran: false`.
 */
export async function runOnce<R extends object>(
  doc: DynamoDBDocumentClient, table: string, name: string, options: { force?: boolean },
  skipped: R, work: () => Promise<R>,
): Promise<R & { ran: boolean }> {
  const done = await guarded(() => doc.send(new GetCommand({ TableName: table, Key: migrationMarker(name) })));
  if (done.Item && !options.force) return { ...skipped, ran: false };
  const counts = await work();
  await guarded(() => doc.send(new PutCommand({
    TableName: table, Item: { ...migrationMarker(name), itemType: 'migration', ...counts, at: new Date().toISOString() },
  })));
  return { ...counts, ran: true };
}
