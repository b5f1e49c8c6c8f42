/**
 * The actors' names on audit lines written before lines carried them (issue 14: a case's audit page
 * names its actors without reading them). For each member (byKind `MEMBERS` and `MEMBERS#INACTIVE`,
 * Queries, never a Scan), their lines (byScope `ACTOR#<id>`) get `actorName`, the member's name now:
 * the best an old line can have, since the name at the time was never kept. Each line is updated only
 * if it still has no name, so a line written with its name (or named by an earlier run) keeps it, and
 * a second run changes nothing. A marker item records that it ran: `npm start` then skips it, and
 * `npm run backfill:audit-names` says so (`--force` runs it again).
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { runOnce } from './migration-marker.ts';
import { guarded, isConditionFailure } from './errors.ts';
import { queryAll } from './query-all.ts';

export interface AuditNameBackfill {
  /** False when the marker said it had run already. */
  ran: boolean;
  /** Members whose lines were read. */
  members: number;
  /** Lines that got their actor's name. */
  lines: number;
}

export async function backfillAuditActorNames(
  doc: DynamoDBDocumentClient, table: string, options: { force?: boolean } = {},
): Promise<AuditNameBackfill> {
  return runOnce(doc, table, 'audit-actor-names', options, { members: 0, lines: 0 }, async () => {
    const membersOf = (kind: string) => queryAll(doc, {
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': kind },
      ProjectionExpression: 'id, #name', ExpressionAttributeNames: { '#name': 'name' },
    });
    const result: Omit<AuditNameBackfill, 'ran'> = { members: 0, lines: 0 };
    for (const member of [...await membersOf('MEMBERS'), ...await membersOf('MEMBERS#INACTIVE')]) {
      const name = typeof member.name === 'string' ? member.name : '';
      if (!name) continue;
      result.members += 1;
      const lines = await queryAll(doc, {
        TableName: table, IndexName: 'byScope', KeyConditionExpression: 'gsi1pk = :actor AND begins_with(gsi1sk, :audit)',
        ExpressionAttributeValues: { ':actor': `ACTOR#${String(member.id)}`, ':audit': 'AUDIT#' }, ProjectionExpression: 'pk, sk, actorName',
      });
      for (const line of lines.filter((l) => l.actorName === undefined)) {
        if (await nameLine(doc, table, { pk: line.pk, sk: line.sk }, name)) result.lines += 1;
      }
    }
    return result;
  });
}

async function nameLine(doc: DynamoDBDocumentClient, table: string, key: Record<string, unknown>, name: string): Promise<boolean> {
  try {
    await guarded(() => doc.send(new UpdateCommand({
      TableName: table, Key: key, UpdateExpression: 'SET actorName = :name',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(actorName)', ExpressionAttributeValues: { ':name': name },
    })));
    return true;
  } catch (error) {
    // Named meanwhile (or gone): nothing to do.
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
