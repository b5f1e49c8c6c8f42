/**
 * The digest batch worker for Lambda: each SQS message is one batch of a
 * run's members (shared/digests/digest-batches.ts), sent with the same code
 * as the local poller. A batch that fails or stops at the time budget is
 * reported in `batchItemFailures`, so SQS delivers only it again (its members
 * already sent are skipped by their claims); after 5 receives it goes to the
 * dead-letter queue, whose depth raises an alarm. The send rate is split
 * between the workers' concurrent instances (the event source's maximum
 * concurrency), so together they keep to the SES account's rate.
 */
import { runDigestBatch } from '#shared/digests/digest-batches.ts';
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { lambdaConfig } from '../config.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';
import { readAppSecret } from './app-secret.ts';
import type { BatchResponse, SqsEventLike } from './alert-sender-job.ts';
import type { LambdaContextLike } from './digest-job.ts';

/** Stop claiming members this long before the Lambda timeout, so the batch ends cleanly and comes back. */
const SAFETY_MS = 60_000;

export async function buildDigestBatchWorker(): Promise<(event: SqsEventLike, context: LambdaContextLike) => Promise<BatchResponse>> {
  const config = lambdaConfig();
  const SecretString = await readAppSecret(config);
  const deps = {
    store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
    mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET, maxAttempts: 1 }),
    clock: systemClock, appUrl: config.APP_URL, secret: SecretString, log: jsonLogger,
  };
  const rate = config.SES_MAX_SEND_RATE / config.DIGEST_WORKER_CONCURRENCY;
  return async (event, context) => {
    const failures: BatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        await runDigestBatch(deps, JSON.parse(record.body), {
          pacing: { ratePerSecond: rate },
          concurrency: Math.max(1, Math.min(8, Math.ceil(rate))),
          stopAt: new Date(Date.now() + context.getRemainingTimeInMillis() - SAFETY_MS),
        });
      } catch (error) {
        jsonLogger.error('digest batch failed', { messageId: record.messageId, error: (error as Error).name });
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}
