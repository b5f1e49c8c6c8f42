/** Lambda entry of the import worker (SQS event source, partial batch failures). */
import { buildImportWorker } from './import-worker-job.ts';

export const handler = await buildImportWorker();
