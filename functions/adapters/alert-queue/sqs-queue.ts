/**
 * The AlertQueue port on SQS (the web function sends; the sender Lambda
 * receives through its event source). SendMessageBatch takes 10 messages; a
 * batch entry SQS refuses is sent again once, then the create fails (503)
 * rather than pretend the alert went out. The client is loaded on first use,
 * so the web function's cold start does not pay for it.
 */
import type { AlertDelivery, AlertQueue } from '#shared/alerts/index.ts';
import { ServiceUnavailableError } from '#shared/errors/index.ts';

export function sqsAlertQueue(options: { queueUrl: string; region: string }): AlertQueue {
  let client: Promise<{ send: (entries: { Id: string; MessageBody: string }[]) => Promise<string[]> }> | undefined;
  const load = () =>
    (client ??= import('@aws-sdk/client-sqs').then(({ SQSClient, SendMessageBatchCommand }) => {
      const sqs = new SQSClient({ region: options.region });
      return {
        send: async (entries: { Id: string; MessageBody: string }[]) => {
          const result = await sqs.send(new SendMessageBatchCommand({ QueueUrl: options.queueUrl, Entries: entries }));
          return (result.Failed ?? []).map((f) => String(f.Id));
        },
      };
    }));
  return {
    async enqueue(deliveries: AlertDelivery[]) {
      const sqs = await load();
      for (let i = 0; i < deliveries.length; i += 10) {
        let entries = deliveries.slice(i, i + 10).map((d, j) => ({ Id: String(j), MessageBody: JSON.stringify(d) }));
        for (let attempt = 0; entries.length > 0; attempt++) {
          if (attempt >= 2) throw new ServiceUnavailableError('The alert could not be queued for delivery.');
          const failed = new Set(await sqs.send(entries));
          entries = entries.filter((e) => failed.has(e.Id));
        }
      }
    },
  };
}
