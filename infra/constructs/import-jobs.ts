/**
 * Spreadsheet imports past one request (a QueueWorker): the web function keeps a confirmed
 * file under imports/ in the files bucket and queues the job's id; the worker imports its rows
 * in chunks, recording its progress, and deletes the file at the end. A 10,000-row file takes
 * about half a minute; the worker stops starting chunks a minute before its 5-minute timeout
 * and queues the job again, so a slower run continues in a new invocation rather than failing.
 * The worker reads and deletes objects under imports/ only; it sends invitations (members'
 * imports) and writes the table.
 */
import { Duration } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { FilesBucket } from './files-bucket.ts';
import { type MailQueueProps, QueueWorker } from './queue-worker.ts';

/** As the local queue (functions/adapters/import-queue/local-import-queue.ts). */
export const IMPORT_MAX_RECEIVES = 5;

export interface ImportJobsProps extends MailQueueProps {
  readonly files: FilesBucket;
  /** The web function: gets IMPORT_QUEUE_URL and may send to the queue, nothing more. */
  readonly web: IFunction & { addEnvironment(key: string, value: string): unknown };
}

export class ImportJobs extends QueueWorker {
  constructor(scope: Construct, id: string, props: ImportJobsProps) {
    super(scope, id, props, {
      workerId: 'Worker',
      entry: 'functions/lambda/import-worker.ts',
      description: 'Tandem spreadsheet import, one job (SQS)',
      purpose: 'the import job queue',
      timeout: Duration.minutes(5),
      // A job's message comes back 10 minutes after a worker that died with it.
      visibilityTimeouts: 2,
      maxReceives: IMPORT_MAX_RECEIVES,
      // Two files imported at once at most: each job is one file, in order.
      concurrency: 2,
      concurrencyVariable: 'IMPORT_WORKER_CONCURRENCY',
      batchSize: 1,
      // A 4 MiB workbook unpacks to at most 64 MiB, read whole.
      memorySize: 1024,
      producer: props.web,
      queueUrlVariable: 'IMPORT_QUEUE_URL',
      requeues: true,
      environment: { FILES_BUCKET: props.files.bucketName },
    });
    props.files.grantImportFiles(this.fn);
  }
}
