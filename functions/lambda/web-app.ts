/**
 * Builds the web app for Lambda: DynamoDB, SES, the HMAC key through the
 * secrets extension. Runs once per container, on its first request. The local-only routes (outbox) are not
 * imported here, so they are not in the bundle at all.
 */
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { createApp } from '#web/app.tsx';
import { lambdaConfig } from '../config.ts';
import { createCallCounter, createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';
import { lambdaDigestTrigger } from '../adapters/digest-trigger/lambda-trigger.ts';
import { lambdaSignInLinks } from '../adapters/sign-in-links/lambda-invoke.ts';
import { lambdaNotifications } from '../adapters/notifications/lambda-invoke.ts';
import { sqsAlertQueue } from '../adapters/alert-queue/sqs-queue.ts';
import { s3BlobStore } from '../adapters/blob-store/s3-blob-store.ts';
import { sqsImportQueue } from '../adapters/import-queue/sqs-import-queue.ts';
import { readAppSecretThroughExtension } from './app-secret-extension.ts';

export async function buildLambdaApp() {
  const config = lambdaConfig();
  const SecretString = await readAppSecretThroughExtension({ ...process.env, SECRET_ARN: config.SECRET_ARN });
  if (!config.SIGN_IN_FUNCTION_NAME) throw new Error('SIGN_IN_FUNCTION_NAME: the web function cannot send sign-in links without it');
  if (!config.NOTIFICATIONS_FUNCTION_NAME) throw new Error('NOTIFICATIONS_FUNCTION_NAME: the web function cannot send notifications without it');

  // Each request's log line carries its DynamoDB calls: the budget, observable in production.
  const counter = createCallCounter();
  const doc = createDocumentClient({ region: config.AWS_REGION }, { counter });
  return createApp({
    meter: counter,
    store: createDynamoStore(doc, config.TABLE_NAME),
    mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET }),
    clock: systemClock,
    appUrl: config.APP_URL,
    secret: SecretString,
    log: jsonLogger,
    declinedReportRetentionDays: config.DECLINED_REPORT_DAYS,
    signInLinks: lambdaSignInLinks({ functionName: config.SIGN_IN_FUNCTION_NAME, region: config.AWS_REGION }),
    notifications: lambdaNotifications({ functionName: config.NOTIFICATIONS_FUNCTION_NAME, region: config.AWS_REGION }),
    ...(config.ALERT_QUEUE_URL ? { alertQueue: sqsAlertQueue({ queueUrl: config.ALERT_QUEUE_URL, region: config.AWS_REGION }) } : {}),
    ...(config.FILES_BUCKET ? {
      files: s3BlobStore({ bucket: config.FILES_BUCKET, region: config.AWS_REGION, ...(config.FILES_UPLOAD_ORIGIN ? { uploadOrigin: config.FILES_UPLOAD_ORIGIN } : {}) }),
    } : {}),
    ...(config.IMPORT_QUEUE_URL ? { importQueue: sqsImportQueue({ queueUrl: config.IMPORT_QUEUE_URL, region: config.AWS_REGION }) } : {}),
    ...(config.DIGEST_FUNCTION_NAME ? { digestTrigger: lambdaDigestTrigger({ functionName: config.DIGEST_FUNCTION_NAME, region: config.AWS_REGION }) } : {}),
  });
}
