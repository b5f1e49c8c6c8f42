/**
 * Sign-in links on AWS: the web function invokes the sign-in link function
 * asynchronously, for every well-formed request whether or not the address
 * is a member's, and answers at once. Lambda retries a failed send twice,
 * then the request lands in a dead-letter queue.
 */
import type { SignInLinkQueue } from '#shared/auth/sign-in-links.ts';
import { asyncInvoker, type AsyncInvokeSettings } from '../lambda-invoke/async-invoker.ts';

export type LambdaSignInLinksSettings = AsyncInvokeSettings;

export function lambdaSignInLinks(settings: LambdaSignInLinksSettings): SignInLinkQueue {
  const invoke = asyncInvoker(settings, 'Sign-in is unavailable for a moment; try again shortly.');
  return { enqueue: (request) => invoke(request) };
}
