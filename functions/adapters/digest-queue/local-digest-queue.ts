/**
 * The digest's batches inside `npm start`, `npm run digest` and the tests: the
 * DigestBatchQueue port on the DynamoDB-backed queue the urgent alerts use
 * (functions/adapters/alert-queue/dynamo-queue.ts: visibility timeout,
 * receive counts, a dead-letter list, delete by the latest receipt), and a
 * poller running the batch worker's code (`runDigestBatch`, as the Lambda
 * does) on one message at a time, so local runs keep to TANDEM_SEND_RATE.
 * A batch that throws is left to come back after its visibility timeout and
 * is dead-lettered after `maxReceives` tries, as in SQS.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DigestBatch, DigestBatchQueue } from '#shared/digests/digest-batches.ts';
import { runDigestBatch } from '#shared/digests/digest-batches.ts';
import type { DigestRunOptions, JobDeps } from '#shared/digests/run-digest.ts';
import { dynamoQueue, type DynamoQueue } from '../alert-queue/dynamo-queue.ts';
import { idleWaiters } from '../alert-queue/idle-waiters.ts';

export const DIGEST_QUEUE_NAME = 'digests';
/** As the SQS queue in infra/: 5 receives before the dead-letter list; a batch of 500 at 50 a second takes 10 s, 15 minutes leaves room. */
export const LOCAL_DIGEST_QUEUE_SETTINGS = { visibilityTimeoutMs: 15 * 60_000, maxReceives: 5 };

export function localDigestQueue(
  doc: DynamoDBDocumentClient, table: string, settings: Partial<typeof LOCAL_DIGEST_QUEUE_SETTINGS> = {},
): DigestBatchQueue & { queue: DynamoQueue } {
  const queue = dynamoQueue(doc, table, { name: DIGEST_QUEUE_NAME, ...LOCAL_DIGEST_QUEUE_SETTINGS, ...settings });
  return { queue, enqueue: (batches: DigestBatch[]) => queue.send(batches.map((b) => JSON.stringify(b))) };
}

export interface DigestPollerOptions extends DigestRunOptions {
  /** Pause when the queue is empty. @default 200 ms */
  idleMs?: number;
}

/** Polls until stopped; `drain()` resolves once the queue has nothing visible and nothing in hand. */
export function startDigestPoller(deps: JobDeps, queue: DynamoQueue, options: DigestPollerOptions) {
  let stopped = false;
  let busy = false;
  const idle = idleWaiters();
  const idleMs = options.idleMs ?? 200;

  const loop = (async () => {
    while (!stopped) {
      let messages: Awaited<ReturnType<DynamoQueue['receive']>> = [];
      const round = idle.beginReceive();
      try {
        messages = await queue.receive(1);
      } catch (error) {
        deps.log?.error('digest queue receive failed', { error: (error as Error).name });
      }
      const message = messages[0];
      if (!message) {
        idle.emptyReceive(round);
        await new Promise((r) => setTimeout(r, idleMs));
        continue;
      }
      busy = true;
      try {
        await runDigestBatch(deps, JSON.parse(message.body), options);
        await queue.delete(message);
      } catch (error) {
        // Left on the queue: it comes back after its visibility timeout (or goes to the dead-letter list).
        deps.log?.error('digest batch failed', { messageId: message.id, error: (error as Error).name });
      } finally {
        busy = false;
      }
    }
  })();

  return {
    /** Resolves when the queue has no visible message and none is being handled. */
    drain: idle.wait,
    get busy() {
      return busy;
    },
    async stop() {
      stopped = true;
      await loop;
      idle.releaseAll();
    },
  };
}
