/**
 * Import jobs inside `npm start` and the tests: the ImportJobQueue port on the DynamoDB-backed
 * queue the alerts and digests use (visibility timeout, receive counts, a dead-letter list), and
 * the worker Lambda's code (`runImportJob`, and `runExportJob` for a message of kind `export`) on one job at a time. `npm start` polls; the test
 * harness runs what is queued when a test waits for work left after the answers (`settled()`).
 * A job that throws is left to come back after its visibility timeout, and is dead-lettered
 * after `maxReceives` tries, as in SQS.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ImportJobQueue } from '#shared/imports/import-job.ts';
import { runImportJob, type ImportWorkerDeps } from '#shared/imports/run-import-job.ts';
import { runExportJob } from '#shared/case-safety/run-export-job.ts';
import { silentLogger } from '#shared/ports/logger.ts';
import { dynamoQueue, type DynamoQueue, type ReceivedMessage } from '../alert-queue/dynamo-queue.ts';
import { idleWaiters } from '../alert-queue/idle-waiters.ts';
import { importJobMessage, jobMessageBody } from './import-message.ts';

export const IMPORT_QUEUE_NAME = 'imports';
/** As the SQS queue in infra/: a worker's 5 minutes twice over before a job comes back; 5 receives before the dead-letter list. */
export const LOCAL_IMPORT_QUEUE_SETTINGS = { visibilityTimeoutMs: 10 * 60_000, maxReceives: 5 };

export function localImportQueue(
  doc: DynamoDBDocumentClient, table: string, settings: Partial<typeof LOCAL_IMPORT_QUEUE_SETTINGS> = {},
): ImportJobQueue & { queue: DynamoQueue } {
  const queue = dynamoQueue(doc, table, { name: IMPORT_QUEUE_NAME, ...LOCAL_IMPORT_QUEUE_SETTINGS, ...settings });
  return { queue, enqueue: (jobId, kind) => queue.send([jobMessageBody(jobId, kind)]) };
}

/** Runs one received job; a job paused at its time budget is queued again before its message goes. */
async function handle(deps: ImportWorkerDeps, queue: DynamoQueue, message: ReceivedMessage): Promise<void> {
  const log = deps.log ?? silentLogger;
  try {
    const { jobId, kind } = importJobMessage(message.body);
    // An export is built in one run; an import may pause at its time budget.
    const outcome = kind === 'export' ? await runExportJob(deps, jobId) : await runImportJob(deps, jobId);
    if (outcome === 'paused') await queue.send([message.body]);
    await queue.delete(message);
  } catch (error) {
    log.error('import job message failed', { messageId: message.id, error: (error as Error).name });
  }
}

/** Runs every queued job to its end, then answers how many messages it handled (the harness's `settled()`). */
export async function runQueuedImports(deps: ImportWorkerDeps, queue: DynamoQueue): Promise<number> {
  let handled = 0;
  for (;;) {
    const [message] = await queue.receive(1);
    if (!message) return handled;
    await handle(deps, queue, message);
    handled++;
  }
}

/** Polls until stopped (`npm start`); `drain()` resolves once the queue has nothing visible and nothing in hand. */
export function startImportPoller(deps: ImportWorkerDeps, queue: DynamoQueue, options: { idleMs?: number } = {}) {
  let stopped = false;
  const idle = idleWaiters();
  const idleMs = options.idleMs ?? 500;
  const loop = (async () => {
    while (!stopped) {
      const round = idle.beginReceive();
      let message: ReceivedMessage | undefined;
      try {
        [message] = await queue.receive(1);
      } catch (error) {
        deps.log?.error('import queue receive failed', { error: (error as Error).name });
      }
      if (!message) {
        idle.emptyReceive(round);
        await new Promise((r) => setTimeout(r, idleMs));
        continue;
      }
      await handle(deps, queue, message);
    }
  })();
  return {
    drain: idle.wait,
    async stop() {
      stopped = true;
      await loop;
      idle.releaseAll();
    },
  };
}
