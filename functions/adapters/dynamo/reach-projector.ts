/**
 * Keeps the alert reach (reach-items.ts) from the table's stream, beside the
 * coverage aggregator and the home projector: a member item's record says
 * which reach items the member was on before and is on now, from its old and
 * new images; the projector sets the member's entry on each item they are on
 * now and removes it from the others. A follow added or dropped, a posting,
 * a role, a deactivation or alerts turned off all change the member item, so
 * all of them arrive here, whichever feature wrote them.
 *
 * Applying a record twice leaves the same items (each write sets or removes
 * one attribute to what the image says), and records of one member arrive in
 * order (one item, one shard): no marker is needed.
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ApplyOutcome, StreamRecordLike } from './coverage-aggregator.ts';
import { errorName, isConditionFailure } from './errors.ts';
import { ENTRY_PREFIX, reachEntriesOf } from './reach-items.ts';

type Item = Record<string, unknown>;
const image = (value: Record<string, unknown> | undefined) => (value ? unmarshall(value as never) as Item : undefined);

/** DynamoDB refuses an update that would make the item larger than 400 KB with a ValidationException naming the size. */
const isTooLarge = (error: unknown) =>
  errorName(error) === 'ValidationException' && /size/i.test(error instanceof Error ? error.message : '');

export function reachProjector(doc: DynamoDBDocumentClient, table: string) {
  async function setEntry(pk: string, name: string, value: string): Promise<void> {
    try {
      await doc.send(new UpdateCommand({
        TableName: table, Key: { pk, sk: 'REACH' }, UpdateExpression: 'SET #m = :v, itemType = :type',
        ExpressionAttributeNames: { '#m': name }, ExpressionAttributeValues: { ':v': value, ':type': 'reach' },
      }));
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      // The item holds no more: from now on the count reads this country or theme the send's way (reach-items.ts).
      await doc.send(new UpdateCommand({
        TableName: table, Key: { pk, sk: 'REACH' }, UpdateExpression: 'SET #full = :yes', ExpressionAttributeNames: { '#full': 'full' },
        ExpressionAttributeValues: { ':yes': true },
      }));
    }
  }

  async function removeEntry(pk: string, name: string): Promise<void> {
    try {
      // Conditioned, or a removal from an item that does not exist would create an empty one.
      await doc.send(new UpdateCommand({
        TableName: table, Key: { pk, sk: 'REACH' }, UpdateExpression: 'REMOVE #m', ConditionExpression: 'attribute_exists(#m)',
        ExpressionAttributeNames: { '#m': name },
      }));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }

  /** Moves one member's entries from what `before` listed to what `after` lists. */
  async function reconcile(memberId: string, before: Item | undefined, after: Item | undefined): Promise<boolean> {
    const was = reachEntriesOf(before);
    const is = reachEntriesOf(after);
    if (was.size === is.size && [...is].every(([pk, v]) => was.get(pk) === v)) return false;
    const name = `${ENTRY_PREFIX}${memberId}`;
    await Promise.all([
      ...[...is].map(([pk, value]) => setEntry(pk, name, value)),
      ...[...was.keys()].filter((pk) => !is.has(pk)).map((pk) => removeEntry(pk, name)),
    ]);
    return true;
  }

  async function apply(record: StreamRecordLike): Promise<ApplyOutcome> {
    const keysOf = record.dynamodb?.Keys as Record<string, { S?: string }> | undefined;
    const pk = keysOf?.pk?.S ?? '';
    if (!pk.startsWith('MEMBER#') || keysOf?.sk?.S !== 'MEMBER') return 'ignored';
    const changed = await reconcile(pk.slice('MEMBER#'.length), image(record.dynamodb?.OldImage), image(record.dynamodb?.NewImage));
    return changed ? 'applied' : 'ignored';
  }

  return { apply, reconcile };
}

export type ReachProjector = ReturnType<typeof reachProjector>;
