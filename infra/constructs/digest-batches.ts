/**
 * The weekly digest past one Lambda's lifetime: the digest function puts a
 * run's batches of members (500 each) on an encrypted, TLS-only SQS queue;
 * the batch worker takes one batch per invocation through its event source,
 * reports a batch that failed or ran out of time (partial batch responses) so
 * SQS delivers it again (its members already sent are skipped by their
 * claims), and a batch that fails 5 receives goes to the dead-letter queue,
 * whose depth raises an alarm. The event source's maximum concurrency bounds
 * the workers, each pacing at its share of the SES rate.
 */
import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { HmacKey } from './hmac-key.ts';
import type { MailSending } from './mail-sending.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import { TandemFunction } from './tandem-function.ts';
import type { TandemTable } from './tandem-table.ts';

/** As the local queue (functions/adapters/digest-queue/local-digest-queue.ts). */
export const DIGEST_BATCH_MAX_RECEIVES = 5;
export const DIGEST_WORKER_CONCURRENCY = 2;
/** A batch of 500 at 7 emails a second (half of SES's 14) takes about 70 s; 15 minutes leaves room for throttling. */
const WORKER_TIMEOUT = Duration.minutes(15);

export interface DigestBatchesProps {
  readonly table: TandemTable;
  readonly hmacKey: HmacKey;
  readonly mail: MailSending;
  readonly appUrl: string;
  readonly sesMaxSendRate: string;
  /** The digest function: gets DIGEST_QUEUE_URL and may send to the queue, nothing more. */
  readonly starter: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class DigestBatches extends Construct {
  readonly fn: IFunction;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: DigestBatchesProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds run, week and member ids (no addresses, no case text): two weeks to look into a failure.
      retentionPeriod: Duration.days(14),
    });
    const why = 'This queue is itself the dead-letter queue of the digest batch queue; a queue behind it would only move ' +
      'the problem. Its alarm emails on the first message.';
    acknowledgeNag(this.deadLetterQueue, 'AwsSolutions-SQS3', why);
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1', why);

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // At least the worker's timeout (Lambda requires it), with room for its retries as Lambda advises.
      visibilityTimeout: Duration.seconds(WORKER_TIMEOUT.toSeconds() * 2),
      // A week's batches are sent within the day; a batch still here after that is better looked into than sent late.
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: DIGEST_BATCH_MAX_RECEIVES },
    });

    const { fn } = new TandemFunction(this, 'Worker', {
      entry: 'functions/lambda/digest-batch.ts',
      description: 'Tandem weekly digest, one batch of members (SQS)',
      table: props.table,
      // Reads members, cases, news and suppressions; claims and marks each member's send; records the batch.
      tableAccess: 'readwrite',
      hmacKey: props.hmacKey,
      mail: props.mail,
      environment: {
        APP_URL: props.appUrl, SES_MAX_SEND_RATE: props.sesMaxSendRate, DIGEST_WORKER_CONCURRENCY: String(DIGEST_WORKER_CONCURRENCY),
      },
      timeout: WORKER_TIMEOUT,
      memorySize: 1024,
    });
    fn.addEventSource(new SqsEventSource(this.queue, { batchSize: 1, reportBatchItemFailures: true, maxConcurrency: DIGEST_WORKER_CONCURRENCY }));
    this.fn = fn;

    this.queue.grantSendMessages(props.starter);
    props.starter.addEnvironment('DIGEST_QUEUE_URL', this.queue.queueUrl);
  }
}
