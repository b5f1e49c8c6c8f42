/**
 * The alert reach for a table from before it existed (a kept local `.data/`,
 * or a deployed table): each active member's entries, written as the stream
 * would write them for a new member. Reads the members list a page at a time
 * (a Query, never a Scan); once, remembered by a marker item. `npm start` runs
 * it on a table it did not just seed.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { runOnce } from './migration-marker.ts';
import { queryAll } from './query-all.ts';
import type { ReachProjector } from './reach-projector.ts';

export interface ReachBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  /** Members whose entries were written. */
  members: number;
}

export async function backfillAlertReach(
  doc: DynamoDBDocumentClient, table: string, reach: Pick<ReachProjector, 'reconcile'>, options: { force?: boolean } = {},
): Promise<ReachBackfill> {
  return runOnce(doc, table, 'alert-reach', options, { members: 0 }, async () => {
    // Deactivated members are listed under MEMBERS#INACTIVE and have no entries to write.
    const members = await queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'MEMBERS' },
      ProjectionExpression: 'id, itemType, #role, country, active, alertsOff, preferences', ExpressionAttributeNames: { '#role': 'role' },
    });
    let written = 0;
    for (const m of members) if (await reach.reconcile(String(m.id), undefined, m)) written++;
    return { members: written };
  });
}
