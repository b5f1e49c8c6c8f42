/**
 * Mail sent past one request's lifetime, the same way each time: a producer
 * function puts work on an encrypted, TLS-only SQS queue; a worker function
 * takes it through its event source and reports the messages that failed
 * (partial batch responses) so only those come back; a message that fails
 * `maxReceives` times goes to the dead-letter queue, whose depth raises an
 * alarm (OperationalAlarms.watchQueue). The event source's maximum
 * concurrency bounds the workers, each pacing at its share of the SES rate.
 * Urgent alerts (alert-delivery.ts), the weekly digest's batches
 * (digest-batches.ts) and import jobs (import-jobs.ts) are three of these.
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

/** What every mail queue's stack wiring gives it. */
export interface MailQueueProps {
  readonly table: TandemTable;
  readonly hmacKey: HmacKey;
  readonly mail: MailSending;
  readonly appUrl: string;
  readonly sesMaxSendRate: string;
}

export interface QueueWorkerSpec {
  /** The worker's construct id (kept per queue, so the resources' logical ids stay as they were). */
  readonly workerId: string;
  readonly entry: string;
  readonly description: string;
  /** What the dead-letter queue is behind, for the acknowledgement of its own missing dead-letter queue. */
  readonly purpose: string;
  readonly timeout: Duration;
  /** A multiple of the worker's timeout: Lambda requires at least 1; it advises 6 for batched sources. */
  readonly visibilityTimeouts: number;
  readonly maxReceives: number;
  readonly concurrency: number;
  readonly batchSize: number;
  /** The worker's environment variable that tells it how many workers share the SES rate. */
  readonly concurrencyVariable: string;
  readonly memorySize?: number;
  /** The producer: gets `queueUrlVariable` and may send to the queue, nothing more. */
  readonly producer: IFunction & { addEnvironment(key: string, value: string): unknown };
  readonly queueUrlVariable: string;
  /** The worker may send to its own queue (a job past its time budget is queued again), through `queueUrlVariable`. */
  readonly requeues?: boolean;
  /** More of the worker's environment. */
  readonly environment?: Record<string, string>;
}

export class QueueWorker extends Construct {
  readonly fn: IFunction;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: MailQueueProps, spec: QueueWorkerSpec) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds ids only (no addresses, no case text): two weeks to look into a failure.
      retentionPeriod: Duration.days(14),
    });
    const why = `This queue is itself the dead-letter queue of ${spec.purpose}; a queue behind it would only move ` +
      'the problem. Its alarm emails on the first message.';
    acknowledgeNag(this.deadLetterQueue, 'AwsSolutions-SQS3', why);
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1', why);

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(spec.timeout.toSeconds() * spec.visibilityTimeouts),
      // Mail that waited a day is better looked into than sent late.
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: spec.maxReceives },
    });

    const { fn } = new TandemFunction(this, spec.workerId, {
      entry: spec.entry,
      description: spec.description,
      table: props.table,
      // Reads what it sends and the suppressions; claims and marks each recipient's send.
      tableAccess: 'readwrite',
      hmacKey: props.hmacKey,
      mail: props.mail,
      environment: {
        APP_URL: props.appUrl, SES_MAX_SEND_RATE: props.sesMaxSendRate, [spec.concurrencyVariable]: String(spec.concurrency),
        ...spec.environment, ...(spec.requeues ? { [spec.queueUrlVariable]: this.queue.queueUrl } : {}),
      },
      timeout: spec.timeout,
      ...(spec.memorySize ? { memorySize: spec.memorySize } : {}),
    });
    fn.addEventSource(new SqsEventSource(this.queue, { batchSize: spec.batchSize, reportBatchItemFailures: true, maxConcurrency: spec.concurrency }));
    this.fn = fn;

    this.queue.grantSendMessages(spec.producer);
    if (spec.requeues) this.queue.grantSendMessages(fn);
    spec.producer.addEnvironment(spec.queueUrlVariable, this.queue.queueUrl);
  }
}
