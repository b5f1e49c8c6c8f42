/**
 * Tandem in one stack: the table, the HMAC key, SES sending, the web
 * function behind a WAF-protected REST API, the weekly digest function on an
 * EventBridge Scheduler cron (with a dead-letter queue), the sign-in link
 * function the web function hands requests for links to (with another), the
 * SES-events function fed by the configuration set's SNS topic, the urgent
 * alerts' queue and sender (with its dead-letter queue), and the
 * coverage aggregator on the table's stream (with its dead-letter queue), reports by
 * email (SES receiving into an inbox bucket, then the intake function), and the
 * alarms, which email the address given at deployment.
 */
import { CfnOutput, CfnParameter, Duration, Stack, TimeZone, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { AlarmNotifications } from './constructs/alarm-notifications.ts';
import { AlertDelivery } from './constructs/alert-delivery.ts';
import { CoverageAggregation } from './constructs/coverage-aggregation.ts';
import { DigestSchedule } from './constructs/digest-schedule.ts';
import { DigestBatches } from './constructs/digest-batches.ts';
import { EmailIntake } from './constructs/email-intake.ts';
import { FilesBucket } from './constructs/files-bucket.ts';
import { ImportJobs } from './constructs/import-jobs.ts';
import { HmacKey } from './constructs/hmac-key.ts';
import { MailSending } from './constructs/mail-sending.ts';
import { OperationalAlarms } from './constructs/operational-alarms.ts';
import { SesEvents } from './constructs/ses-events.ts';
import { SignInLinks } from './constructs/sign-in-links.ts';
import { Notifications } from './constructs/notifications.ts';
import { TandemFunction } from './constructs/tandem-function.ts';
import { TandemTable } from './constructs/tandem-table.ts';
import { WebApi } from './constructs/web-api.ts';

/**
 * What the web function reads from packages at run time: Redoc's version (which names the
 * bundle's address) and its browser bundle, as web/api-docs/redoc-bundle.ts resolves them
 * (test/integration/api-docs.test.ts holds the two lists together).
 */
export const WEB_PACKAGE_FILES = ['redoc/package.json', 'redoc/bundles/redoc.standalone.js'] as const;

export class TandemStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const senderAddress = new CfnParameter(this, 'SenderAddress', {
      type: 'String',
      description: 'From address of all mail; must be a verified SES identity (or on a verified domain).',
      allowedPattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$',
      constraintDescription: 'a plain email address, e.g. no-reply@example.org',
    });
    const appUrl = new CfnParameter(this, 'AppUrl', {
      type: 'String',
      description: 'Public https URL of the app, used in links sent by email.',
      allowedPattern: '^https://[^\\s/]+(/\\S*)?$',
      constraintDescription: 'an https URL, e.g. https://tandem.example.org',
    });

    const digestSchedule = new CfnParameter(this, 'DigestSchedule', {
      type: 'String',
      default: 'cron(0 7 ? * MON *)',
      description: 'When the weekly digest runs: an EventBridge Scheduler cron or rate expression, in the Europe/Brussels time zone.',
      allowedPattern: '^(cron|rate)\\(.+\\)$',
    });
    const sesMaxSendRate = new CfnParameter(this, 'SesMaxSendRate', {
      type: 'Number',
      default: 1,
      minValue: 1,
      maxValue: 1000,
      description: "Digests sent per second at most: the SES account's maximum send rate (1 in the sandbox).",
    });

    const intakeAddress = new CfnParameter(this, 'IntakeAddress', {
      type: 'String',
      description: 'The address whose mail becomes an intake report (its domain verified in SES for receiving, its MX pointing at SES).',
      allowedPattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$',
      constraintDescription: 'a plain email address, e.g. report@example.org',
    });

    const alarmEmail = new CfnParameter(this, 'AlarmEmail', {
      type: 'String',
      description: 'Who is emailed when an alarm fires or recovers (AWS asks this address to confirm the subscription once).',
      allowedPattern: '^[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+$',
      constraintDescription: 'a plain email address, e.g. oncall@example.org',
    });

    const table = new TandemTable(this, 'Data');
    const hmacKey = new HmacKey(this, 'HmacKey');
    const mail = new MailSending(this, 'Mail', { senderAddress: senderAddress.valueAsString });

    const web = new TandemFunction(this, 'Web', {
      entry: 'functions/lambda/web.ts',
      // Redoc's browser bundle, which /api/docs serves from our origin (web/api-docs/redoc-bundle.ts).
      packageFiles: WEB_PACKAGE_FILES,
      description: 'Tandem web app and JSON API',
      table,
      tableAccess: 'readwrite',
      hmacKey,
      secretsExtension: true,
      sourceMapsInStackTraces: false,
      mail,
      environment: { APP_URL: appUrl.valueAsString },
    });

    const api = new WebApi(this, 'WebApi', { handler: web.fn });
    // Uploaded files (attachments, intake reports' emails): the web function reads and writes them.
    const files = new FilesBucket(this, 'Files');
    files.grantReadWrite(web.fn);
    web.fn.addEnvironment('FILES_BUCKET', files.bucketName);
    // The upload form posts files of up to 10 MiB straight to the bucket (past Lambda's 6 MB request limit).
    web.fn.addEnvironment('FILES_UPLOAD_ORIGIN', files.uploadOrigin);
    // Sign-in links go out after the web function has answered, so the answer cannot tell members from strangers.
    const signInLinks = new SignInLinks(this, 'SignInLinks', { table, mail, appUrl: appUrl.valueAsString, web: web.fn });
    // Members' notifications after the answer, and the reminders every 15 minutes.
    const memberNotifications = new Notifications(this, 'Notifications', {
      table, mail, hmacKey, appUrl: appUrl.valueAsString, sesMaxSendRate: sesMaxSendRate.valueAsString, web: web.fn,
    });

    // The weekly digest: a long run (15 minutes, paced to the SES rate), two at most at once (the schedule and a "send now").
    const digest = new TandemFunction(this, 'Digest', {
      entry: 'functions/lambda/digest.ts',
      description: 'Tandem weekly digest',
      table,
      tableAccess: 'readwrite',
      hmacKey,
      mail,
      environment: { APP_URL: appUrl.valueAsString, SES_MAX_SEND_RATE: sesMaxSendRate.valueAsString },
      timeout: Duration.minutes(15),
      memorySize: 1024,
      reservedConcurrency: 2,
    });
    const schedule = new DigestSchedule(this, 'WeeklyDigest', {
      target: digest.fn,
      expression: digestSchedule.valueAsString,
      timeZone: TimeZone.EUROPE_BRUSSELS,
    });
    // The run queues its batches of members; the batch workers send them (past one Lambda's 15 minutes).
    const digestBatches = new DigestBatches(this, 'DigestBatches', {
      table, hmacKey, mail, appUrl: appUrl.valueAsString, sesMaxSendRate: sesMaxSendRate.valueAsString, starter: digest.fn,
    });
    // "Send the week's digest now": the web function may invoke that one function, nothing else.
    web.fn.addEnvironment('DIGEST_FUNCTION_NAME', digest.fn.functionName);
    web.fn.addToRolePolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [digest.fn.functionArn] }));

    // Urgent alerts: the web function queues each alert's recipients; the sender emails them within the minute.
    const alertDelivery = new AlertDelivery(this, 'Alerts', {
      table, hmacKey, mail, appUrl: appUrl.valueAsString, sesMaxSendRate: sesMaxSendRate.valueAsString, web: web.fn,
    });

    // Spreadsheet imports: the web function keeps the confirmed file and queues the job; the worker imports its rows.
    const importJobs = new ImportJobs(this, 'Imports', {
      table, hmacKey, mail, appUrl: appUrl.valueAsString, sesMaxSendRate: sesMaxSendRate.valueAsString, files, web: web.fn,
    });

    // Coverage figures: the table's stream keeps the aggregates the dashboards read.
    const coverage = new CoverageAggregation(this, 'Coverage', { table });

    // Reports by email: SES receiving → the inbox bucket → the intake function.
    const emailIntake = new EmailIntake(this, 'EmailIntake', {
      table, mail, files, accessLogs: files.accessLogs, intakeAddress: intakeAddress.valueAsString, appUrl: appUrl.valueAsString,
    });

    const sesEvents = new TandemFunction(this, 'SesEvents', {
      entry: 'functions/lambda/ses-events.ts',
      description: 'Tandem SES bounces and complaints to the suppression list',
      table,
      tableAccess: 'readwrite',
      reservedConcurrency: 2,
    });
    new SesEvents(this, 'MailEvents', { mail, handler: sesEvents.fn });

    const notifications = new AlarmNotifications(this, 'AlarmNotifications', { email: alarmEmail.valueAsString });
    const alarms = new OperationalAlarms(this, 'Alarms', { action: notifications.action });
    alarms.watchApi('Api', api.api);
    alarms.watchFunction('Web', web.fn);
    alarms.watchFunction('Digest', digest.fn);
    alarms.watchQueue('DigestDeadLetters', schedule.deadLetterQueue);
    alarms.watchFunction('DigestBatchWorker', digestBatches.fn);
    alarms.watchQueue('DigestBatchDeadLetters', digestBatches.deadLetterQueue, 'a batch of weekly digests could not be sent after 5 tries');
    alarms.watchFunction('SesEvents', sesEvents.fn);
    alarms.watchFunction('AlertSender', alertDelivery.fn);
    alarms.watchQueue('AlertDeadLetters', alertDelivery.deadLetterQueue, 'urgent alert emails could not be sent after 5 tries');
    alarms.watchQueueAge('AlertQueue', alertDelivery.queue, 60, 'urgent alerts waited more than a minute for delivery');
    alarms.watchFunction('ImportWorker', importJobs.fn);
    alarms.watchQueue('ImportDeadLetters', importJobs.deadLetterQueue, 'an import job failed after 5 tries (its file is deleted after 2 days)');
    alarms.watchFunction('SignInLinks', signInLinks.fn);
    alarms.watchQueue('SignInLinkDeadLetters', signInLinks.deadLetterQueue, 'a sign-in link could not be sent after its retries');
    alarms.watchFunction('Notifications', memberNotifications.fn);
    alarms.watchQueue('NotificationDeadLetters', memberNotifications.deadLetterQueue, 'a notification or a reminder run failed after its retries');

    alarms.watchFunction('IntakeEmail', emailIntake.fn);
    alarms.watchQueue('IntakeEmailDeadLetters', emailIntake.deadLetterQueue, 'an emailed report could not be stored after its retries (the message stays in the inbox for 7 days)');
    alarms.watchFunction('CoverageAggregator', coverage.fn);
    alarms.watchQueue('CoverageDeadLetters', coverage.deadLetterQueue, 'coverage figures missed stream records after 10 retries');
    alarms.watchStreamAge('CoverageAggregator', coverage.fn, 300, 'the dashboards show figures older than 5 minutes');

    new CfnOutput(this, 'ApiUrl', { value: api.url, description: 'Base URL of the deployed stage' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'FilesBucketName', { value: files.bucketName });
    new CfnOutput(this, 'IntakeRuleSetName', {
      value: emailIntake.ruleSet.receiptRuleSetName,
      description: 'Make it active once: aws ses set-active-receipt-rule-set --rule-set-name <this>',
    });
  }
}
