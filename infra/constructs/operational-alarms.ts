/**
 * The alarms that say "users are seeing failures": server errors at the API,
 * errors and throttles in each function. Every function (the digest and the
 * SES events handler) is watched the same way through `watchFunction`.
 * Every alarm notifies the same action when it fires and when it recovers:
 * an alarm nobody hears of protects nobody.
 */
import { Duration } from 'aws-cdk-lib';
import type { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, type IAlarmAction, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);

export interface OperationalAlarmsProps {
  /** Run when an alarm fires and when it is back to OK (e.g. an SNS topic that emails the team). */
  readonly action: IAlarmAction;
}

export class OperationalAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  private readonly action: IAlarmAction;

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps) {
    super(scope, id);
    this.action = props.action;
  }

  watchApi(id: string, api: RestApi): void {
    this.add(`${id}5xx`, api.metricServerError({ period: PERIOD, statistic: 'Sum' }), 5,
      'API answered 5 or more 5XX responses in 5 minutes');
  }

  watchFunction(id: string, fn: IFunction): void {
    this.add(`${id}Errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), 1,
      'Function invocations failed (uncaught error, timeout or out of memory)');
    this.add(`${id}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }), 1,
      'Function hit its reserved concurrency: requests were rejected');
  }

  /** A dead-letter queue: one message means a job was lost (`lost` says which). */
  watchQueue(id: string, queue: IQueue, lost = 'a scheduled digest could not run or failed after its retries'): void {
    this.add(`${id}Messages`, queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }), 1,
      `A message reached the dead-letter queue: ${lost}`);
  }

  /** A work queue whose oldest message waited longer than `seconds`: delivery is late. */
  watchQueueAge(id: string, queue: IQueue, seconds: number, late: string): void {
    this.add(`${id}Age`, queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1), statistic: 'Maximum' }), seconds,
      `The queue's oldest message is older than ${seconds} s: ${late}`);
  }

  /** A stream-fed function more than `seconds` behind the stream: figures are late. */
  watchStreamAge(id: string, fn: IFunction, seconds: number, late: string): void {
    this.add(`${id}IteratorAge`, fn.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' }), seconds * 1000,
      `The function is more than ${seconds} s behind its stream: ${late}`);
  }

  private add(id: string, metric: IMetric, threshold: number, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
  }
}
