/**
 * Urgent alerts' delivery (a QueueWorker): the web function puts each alert's
 * recipients on the queue (25 members a message); the sender takes batches of
 * 10, and 2 senders at most run at once, each pacing at half the SES rate.
 */
import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { type MailQueueProps, QueueWorker } from './queue-worker.ts';

/** As the local queue (functions/adapters/alert-queue/local-alert-queue.ts). */
export const ALERT_MAX_RECEIVES = 5;
export const ALERT_SENDER_CONCURRENCY = 2;

export interface AlertDeliveryProps extends MailQueueProps {
  /** The web function: gets ALERT_QUEUE_URL and may send to the queue, nothing more. */
  readonly web: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class AlertDelivery extends QueueWorker {
  constructor(scope: Construct, id: string, props: AlertDeliveryProps) {
    super(scope, id, props, {
      workerId: 'Sender',
      entry: 'functions/lambda/alert-sender.ts',
      description: 'Tandem urgent alerts sender (SQS)',
      purpose: 'the urgent alerts\' delivery queue',
      timeout: Duration.minutes(1),
      visibilityTimeouts: 6,
      maxReceives: ALERT_MAX_RECEIVES,
      concurrency: ALERT_SENDER_CONCURRENCY,
      concurrencyVariable: 'ALERT_SENDER_CONCURRENCY',
      batchSize: 10,
      producer: props.web,
      queueUrlVariable: 'ALERT_QUEUE_URL',
    });
  }
}
