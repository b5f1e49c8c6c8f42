/**
 * The DigestBatchQueue port on SQS: the digest function sends a run's
 * batches of members; the batch worker receives them through its event
 * source. SendMessageBatch takes 10 messages; an entry SQS refuses is sent
 * again once, then the run fails (its invocation is retried, and a new run
 * skips every member already sent) rather than leave members out silently.
 */
import type { DigestBatch, DigestBatchQueue } from '#shared/digests/digest-batches.ts';

export function sqsDigestQueue(options: { queueUrl: string; region: string }): DigestBatchQueue {
  const load = import('@aws-sdk/client-sqs').then(({ SQSClient, SendMessageBatchCommand }) => {
    const sqs = new SQSClient({ region: options.region });
    return async (entries: { Id: string; MessageBody: string }[]) => {
      const result = await sqs.send(new SendMessageBatchCommand({ QueueUrl: options.queueUrl, Entries: entries }));
      return (result.Failed ?? []).map((f) => String(f.Id));
    };
  });
  return {
    async enqueue(batches: DigestBatch[]) {
      const send = await load;
      for (let i = 0; i < batches.length; i += 10) {
        let entries = batches.slice(i, i + 10).map((b, j) => ({ Id: String(j), MessageBody: JSON.stringify(b) }));
        for (let attempt = 0; entries.length > 0; attempt++) {
          if (attempt >= 2) throw new Error(`SQS refused ${entries.length} digest batch message(s).`);
          const failed = new Set(await send(entries));
          entries = entries.filter((e) => failed.has(e.Id));
        }
      }
    },
  };
}
