/**
 * "Send the week's digest now" on AWS: the web function invokes the digest
 * function asynchronously and answers at once; the run's outcome lands in
 * its run record.
 */
import type { DigestTrigger } from '#shared/digests/digest-trigger.ts';
import { asyncInvoker, type AsyncInvokeSettings } from '../lambda-invoke/async-invoker.ts';

export type LambdaTriggerSettings = AsyncInvokeSettings;

export function lambdaDigestTrigger(settings: LambdaTriggerSettings): DigestTrigger {
  const invoke = asyncInvoker(settings, 'The digest could not be started; try again shortly.');
  return { start: (request) => invoke(request) };
}
