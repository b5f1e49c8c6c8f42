/**
 * The weekly digest's trigger: an EventBridge Scheduler schedule (cron in a
 * named time zone, so "Monday 07:00 in Brussels" survives daylight-saving
 * changes) invoking the digest function, with a dead-letter queue that
 * catches both a schedule that could not invoke the function and a run
 * that failed after Lambda's own retries. The queue is encrypted and
 * refuses plain HTTP; an alarm watches it (see OperationalAlarms.watchQueue).
 */
import { type CfnElement, Duration, Stack, type TimeZone } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';

export interface DigestScheduleProps {
  readonly target: IFunction;
  /** A Scheduler expression such as `cron(0 7 ? * MON *)`. */
  readonly expression: string;
  readonly timeZone: TimeZone;
}

export class DigestSchedule extends Construct {
  readonly deadLetterQueue: Queue;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: DigestScheduleProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeNag(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter queue (of the digest schedule and of the digest function\'s asynchronous ' +
        'invocations); a queue behind it would only move the problem. Its alarm fires on the first message.',
    );

    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1',
      'This queue is itself the dead-letter queue of the digest schedule and of the digest function\'s asynchronous ' +
        'invocations; a queue behind it would only move the lost run further. Its alarm emails on the first message.');

    // Our own role (not one made at stack level), assumable by Scheduler for this account only.
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
    });
    this.schedule = new Schedule(this, 'Weekly', {
      description: 'Tandem weekly digest (Monday morning)',
      schedule: ScheduleExpression.expression(props.expression, props.timeZone),
      target: new LambdaInvoke(props.target, {
        role,
        input: ScheduleTargetInput.fromObject({ trigger: 'schedule' }),
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 3,
        maxEventAge: Duration.hours(6),
      }),
    });

    acknowledgeNag(
      role,
      `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.target.node.defaultChild as CfnElement)}.Arn>:*]`,
      'lambda:InvokeFunction on the digest function and its versions (the `:*` qualifier of that one function ARN), ' +
        'as CDK grants it; no other function is reachable.',
    );

    // A run that fails (or stops at its time budget) is retried twice by Lambda; the
    // per-week send records make the retries finish the week without duplicates.
    props.target.configureAsyncInvoke({ retryAttempts: 2, onFailure: new SqsDestination(this.deadLetterQueue) });
  }
}
