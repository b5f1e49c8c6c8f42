/**
 * The delivery queue: SQS feeding the sender Lambda on AWS, a DynamoDB-backed
 * queue polled inside `npm start` locally. Both deliver each message at
 * least once; the sender's claims make each email go at most once.
 */
import type { AlertDelivery } from './alert.ts';

export interface AlertQueue {
  enqueue(deliveries: AlertDelivery[]): Promise<void>;
}

/** Splits an alert's recipients into queue messages. */
export function deliveriesOf(alertId: string, memberIds: readonly string[], perMessage: number): AlertDelivery[] {
  const out: AlertDelivery[] = [];
  for (let i = 0; i < memberIds.length; i += perMessage) out.push({ alertId, memberIds: memberIds.slice(i, i + perMessage) });
  return out;
}
