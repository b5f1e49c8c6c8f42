/**
 * Members' notifications: one function with two callers.
 * - The web function invokes it asynchronously after a new action request
 *   or a verified action (the email goes once the answer has gone).
 * - EventBridge Scheduler invokes it every 15 minutes for the reminders due
 *   (hearings 48 hours ahead, requests one day overdue).
 * Lambda retries a failed run twice; the claims make a retry send nothing
 * twice. What still fails, and a schedule that could not invoke the
 * function, lands in an encrypted, TLS-only dead-letter queue with an alarm.
 */
import { type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { MailSending } from './mail-sending.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import { TandemFunction } from './tandem-function.ts';
import type { HmacKey } from './hmac-key.ts';
import type { TandemTable } from './tandem-table.ts';

/** Instances at once at most; each paces its emails at the SES rate divided by this. */
export const NOTIFICATIONS_CONCURRENCY = 5;

export interface NotificationsProps {
  readonly table: TandemTable;
  readonly mail: MailSending;
  readonly appUrl: string;
  /** The SES account's maximum send rate (emails a second). */
  readonly sesMaxSendRate: string;
  /** The app secret (the alert reminders' unsubscribe links are signed with it). */
  readonly hmacKey: HmacKey;
  /** The web function: gets NOTIFICATIONS_FUNCTION_NAME and may invoke this function, nothing more. */
  readonly web: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class Notifications extends Construct {
  readonly fn: IFunction;
  readonly deadLetterQueue: Queue;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    const { fn } = new TandemFunction(this, 'Function', {
      entry: 'functions/lambda/notifications.ts',
      description: 'Tandem notifications and reminders (every 15 minutes, and after a new request or a verified action)',
      table: props.table,
      // Reads cases, members and the calendar index; writes the once-per-member claims.
      tableAccess: 'readwrite',
      mail: props.mail,
      hmacKey: props.hmacKey,
      environment: { APP_URL: props.appUrl, SES_MAX_SEND_RATE: props.sesMaxSendRate, NOTIFICATIONS_CONCURRENCY: String(NOTIFICATIONS_CONCURRENCY) },
      // A reminder run reads each due case once and sends one email per member, paced: minutes at most.
      timeout: Duration.minutes(5),
      reservedConcurrency: NOTIFICATIONS_CONCURRENCY,
    });
    this.fn = fn;

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds ids only (case, request, action): kept long enough to look into a failure.
      retentionPeriod: Duration.days(14),
    });
    acknowledgeNag(this.deadLetterQueue, 'AwsSolutions-SQS3',
      "This queue is itself the dead-letter queue of the notifications function's asynchronous invocations and of the " +
        'reminder schedule; a queue behind it would only move the problem. Its alarm fires on the first message.');
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1',
      "This queue is itself the dead-letter queue of the notifications function's asynchronous invocations and of the " +
        'reminder schedule; a queue behind it would only move a lost notification further. Its alarm emails on the first message.');
    fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure: new SqsDestination(this.deadLetterQueue) });

    // Our own role (not one made at stack level), assumable by Scheduler for this account only.
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
    });
    this.schedule = new Schedule(this, 'Reminders', {
      description: 'Tandem reminders: hearings 48 hours ahead, requests one day overdue',
      schedule: ScheduleExpression.expression('rate(15 minutes)'),
      target: new LambdaInvoke(fn, {
        role,
        input: ScheduleTargetInput.fromObject({ run: 'reminders' }),
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 3,
        // Past 15 minutes the next tick does the same work: an older one is of no use.
        maxEventAge: Duration.minutes(15),
      }),
    });
    acknowledgeNag(role,
      `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(fn.node.defaultChild as CfnElement)}.Arn>:*]`,
      'lambda:InvokeFunction on the notifications function and its versions (the `:*` qualifier of that one function ARN), ' +
        'as CDK grants it; no other function is reachable.');

    props.web.addEnvironment('NOTIFICATIONS_FUNCTION_NAME', fn.functionName);
    props.web.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
  }
}
