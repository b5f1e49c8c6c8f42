/**
 * The weekly digest past one Lambda's lifetime (a QueueWorker): the digest
 * function puts a run's batches of members (500 each) on the queue; a worker
 * takes one batch per invocation and reports a batch that failed or ran out
 * of time, so SQS delivers it again (its members already sent are skipped by
 * their claims).
 */
import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { type MailQueueProps, QueueWorker } from './queue-worker.ts';

/** As the local queue (functions/adapters/digest-queue/local-digest-queue.ts). */
export const DIGEST_BATCH_MAX_RECEIVES = 5;
export const DIGEST_WORKER_CONCURRENCY = 2;

export interface DigestBatchesProps extends MailQueueProps {
  /** The digest function: gets DIGEST_QUEUE_URL and may send to the queue, nothing more. */
  readonly starter: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class DigestBatches extends QueueWorker {
  constructor(scope: Construct, id: string, props: DigestBatchesProps) {
    super(scope, id, props, {
      workerId: 'Worker',
      entry: 'functions/lambda/digest-batch.ts',
      description: 'Tandem weekly digest, one batch of members (SQS)',
      purpose: 'the digest batch queue',
      // A batch of 500 at 7 emails a second (half of SES's 14) takes about 70 s; 15 minutes leaves room for throttling.
      timeout: Duration.minutes(15),
      visibilityTimeouts: 2,
      maxReceives: DIGEST_BATCH_MAX_RECEIVES,
      concurrency: DIGEST_WORKER_CONCURRENCY,
      concurrencyVariable: 'DIGEST_WORKER_CONCURRENCY',
      batchSize: 1,
      memorySize: 1024,
      producer: props.starter,
      queueUrlVariable: 'DIGEST_QUEUE_URL',
    });
  }
}
