/**
 * The import worker for Lambda: each SQS message is one job's id; the job's rows are imported
 * with the same `runImportJob` as the local poller, chunk by chunk, until a minute before the
 * function's timeout. A job with rows left then is queued again (a new message) and this one
 * is done, so a file of any length finishes across invocations; a job that throws is reported
 * in `batchItemFailures`, delivered again after its visibility timeout (it resumes after its
 * last recorded chunk), and after 5 receives goes to the dead-letter queue, whose depth raises
 * an alarm. A message of kind `export` builds an XLSX export's workbook (shared/case-safety/run-export-job.ts).
 */
import { runImportJob } from '#shared/imports/run-import-job.ts';
import { runExportJob } from '#shared/case-safety/run-export-job.ts';
import { systemClock } from '#shared/ports/clock.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { importWorkerConfig } from '../config.ts';
import { createDocumentClient, createDynamoStore } from '../adapters/dynamo/index.ts';
import { s3BlobStore } from '../adapters/blob-store/s3-blob-store.ts';
import { importJobMessage } from '../adapters/import-queue/import-message.ts';
import { sqsImportQueue } from '../adapters/import-queue/sqs-import-queue.ts';
import { sesMailer } from '../adapters/mail/ses-mailer.ts';
import { readAppSecret } from './app-secret.ts';
import type { BatchResponse, SqsEventLike } from './alert-sender-job.ts';
import type { LambdaContextLike } from './digest-job.ts';

/** Stop starting chunks this long before the timeout: a chunk of 200 rows takes well under a second or two. */
const SAFETY_MS = 60_000;

export async function buildImportWorker(): Promise<(event: SqsEventLike, context: LambdaContextLike) => Promise<BatchResponse>> {
  const config = importWorkerConfig();
  const deps = {
    store: createDynamoStore(createDocumentClient({ region: config.AWS_REGION }), config.TABLE_NAME),
    mailer: sesMailer({ from: config.MAIL_FROM, region: config.AWS_REGION, configurationSet: config.SES_CONFIGURATION_SET }),
    files: s3BlobStore({ bucket: config.FILES_BUCKET, region: config.AWS_REGION }),
    clock: systemClock, appUrl: config.APP_URL, secret: await readAppSecret(config), log: jsonLogger,
  };
  const queue = sqsImportQueue({ queueUrl: config.IMPORT_QUEUE_URL, region: config.AWS_REGION });
  return async (event, context) => {
    const failures: BatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        const { jobId, kind } = importJobMessage(record.body);
        if (kind === 'export') {
          // A workbook is built in one run (100 cases a page, well within the function's 5 minutes).
          await runExportJob(deps, jobId);
          continue;
        }
        const outcome = await runImportJob(deps, jobId, { stopAt: new Date(Date.now() + context.getRemainingTimeInMillis() - SAFETY_MS) });
        if (outcome === 'paused') await queue.enqueue(jobId);
      } catch (error) {
        jsonLogger.error('import job failed', { messageId: record.messageId, error: (error as Error).name });
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}
