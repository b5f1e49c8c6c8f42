/** Lambda entry of the digest batch worker (SQS event source, partial batch failures). */
import { buildDigestBatchWorker } from './digest-batch-job.ts';

export const handler = await buildDigestBatchWorker();
