/**
 * The urgent alerts' sender for Lambda: SQS batches (one message = an alert
 * and up to 25 of its members) through the same `deliverAlert` as the local
 * poller. Each message that fails is reported in `batchItemFailures`, so SQS
 * redelivers only those (their sent members are skipped by their claims);
 * after 5 receives a message goes to the dead-letter queue, whose depth
 * raises an alarm. The send rate is split between the function's concurrent
 * instances (the event source's maximum concurrency), so together they keep
 * to the SES account's rate.
 */
import { deliverAlert } from '#shared/alerts/index.ts';
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { lambdaConfig } from '../config.ts';
import { readAppSecret } from './app-secret.ts';
import { pacedShare } from './mail-lambda-deps.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';
import { parseDelivery } from '../adapters/alert-queue/delivery-message.ts';

export interface SqsEventLike {
  Records: { messageId: string; body: string }[];
}
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

export async function buildAlertSender(): Promise<(event: SqsEventLike) => Promise<BatchResponse>> {
  const config = lambdaConfig();
  const SecretString = await readAppSecret(config);
  const deps = {
    store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
    clock: systemClock, appUrl: config.APP_URL, secret: SecretString, log: jsonLogger,
  };
  const ses = sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET, maxAttempts: 1 });
  const mailer = pacedShare(ses, config.SES_MAX_SEND_RATE, config.ALERT_SENDER_CONCURRENCY);
  return async (event) => {
    const failures: BatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        await deliverAlert(deps, parseDelivery(record.body), { mailer });
      } catch (error) {
        jsonLogger.error('alert message failed', { messageId: record.messageId, error: (error as Error).name });
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}
