/**
 * Urgent alerts' delivery inside `npm start` (and the tests and the bench):
 * the AlertQueue port on the DynamoDB-backed queue, and a poller that runs
 * the same sender code as the Lambda on each message. A message whose
 * delivery throws is left to reappear after its visibility timeout, and is
 * dead-lettered after `maxReceives` tries, as in SQS.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { deliverAlert, type AlertDelivery, type AlertQueue, type SenderDeps } from '#shared/alerts/index.ts';
import type { Mailer } from '#shared/ports/mailer.ts';
import { dynamoQueue, type DynamoQueue } from './dynamo-queue.ts';
import { parseDelivery } from './delivery-message.ts';
import { idleWaiters } from './idle-waiters.ts';

export const ALERT_QUEUE_NAME = 'alerts';
/** As the SQS queue in infra/: 2 minutes' visibility, 5 receives before the dead-letter list. */
export const LOCAL_QUEUE_SETTINGS = { visibilityTimeoutMs: 120_000, maxReceives: 5 };

export function localAlertQueue(doc: DynamoDBDocumentClient, table: string, settings: Partial<typeof LOCAL_QUEUE_SETTINGS> = {}): AlertQueue & { queue: DynamoQueue } {
  const queue = dynamoQueue(doc, table, { name: ALERT_QUEUE_NAME, ...LOCAL_QUEUE_SETTINGS, ...settings });
  return {
    queue,
    enqueue: (deliveries: AlertDelivery[]) => queue.send(deliveries.map((d) => JSON.stringify(d))),
  };
}

export interface PollerOptions {
  /** The paced mailer (TANDEM_SEND_RATE), shared by every message. */
  mailer: Mailer;
  /** Messages handled at once. @default 4 */
  concurrency?: number;
  /** Pause when the queue is empty. @default 200 ms */
  idleMs?: number;
  /** For tests: between a claim and its send. */
  afterClaim?: (memberId: string) => Promise<void> | void;
}

/** Polls until stopped; `drain()` resolves once the queue has nothing visible and nothing in hand. */
export function startAlertPoller(deps: SenderDeps, queue: DynamoQueue, options: PollerOptions) {
  let stopped = false;
  let inHand = 0;
  const idle = idleWaiters();
  const idleMs = options.idleMs ?? 200;

  async function handle(message: { id: string; body: string; receipt: string }) {
    try {
      const delivery = parseDelivery(message.body);
      await deliverAlert(deps, delivery, { mailer: options.mailer, ...(options.afterClaim ? { afterClaim: options.afterClaim } : {}) });
      await queue.delete(message);
    } catch (error) {
      // Left on the queue: it comes back after its visibility timeout (or goes to the dead-letter list).
      deps.log.error('alert message failed', { messageId: message.id, error: (error as Error).name });
    }
  }

  const limit = options.concurrency ?? 4;
  let slotFreed: () => void = () => {};
  // A pool: up to `limit` messages in hand; a new receive as soon as one is done.
  const loop = (async () => {
    const running = new Set<Promise<void>>();
    while (!stopped) {
      if (inHand >= limit) {
        await new Promise<void>((r) => (slotFreed = r));
        continue;
      }
      let batch: Awaited<ReturnType<DynamoQueue['receive']>> = [];
      const round = idle.beginReceive();
      try {
        batch = await queue.receive(limit - inHand);
      } catch (error) {
        deps.log.error('alert queue receive failed', { error: (error as Error).name });
      }
      if (batch.length === 0) {
        if (inHand === 0) idle.emptyReceive(round);
        await Promise.race([new Promise((r) => setTimeout(r, idleMs)), ...(inHand > 0 ? [new Promise<void>((r) => (slotFreed = r))] : [])]);
        continue;
      }
      inHand += batch.length;
      for (const m of batch) {
        const p = handle(m).finally(() => {
          inHand -= 1;
          running.delete(p);
          slotFreed();
        });
        running.add(p);
      }
    }
    await Promise.all(running);
  })();

  return {
    /** Resolves when the queue has no visible message and none is being handled. */
    drain: idle.wait,
    async stop() {
      stopped = true;
      await loop;
      idle.releaseAll();
    },
  };
}
