/** Lambda entry of the weekly digest (EventBridge Scheduler, or a coordinator's "send now"). */
import { buildDigestHandler } from './digest-job.ts';

export const handler = await buildDigestHandler();
