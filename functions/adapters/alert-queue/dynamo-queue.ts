/**
 * The local delivery queue, in DynamoDB Local: the same semantics the sender
 * relies on in SQS, so `npm start` exercises the same failure paths.
 * - A message is invisible to other receivers for `visibilityTimeoutMs`
 *   after a receive; one not deleted by then is received again.
 * - Each receive counts; past `maxReceives` the message moves to the
 *   dead-letter list instead (`<name>-dead`), as SQS's redrive policy does.
 * - Delete needs the receipt of the latest receive, so a receiver that
 *   lost its message to a timeout cannot delete someone else's.
 * Messages are items `QUEUE#<name>#<id>`, listed in byKind `QUEUE#<name>`
 * by the time they become visible; a receive is a Query plus one
 * conditional update per message taken (never a Scan).
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, DeleteCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface QueueOptions {
  name: string;
  visibilityTimeoutMs: number;
  maxReceives: number;
  now?: () => number;
}

export interface ReceivedMessage {
  id: string;
  body: string;
  receipt: string;
  receiveCount: number;
}

const pad = (ms: number) => String(ms).padStart(15, '0');
const isConditionFailure = (e: unknown) => (e as { name?: string })?.name === 'ConditionalCheckFailedException';

export function dynamoQueue(doc: DynamoDBDocumentClient, table: string, o: QueueOptions) {
  const now = o.now ?? Date.now;
  const kind = `QUEUE#${o.name}`;
  const dead = `QUEUE#${o.name}-dead`;
  const key = (id: string) => ({ pk: `QUEUE#${o.name}#${id}`, sk: 'MESSAGE' });

  async function list(which: string, limit: number, visibleBy?: number) {
    const page = await doc.send(new QueryCommand({
      TableName: table, IndexName: 'byKind',
      KeyConditionExpression: visibleBy === undefined ? 'gsi2pk = :k' : 'gsi2pk = :k AND gsi2sk <= :t',
      ExpressionAttributeValues: { ':k': which, ...(visibleBy === undefined ? {} : { ':t': `${pad(visibleBy)}#~` }) },
      Limit: limit,
    }));
    return page.Items ?? [];
  }

  return {
    async send(bodies: string[]): Promise<void> {
      const at = now();
      for (let i = 0; i < bodies.length; i += 25) {
        let pending: unknown[] = bodies.slice(i, i + 25).map((body) => {
          const id = randomUUID();
          return { PutRequest: { Item: { ...key(id), itemType: 'queue_message', gsi2pk: kind, gsi2sk: `${pad(at)}#${id}`, id, body, receiveCount: 0 } } };
        });
        while (pending.length > 0) {
          const result = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
          pending = result.UnprocessedItems?.[table] ?? [];
        }
      }
    },

    /** Up to `max` visible messages, each now invisible for the visibility timeout (or dead-lettered). */
    async receive(max: number): Promise<ReceivedMessage[]> {
      const at = now();
      const out: ReceivedMessage[] = [];
      for (const item of await list(kind, max, at)) {
        const id = String(item.id);
        const count = Number(item.receiveCount ?? 0) + 1;
        const receipt = randomUUID();
        const toDead = count > o.maxReceives;
        try {
          await doc.send(new UpdateCommand({
            TableName: table, Key: key(id),
            UpdateExpression: 'SET gsi2pk = :k, gsi2sk = :sk, receiveCount = :n, receipt = :r',
            ConditionExpression: 'gsi2sk = :seen AND gsi2pk = :kind',
            ExpressionAttributeValues: {
              ':k': toDead ? dead : kind, ':sk': `${pad(toDead ? at : at + o.visibilityTimeoutMs)}#${id}`, ':n': count, ':r': receipt,
              ':seen': item.gsi2sk, ':kind': kind,
            },
          }));
        } catch (error) {
          if (isConditionFailure(error)) continue; // Another receiver took it first.
          throw error;
        }
        if (!toDead) out.push({ id, body: String(item.body), receipt, receiveCount: count });
      }
      return out;
    },

    /** Deletes a message this receiver still holds; false when its visibility ran out and another took it. */
    async delete(message: Pick<ReceivedMessage, 'id' | 'receipt'>): Promise<boolean> {
      try {
        await doc.send(new DeleteCommand({ TableName: table, Key: key(message.id), ConditionExpression: 'receipt = :r', ExpressionAttributeValues: { ':r': message.receipt } }));
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    /** Messages in the dead-letter list (the local equivalent of the DLQ alarm's depth). */
    deadLetters: async (limit = 100) => (await list(dead, limit)).map((i) => ({ id: String(i.id), body: String(i.body), receiveCount: Number(i.receiveCount) })),
  };
}

export type DynamoQueue = ReturnType<typeof dynamoQueue>;
