/**
 * Reports by email: SES receives mail for the intake address (a receipt rule, TLS required, spam and
 * virus scan on), stores each raw message in an inbox bucket of its own, then invokes the intake
 * function, which turns it into a report and deletes it from the inbox. The inbox is private in
 * every way S3 allows (public access blocked, TLS only, its own rotating key, access logged) and
 * forgets: a message is deleted once stored as a report, and anything left expires after 7 days.
 *
 * Two things CloudFormation cannot do, done once by hand (docs/email-intake.md): make the receipt
 * rule set active (`aws ses set-active-receipt-rule-set`), and point the domain's MX record at SES's
 * inbound endpoint of the region.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FilesBucket } from './files-bucket.ts';
import { limitGrantsToAwsServices } from './key-policy.ts';
import type { MailSending } from './mail-sending.ts';
import { acknowledgeGuard, acknowledgeNag } from './nag.ts';
import { TandemFunction } from './tandem-function.ts';
import type { TandemTable } from './tandem-table.ts';

/** Where SES puts each message: the intake function reads `<prefix><SES message id>`. */
export const INBOX_PREFIX = 'incoming/';

export interface EmailIntakeProps {
  readonly table: TandemTable;
  readonly mail: MailSending;
  readonly files: FilesBucket;
  /** The one address whose mail becomes a report (its domain must be verified in SES for receiving). */
  readonly intakeAddress: string;
  /** Where the inbox's access logs go (the files bucket's log bucket). */
  readonly accessLogs: IBucket;
  readonly appUrl: string;
}

export class EmailIntake extends Construct {
  readonly fn: IFunction;
  readonly inbox: Bucket;
  readonly ruleSet: ReceiptRuleSet;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: EmailIntakeProps) {
    super(scope, id);
    const account = Stack.of(this).account;

    const key = new Key(this, 'InboxKey', { enableKeyRotation: true, description: 'Tandem intake inbox (raw emails)' });
    limitGrantsToAwsServices(key);
    // SES writes each message into the bucket, whose default encryption is this key: it needs a data key for that.
    key.addToResourcePolicy(new PolicyStatement({
      principals: [new ServicePrincipal('ses.amazonaws.com')],
      actions: ['kms:GenerateDataKey*', 'kms:Encrypt'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': account } },
    }));

    this.inbox = new Bucket(this, 'Inbox', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'intake-inbox/',
      lifecycleRules: [{ expiration: Duration.days(7) }, { abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeGuard(this.inbox, 's3_bucket_versioning_enabled_check', 'CT.S3.PR.6',
      'a raw email is read once and deleted once it is a report; old versions would keep what the reporter sent after that.');
    acknowledgeGuard(this.inbox, 's3_bucket_object_lock_enabled_check', 'CT.S3.PR.9',
      'raw emails must be deletable at once, and are deleted as soon as they are stored as reports.');
    acknowledgeGuard(this.inbox, 's3_event_notifications_enabled_check', 'CT.S3.PR.4',
      'the SES receipt rule invokes the intake function itself after storing the message; no S3 event is needed.');

    const { fn } = new TandemFunction(this, 'Function', {
      entry: 'functions/lambda/intake-email.ts',
      description: 'Tandem reports by email (invoked by the SES receipt rule)',
      table: props.table,
      // Writes reports and their audit lines; reads nothing else.
      tableAccess: 'readwrite',
      mail: props.mail,
      environment: { INTAKE_BUCKET: this.inbox.bucketName, INTAKE_PREFIX: INBOX_PREFIX, FILES_BUCKET: props.files.bucketName, APP_URL: props.appUrl },
      // A message can bring 40 MB; parsing it and storing its files takes memory and a while.
      memorySize: 1024,
      timeout: Duration.seconds(60),
      reservedConcurrency: 5,
    });
    this.fn = fn;
    fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject', 's3:DeleteObject'], resources: [this.inbox.arnForObjects(`${INBOX_PREFIX}*`)] }));
    fn.addToRolePolicy(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [key.keyArn] }));
    props.files.grantReadWrite(fn);
    acknowledgeNag(fn.role!, `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.inbox.node.defaultChild as never)}.Arn>/${INBOX_PREFIX}*]`,
      'Objects under the inbox prefix only: each key is an SES message id, known only when the message arrives.');

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Holds message ids only; the messages themselves stay in the inbox until they expire.
      retentionPeriod: Duration.days(7),
    });
    acknowledgeNag(this.deadLetterQueue, 'AwsSolutions-SQS3',
      "This queue is itself the dead-letter queue of the intake function's asynchronous invocations; its alarm fires on the first message.");
    acknowledgeGuard(this.deadLetterQueue, 'sqs_dlq_check', 'CT.SQS.PR.1',
      "This queue is itself the dead-letter queue of the intake function's asynchronous invocations; its alarm emails on the first message.");
    fn.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure: new SqsDestination(this.deadLetterQueue) });

    this.ruleSet = new ReceiptRuleSet(this, 'Rules');
    this.ruleSet.addRule('IntakeAddress', {
      recipients: [props.intakeAddress],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new S3({ bucket: this.inbox, objectKeyPrefix: INBOX_PREFIX }),
        new Lambda({ function: fn, invocationType: LambdaInvocationType.EVENT }),
      ],
    });
    // The Lambda action's permission for SES, conditioned on this account (SourceAccount).
    acknowledgeGuard(fn.permissionsNode.findChild('AllowSes'), 'lambda_function_public_access_prohibited_check', 'CT.LAMBDA.PR.2',
      'the permission lets only ses.amazonaws.com invoke the function, with SourceAccount set to this stack\'s own account ' +
        '(AWS::AccountId, which the guard rule cannot evaluate at synthesis); no other principal is allowed.');
  }
}
