/**
 * The sign-in link function: the web function hands every well-formed
 * request for a link to it asynchronously and answers at once, so the answer
 * takes as long for a member's address as for any other. Lambda retries a
 * failed send twice; what still fails (or waits past 10 minutes, when the
 * link would arrive too late to be of use) goes to an encrypted, TLS-only
 * dead-letter queue, which an alarm watches.
 */
import { Duration } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { MailSending } from './mail-sending.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import { TandemFunction } from './tandem-function.ts';
import type { TandemTable } from './tandem-table.ts';

export interface SignInLinksProps {
  readonly table: TandemTable;
  readonly mail: MailSending;
  readonly appUrl: string;
  /** The web function: gets SIGN_IN_FUNCTION_NAME and may invoke this function, nothing more. */
  readonly web: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class SignInLinks extends Construct {
  readonly fn: IFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: SignInLinksProps) {
    super(scope, id);
    const { fn } = new TandemFunction(this, 'Function', {
      entry: 'functions/lambda/sign-in-links.ts',
      description: 'Tandem sign-in links (invoked asynchronously by the web function)',
      table: props.table,
      // Reads members, counts the caps, writes one-time tokens.
      tableAccess: 'readwrite',
      mail: props.mail,
      environment: { APP_URL: props.appUrl },
      reservedConcurrency: 5,
    });
    this.fn = fn;

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds email addresses: kept only as long as it takes to look into a failure.
      retentionPeriod: Duration.days(4),
    });
    acknowledgeNag(
      this.deadLetterQueue,
      'AwsSolutions-SQS3',
      "This queue is itself the dead-letter queue of the sign-in link function's asynchronous invocations; " +
        'a queue behind it would only move the problem. Its alarm fires on the first message.',
    );
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1',
      "This queue is itself the dead-letter queue of the sign-in link function's asynchronous invocations; " +
        'a queue behind it would only move a lost link further. Its alarm emails on the first message.');
    fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.minutes(10), onFailure: new SqsDestination(this.deadLetterQueue) });

    props.web.addEnvironment('SIGN_IN_FUNCTION_NAME', fn.functionName);
    props.web.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
  }
}
