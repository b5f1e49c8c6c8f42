/** The ImportJobQueue port on SQS: the web function sends a confirmed import's or an export's id; the import worker receives it through its event source. */
import type { ImportJobQueue } from '#shared/imports/import-job.ts';
import { jobMessageBody } from './job-message-body.ts';

export function sqsImportQueue(options: { queueUrl: string; region: string }): ImportJobQueue {
  // Loaded on the first import: most requests the web function answers queue nothing.
  let load: Promise<(body: string) => Promise<unknown>> | undefined;
  const sender = () => (load ??= import('@aws-sdk/client-sqs').then(({ SQSClient, SendMessageCommand }) => {
    const sqs = new SQSClient({ region: options.region });
    return (body: string) => sqs.send(new SendMessageCommand({ QueueUrl: options.queueUrl, MessageBody: body }));
  }));
  return {
    async enqueue(jobId, kind) {
      await (await sender())(jobMessageBody(jobId, kind));
    },
  };
}
