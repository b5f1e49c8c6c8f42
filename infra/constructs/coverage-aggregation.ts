/**
 * The coverage aggregator: the table's stream (new and old images) feeds one
 * function through an event source mapping, filtered to the partitions whose
 * changes move a figure or a member's home (cases, alerts, intake reports,
 * members' own items), in order per shard. The function runs the coverage aggregator,
 * the home projector and the alert reach (functions/adapters/dynamo/table-stream.ts); it
 * applies each record once (a conditional marker per record, see
 * functions/adapters/dynamo/coverage-aggregator.ts) and reports the first
 * record that failed, so a retry starts there; after 10 retries or 24 hours
 * the batch's description goes to an encrypted, TLS-only dead-letter queue
 * (the mapping's on-failure destination), whose depth raises an alarm, as does
 * a stream falling more than 5 minutes behind.
 */
import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import { TandemFunction } from './tandem-function.ts';
import type { TandemTable } from './tandem-table.ts';

export const AGGREGATOR_RETRIES = 10;

export class CoverageAggregation extends Construct {
  readonly fn: IFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: { readonly table: TandemTable }) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds shard ids and sequence numbers only: two weeks to look into a failure and replay it.
      retentionPeriod: Duration.days(14),
    });
    const why = "This queue is itself the on-failure destination of the coverage aggregator's stream mapping; a queue " +
      'behind it would only move the problem. Its alarm emails on the first message.';
    acknowledgeNag(this.deadLetterQueue, 'AwsSolutions-SQS3', why);
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1', why);

    const { fn } = new TandemFunction(this, 'Aggregator', {
      entry: 'functions/lambda/coverage-aggregator.ts',
      description: 'Tandem coverage aggregates (DynamoDB stream)',
      table: props.table,
      // Reads and writes the coverage facts, markers and aggregates; never a base item.
      tableAccess: 'readwrite',
      timeout: Duration.minutes(1),
      reservedConcurrency: 5,
    });
    fn.addEventSource(new DynamoEventSource(props.table.table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      maxBatchingWindow: Duration.seconds(1),
      retryAttempts: AGGREGATOR_RETRIES,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(this.deadLetterQueue),
      filters: [
        FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: FilterRule.beginsWith('CASE#') } } } }),
        FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: FilterRule.beginsWith('ALERT#') } } } }),
        // A member's own item: a change of follows or posting changes what their home is fed (home-projector.ts)
        // and which alert reach lists them (reach-projector.ts).
        FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: FilterRule.beginsWith('MEMBER#') }, sk: { S: FilterRule.isEqual('MEMBER') } } } }),
        // Intake reports: their status and times (issue 13's reports with their triage age); risk analyses, for the
        // gap view's raised-risk roster (risk-gap-roster.ts, which ignores a RISK# item other than the analysis);
        // suppressed addresses, which the digest board mirrors (digest-projector.ts); audit lines about a case, which get its name (case-name-projector.ts).
        FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: [...FilterRule.beginsWith('REPORT#'), ...FilterRule.beginsWith('RISK#'), ...FilterRule.beginsWith('SUPPRESSED#'), ...FilterRule.beginsWith('AUDIT#CASE#')] } } } }),
        // The notes kept for digests and the digests' send records, per member, mirrored beside the week's news.
        // Patterns share a filter where they can: an event source mapping takes five.
        FilterCriteria.filter({ dynamodb: { Keys: { pk: { S: [...FilterRule.beginsWith('NOTIFY#'), ...FilterRule.beginsWith('DIGEST#')] }, sk: { S: FilterRule.beginsWith('MEMBER#') } } } }),
      ],
    }));
    this.fn = fn;
  }
}
