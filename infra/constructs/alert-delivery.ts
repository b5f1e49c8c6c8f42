/**
 * Urgent alerts' delivery: the web function puts each alert's recipients on
 * an encrypted, TLS-only SQS queue (25 members a message); the sender
 * function takes batches of 10 through its event source, reports the
 * messages that failed (partial batch responses) so only those come back,
 * and a message that fails 5 receives goes to the dead-letter queue, whose
 * depth raises an alarm. The event source's maximum concurrency (2) bounds
 * the senders, each pacing at half the SES rate.
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

/** As the local queue (functions/adapters/alert-queue/local-alert-queue.ts). */
export const ALERT_MAX_RECEIVES = 5;
export const ALERT_SENDER_CONCURRENCY = 2;
/** Longer than the sender's timeout (6 × 1 minute, as Lambda advises for SQS sources). */
const SENDER_TIMEOUT = Duration.minutes(1);

export interface AlertDeliveryProps {
  readonly table: TandemTable;
  readonly hmacKey: HmacKey;
  readonly mail: MailSending;
  readonly appUrl: string;
  readonly sesMaxSendRate: string;
  /** The web function: gets ALERT_QUEUE_URL and may send to the queue, nothing more. */
  readonly web: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class AlertDelivery extends Construct {
  readonly fn: IFunction;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: AlertDeliveryProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds alert and member ids (no addresses, no case text): two weeks to look into a failure.
      retentionPeriod: Duration.days(14),
    });
    const why = 'This queue is itself the dead-letter queue of the urgent alerts\' delivery queue; a queue behind it would ' +
      'only move the problem. Its alarm emails on the first message.';
    acknowledgeNag(this.deadLetterQueue, 'AwsSolutions-SQS3', why);
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1', why);

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(SENDER_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: ALERT_MAX_RECEIVES },
    });

    const { fn } = new TandemFunction(this, 'Sender', {
      entry: 'functions/lambda/alert-sender.ts',
      description: 'Tandem urgent alerts sender (SQS)',
      table: props.table,
      // Reads alerts, recipients and suppressions; claims and marks each recipient's send.
      tableAccess: 'readwrite',
      hmacKey: props.hmacKey,
      mail: props.mail,
      environment: {
        APP_URL: props.appUrl, SES_MAX_SEND_RATE: props.sesMaxSendRate, ALERT_SENDER_CONCURRENCY: String(ALERT_SENDER_CONCURRENCY),
      },
      timeout: SENDER_TIMEOUT,
    });
    fn.addEventSource(new SqsEventSource(this.queue, {
      batchSize: 10, reportBatchItemFailures: true, maxConcurrency: ALERT_SENDER_CONCURRENCY,
    }));
    this.fn = fn;

    this.queue.grantSendMessages(props.web);
    props.web.addEnvironment('ALERT_QUEUE_URL', this.queue.queueUrl);
  }
}
