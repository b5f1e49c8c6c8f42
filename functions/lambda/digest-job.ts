/**
 * Builds the digest job for Lambda: DynamoDB, SES (with the SDK's own
 * retries off: the job retries throttling itself and never retries a send
 * whose outcome is unknown), the HMAC key for unsubscribe links, and the
 * send rate from the configuration. Runs once per cold start.
 */
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { runDigestFromEvent, startDigestRunFromEvent } from '#shared/digests/digest-event.ts';
import { sqsDigestQueue } from '../adapters/digest-queue/sqs-digest-queue.ts';
import type { DigestRun } from '#shared/digests/run.ts';
import { lambdaConfig } from '../config.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';
import { readAppSecret } from './app-secret.ts';

/** Stop claiming members this long before the Lambda timeout, so the run ends cleanly. */
const SAFETY_MS = 60_000;

export interface LambdaContextLike {
  getRemainingTimeInMillis(): number;
}

export async function buildDigestHandler(): Promise<(event: unknown, context: LambdaContextLike) => Promise<DigestRun>> {
  const config = lambdaConfig();
  const SecretString = await readAppSecret(config);
  const deps = {
    store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
    mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET, maxAttempts: 1 }),
    clock: systemClock,
    appUrl: config.APP_URL,
    secret: SecretString,
    log: jsonLogger,
  };
  // Fanned out (issue 14): the run queues its batches of members for the batch workers and returns within seconds.
  if (config.DIGEST_QUEUE_URL) {
    const queue = sqsDigestQueue({ queueUrl: config.DIGEST_QUEUE_URL, region: config.AWS_REGION });
    return (event) => startDigestRunFromEvent(deps, queue, event);
  }
  return async (event, context) => {
    const run = await runDigestFromEvent(deps, event, {
      pacing: { ratePerSecond: config.SES_MAX_SEND_RATE },
      concurrency: Math.min(8, Math.ceil(config.SES_MAX_SEND_RATE)),
      stopAt: new Date(Date.now() + context.getRemainingTimeInMillis() - SAFETY_MS),
    });
    // Out of time: fail the invocation so that Lambda's asynchronous retry runs again and finishes the week.
    if (run.status === 'incomplete') throw new Error(`Digest run ${run.id} stopped at its time budget; a retry continues it.`);
    return run;
  };
}
