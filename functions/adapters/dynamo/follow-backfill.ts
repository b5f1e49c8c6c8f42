/**
 * The follows index for members who saved their interests before it existed
 * (a kept local `.data/`, or a deployed table): alerts find followers only
 * through it. Reads the members a page at a time (a Query, never a Scan)
 * and writes each missing FOLLOW item once; running it again writes nothing.
 * `npm start` runs it on a table it did not just seed.
 */
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from './errors.ts';
import { followItems, followsOf } from './follow-items.ts';

/** Adds every missing FOLLOW item; answers how many were added. */
export async function backfillFollows(doc: DynamoDBDocumentClient, table: string): Promise<number> {
  let added = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new QueryCommand({
      TableName: table, IndexName: 'byKind', KeyConditionExpression: 'gsi2pk = :kind', ExpressionAttributeValues: { ':kind': 'MEMBERS' },
      ProjectionExpression: 'id, preferences, version', Limit: 100, ExclusiveStartKey: start,
    }));
    for (const m of page.Items ?? []) {
      for (const Item of followItems(String(m.id), followsOf(m.preferences), Number(m.version))) {
        try {
          await doc.send(new PutCommand({ TableName: table, Item, ConditionExpression: 'attribute_not_exists(pk)' }));
          added++;
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return added;
}
