/**
 * Posting rosters for members created before rosters existed: an action
 * request checks its posting's roster, so a table from an earlier release
 * (a kept local `.data/`, or a deployed table) needs each diplomat added
 * once. Reads the members a page at a time (a Query, never a Scan) and adds
 * each diplomat missing from their country's roster; running it again adds
 * nothing. `npm start` runs it on a table it did not just seed.
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Member } from '#shared/domain/member.ts';
import { isConditionFailure } from './errors.ts';
import { memberStore } from './member-store.ts';
import { postingUpdate } from './posting-items.ts';

/** Adds every diplomat missing from their posting's roster; answers how many were added. */
export async function backfillPostingRosters(doc: DynamoDBDocumentClient, table: string): Promise<number> {
  const members = memberStore(doc, table);
  let added = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await members.listMembers(100, start);
    for (const m of page.items) if (await addToRoster(doc, table, m)) added++;
    start = page.next;
  } while (start);
  return added;
}

async function addToRoster(doc: DynamoDBDocumentClient, table: string, m: Member): Promise<boolean> {
  const [update] = postingUpdate(table, m);
  if (!update) return false;
  const { Update } = update as { Update: ConstructorParameters<typeof UpdateCommand>[0] };
  try {
    await doc.send(new UpdateCommand({
      ...Update,
      // Already on the roster: leave it (list_append would list the diplomat twice).
      ConditionExpression: 'attribute_not_exists(memberIds) OR NOT contains(memberIds, :member)',
      ExpressionAttributeValues: { ...Update.ExpressionAttributeValues, ':member': m.id },
    }));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
