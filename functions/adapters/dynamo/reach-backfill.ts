/**
 * The alert reach for a table from before it existed (a kept local `.data/`,
 * or a deployed table): each active member's entries, written as the stream
 * would write them for a new member. Reads the members list a page at a time
 * (a Query, never a Scan); once, remembered by a marker item. `npm start` runs
 * it on a table it did not just seed.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { guarded } from './errors.ts';
import { queryAll } from './query-all.ts';
import type { ReachProjector } from './reach-projector.ts';

const MARKER = { pk: 'MIGRATION#alert-reach', sk: 'MIGRATION' };

export interface ReachBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  /** Members whose entries were written. */
  members: number;
}

export async function backfillAlertReach(
  doc: DynamoDBDocumentClient, table: string, reach: Pick<ReachProjector, 'reconcile'>, options: { force?: boolean } = {},
): Promise<ReachBackfill> {
  const done = await guarded(() => doc.send(new GetCommand({ TableName: table, Key: MARKER })));
  if (done.Item && !options.force) return { ran: false, members: 0 };
  // Deactivated members are listed under MEMBERS#INACTIVE and have no entries to write.
  const members = await queryAll(doc, {
    TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'MEMBERS' },
    ProjectionExpression: 'id, itemType, #role, country, active, alertsOff, preferences', ExpressionAttributeNames: { '#role': 'role' },
  });
  let written = 0;
  for (const m of members) if (await reach.reconcile(String(m.id), undefined, m)) written++;
  await guarded(() => doc.send(new PutCommand({ TableName: table, Item: { ...MARKER, itemType: 'migration', members: written, at: new Date().toISOString() } })));
  return { ran: true, members: written };
}
