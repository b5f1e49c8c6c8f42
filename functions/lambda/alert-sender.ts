/** Lambda entry of the urgent alerts' sender (SQS event source, partial batch failures). */
import { buildAlertSender } from './alert-sender-job.ts';

export const handler = await buildAlertSender();
