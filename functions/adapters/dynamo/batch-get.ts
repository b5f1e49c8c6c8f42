/**
 * One BatchGetItem for up to 100 keys of the table. DynamoDB may hand back
 * "unprocessed" keys under load: they are asked for once more, and if they
 * are still missing the read fails as 503 rather than pretend the items do
 * not exist (a missing case would hide it; a missing coverage marker would
 * show a false gap).
 */
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '#shared/errors/index.ts';
import { guarded } from './errors.ts';

export interface BatchGetOptions {
  consistent?: boolean;
  /** Attribute names to read (all when absent). */
  attributes?: readonly string[];
}

type Key = { pk: string; sk: string };

export async function batchGet(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: readonly Key[],
  options: BatchGetOptions = {},
): Promise<Record<string, unknown>[]> {
  const unique = [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
  if (unique.length === 0) return [];
  if (unique.length > 100) throw new RangeError('A batch read takes at most 100 keys.');
  const projection = options.attributes
    ? {
        ProjectionExpression: options.attributes.map((_, i) => `#a${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(options.attributes.map((a, i) => [`#a${i}`, a])),
      }
    : {};
  const found: Record<string, unknown>[] = [];
  let pending: Key[] = unique;
  for (let attempt = 0; attempt < 2 && pending.length > 0; attempt++) {
    const result = await guarded(() =>
      doc.send(new BatchGetCommand({ RequestItems: { [table]: { Keys: pending, ConsistentRead: options.consistent ?? false, ...projection } } })),
    );
    found.push(...(result.Responses?.[table] ?? []));
    pending = (result.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
  }
  if (pending.length > 0) throw new ServiceUnavailableError();
  return found;
}
